import FleetModel
import FleetStore
import FleetTUI
import Foundation
import TerminalCore

/// The runtime loop: terminal events in, state through the reducer, frames and effects out.
///
/// One event: the backend reports a key → the keymap turns it into a message →
/// `reduce(&state, msg)` returns the new state and effects → the view renders into a
/// fresh buffer and only the diff against the last frame reaches the backend → effects
/// run and their results come back as messages. The workbench holds no state of its own
/// besides the last frame; it runs the same on a fake backend in tests.
///
/// With `background` on (the program), disk and export effects run on other threads and
/// their replies are handled between keys; about once a second the loop sends
/// `Msg.tick` with the seconds since start. Tests leave it off, so every effect has run
/// when ``dispatch(_:)`` returns.
public final class Workbench {
    public private(set) var state: AppState
    private let backend: TerminalBackend
    private let executor: EffectExecutor
    private let inbox = EffectInbox()
    private let background: Bool
    private let clock: @Sendable () -> Double
    private let themes: ThemeCatalog
    private let noColor: Bool
    private var lastFrame: CellBuffer?
    /// The frame before the last one, drawn over again instead of allocating a new buffer.
    private var spareFrame: CellBuffer?
    /// The view context for the current theme name, rebuilt only when the name changes.
    private var context: (themeName: String, value: ViewContext)?
    /// True while derived data is being computed off the loop.
    private var derivingInBackground = false
    /// Effects run so far, in order (for tests and diagnostics).
    public private(set) var effectLog: [Effect] = []
    /// Busy and idle reports for a driver outside the process (`FLEETPLAN_IDLE_FILE`).
    private let idleReport: IdleReport?
    /// Told the state whenever unsaved work may have changed (the program arms the
    /// recovery copy a signal writes; see `EmergencyCopy`).
    private let unsavedWork: ((AppState) -> Void)?
    /// The program's environment: the editor `:edit` runs (`VISUAL`, `EDITOR`).
    private let environment: [String: String]
    /// The project version and file last told to `unsavedWork`.
    private var reportedWork: (version: Int, file: String?)?

    /// - Parameters:
    ///   - background: run disk and export effects off the loop (the program); `false` runs them inline (tests).
    ///   - clock: seconds from a fixed origin, for `Msg.tick`; a monotonic clock by default.
    public init(state: AppState, backend: TerminalBackend, storage: ProjectStorage, themes: ThemeCatalog, noColor: Bool,
                background: Bool = false, clock: (@Sendable () -> Double)? = nil,
                environment: [String: String] = [:], unsavedWork: ((AppState) -> Void)? = nil) {
        self.state = state
        self.environment = environment
        self.unsavedWork = unsavedWork
        self.idleReport = IdleReport(environment: environment)
        self.backend = backend
        self.executor = EffectExecutor(storage: storage)
        self.background = background
        let origin = ContinuousClock.now
        self.clock = clock ?? { Self.seconds(ContinuousClock.now - origin) }
        self.themes = themes
        self.noColor = noColor
        self.state.themeNames = themes.names
        if background { self.state.deferDerivedData(over: Self.derivedDataBudget) }
        let size = backend.size
        self.state.width = size.width
        self.state.height = size.height
    }

    /// Draws the first frame; in the program, then renders the other panes off the loop.
    public func start() {
        draw()
        if background { warmPanes() }
    }

    /// Renders every pane but the focused one on the derive lane and throws the frames
    /// away: what they derive from the project (the topology diagram of 2,000 clusters, the
    /// matrix, plans) lands in the shared `DerivedCache`, so the first switch to a pane does
    /// not compute it on the key loop.
    private func warmPanes() {
        // The first frame has just set the view context.
        guard let context = self.context?.value else { return }
        let state = self.state
        inbox.start(on: .derive) {
            for pane in PaneID.allCases where pane != state.focus {
                var copy = state
                copy.focus = pane
                copy.mode = .normal
                _ = Screen.render(copy, context: context)
            }
            return nil
        }
    }

    /// Runs until the state says the program is finished.
    public func run() {
        start()
        var lastTick = clock()
        while !state.finished || inbox.isRunning {
            reportIdleness()
            let event = backend.nextEvent(timeoutMilliseconds: inbox.isBusy ? 20 : 250)
            if let event, !state.finished {
                idleReport?.busy()
                handle(event)
            }
            let replies = inbox.drain()
            let now = clock()
            let tick = now - lastTick >= 1
            if tick { lastTick = now }
            guard !replies.isEmpty || tick, !state.finished else { continue }
            if !replies.isEmpty { idleReport?.busy() }
            for reply in replies { dispatch(reply) }
            if tick { dispatch(.tick(seconds: now)) }
            if !state.finished { draw() }
        }
    }

    /// Reports idle when nothing is left to do and the last frame is on the terminal.
    private func reportIdleness() {
        guard let idleReport, !state.finished else { return }
        if inbox.isBusy || state.derived.hasPending {
            idleReport.busy()
        } else if let lastFrame {
            idleReport.idle(frame: lastFrame.rows)
        }
    }

    /// Waits until the workbench is idle (tests): every background effect has reported and
    /// its reply is handled, and the derived data the last frame asked for has landed and
    /// been drawn. The deadline (real time, whatever `clock` says) only bounds a hang.
    public func settle(timeoutSeconds: Double = 30) {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeoutSeconds * 1000))
        repeat {
            while inbox.isBusy, ContinuousClock.now < deadline {
                let replies = inbox.drain()
                if replies.isEmpty { inbox.waitForReply(until: deadline) }
                for reply in replies { dispatch(reply) }
            }
            if !state.finished { draw() }
        } while (inbox.isBusy || state.derived.hasPending) && !state.finished && ContinuousClock.now < deadline
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

    /// Seconds of derived-data computation allowed on the key loop: the lint of the canonical
    /// example takes a fraction of it, the lint of 2,000 clusters a few times more (docs/performance.md).
    static let derivedDataBudget = 0.001

    /// Applies a message and runs the effects it causes, feeding their results back.
    public func dispatch(_ msg: Msg) {
        if msg == .derivedDataUpdated { derivingInBackground = false }
        defer {
            deriveInBackground()
            reportUnsavedWork(after: msg)
        }
        var queue = [msg]
        while !queue.isEmpty {
            let effects = reduce(&state, queue.removeFirst())
            for effect in effects {
                effectLog.append(effect)
                if case .openEditor(let path, let field) = effect {
                    runEditor(path: path, field: field)
                    queue.append(contentsOf: reduceEffect(.load(path: path)))
                    continue
                }
                if background, let lane = EffectExecutor.lane(for: effect) {
                    let executor = self.executor
                    inbox.start(on: lane) { executor.run(effect) }
                } else if let reply = executor.run(effect) {
                    queue.append(reply)
                }
            }
        }
    }

    /// Hands the terminal to the editor at the line of `field` (where the file has it), then
    /// forgets the screen so the next frame is drawn in full.
    private func runEditor(path: String, field: FieldPath?) {
        let line = field.flatMap { field in (try? ProjectFile.load(path))?.sourceMap.location(of: field).line } ?? 1
        if let terminal = backend as? TerminalSuspending {
            terminal.suspend { ExternalEditor.run(file: path, line: line, environment: environment) }
        } else {
            ExternalEditor.run(file: path, line: line, environment: environment)
        }
        backend.invalidate()
        lastFrame = nil
        spareFrame = nil
    }

    /// The reply to an effect run in place on the loop.
    private func reduceEffect(_ effect: Effect) -> [Msg] {
        executor.run(effect).map { [$0] } ?? []
    }

    /// Tells `unsavedWork` the state when the project, its file or its saved baseline may
    /// have changed, and once more when the program is finishing.
    private func reportUnsavedWork(after msg: Msg) {
        guard let unsavedWork else { return }
        let current = (version: state.projectVersion, file: state.filePath)
        var baselineMoved = false
        switch msg {
        case .saveFinished, .loadFinished: baselineMoved = true
        default: break
        }
        guard state.finished || baselineMoved || reportedWork?.version != current.version || reportedWork?.file != current.file
        else { return }
        reportedWork = current
        unsavedWork(state)
    }

    /// Starts the derived data the last frame asked for but did not get, off the loop.
    private func deriveInBackground() {
        guard background, !derivingInBackground, state.derived.hasPending else { return }
        derivingInBackground = true
        let cache = state.derived
        inbox.start(on: .derive) {
            cache.computePending()
            return .derivedDataUpdated
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
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
        deriveInBackground()
        backend.present(frame.buffer.changes(from: lastFrame), cursor: frame.cursor)
        spareFrame = lastFrame
        lastFrame = frame.buffer
    }
}
