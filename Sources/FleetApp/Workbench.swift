import FleetModel
import FleetStore
import FleetTUI
import TerminalCore

/// The runtime loop: terminal events in, state through the reducer, frames and effects out.
///
/// One event: the backend reports a key → the keymap turns it into a message →
/// `reduce(&state, msg)` returns the new state and effects → the view renders into a
/// fresh buffer and only the diff against the last frame reaches the backend → effects
/// run and their results come back as messages. The workbench holds no state of its own
/// besides the last frame; it runs the same on a fake backend in tests.
public final class Workbench {
    public private(set) var state: AppState
    private let backend: TerminalBackend
    private let storage: ProjectStorage
    private let themes: ThemeCatalog
    private let noColor: Bool
    private var lastFrame: CellBuffer?
    /// The frame before the last one, drawn over again instead of allocating a new buffer.
    private var spareFrame: CellBuffer?
    /// The view context for the current theme name, rebuilt only when the name changes.
    private var context: (themeName: String, value: ViewContext)?
    /// Effects run so far, in order (for tests and diagnostics).
    public private(set) var effectLog: [Effect] = []

    public init(state: AppState, backend: TerminalBackend, storage: ProjectStorage, themes: ThemeCatalog, noColor: Bool) {
        self.state = state
        self.backend = backend
        self.storage = storage
        self.themes = themes
        self.noColor = noColor
        self.state.themeNames = themes.names
        let size = backend.size
        self.state.width = size.width
        self.state.height = size.height
    }

    /// Draws the first frame.
    public func start() {
        draw()
    }

    /// Runs until the state says the program is finished.
    public func run() {
        start()
        while !state.finished {
            guard let event = backend.nextEvent(timeoutMilliseconds: -1) else { continue }
            handle(event)
        }
    }

    /// Handles one input event and draws the result.
    public func handle(_ event: InputEvent) {
        switch event {
        case .key(let key):
            guard let msg = Keymap.message(for: key, in: state) else { return }
            dispatch(msg)
        case .mouse(let mouse):
            guard let msg = MouseRouting.message(for: mouse, in: state) else { return }
            dispatch(msg)
        case .resize(let width, let height):
            backend.invalidate()
            lastFrame = nil
            spareFrame = nil
            dispatch(.resized(width: width, height: height))
        }
        if !state.finished { draw() }
    }

    /// Applies a message and runs the effects it causes, feeding their results back.
    public func dispatch(_ msg: Msg) {
        var queue = [msg]
        while !queue.isEmpty {
            let effects = reduce(&state, queue.removeFirst())
            for effect in effects {
                effectLog.append(effect)
                if let reply = run(effect) { queue.append(reply) }
            }
        }
    }

    private func run(_ effect: Effect) -> Msg? {
        switch effect {
        case .save(let project, let path):
            do {
                try storage.save(project, to: path)
                return .saveFinished(path: path, error: nil)
            } catch {
                return .saveFinished(path: path, error: error.description)
            }
        case .load(let path):
            if storage.isMissing(path) {
                let project = ProjectTemplate.minimal.project(named: ProjectName.from(path: path))
                return .loadFinished(path: path, project: ProjectBox(project), error: "new file \(path): written on the first save")
            }
            do {
                return .loadFinished(path: path, project: ProjectBox(try storage.load(path)), error: nil)
            } catch {
                return .loadFinished(path: path, project: nil, error: error.description.split(separator: "\n").first.map(String.init))
            }
        case .quit:
            return nil
        }
    }

    /// The frame for the current state.
    public func render() -> Frame {
        if context?.themeName != state.themeName {
            let theme = themes.theme(named: state.themeName, noColor: noColor)
            context = (state.themeName, ViewContext(theme: theme, unicode: backend.supportsUnicode))
        }
        return Screen.render(state, context: context!.value, recycling: &spareFrame)
    }

    private func draw() {
        let frame = render()
        backend.present(frame.buffer.changes(from: lastFrame), cursor: frame.cursor)
        spareFrame = lastFrame
        lastFrame = frame.buffer
    }
}
