import FleetModel
import FleetStore
import Foundation
import TerminalCore

/// The screen a project file that does not load opens on, instead of the program exiting:
/// every problem with its `FILE:LINE:COLUMN`, and the editor one key away.
///
/// Keys: `j`/`k` (or the arrows) select a problem; `e` or `Enter` hands the terminal to the
/// editor (``ExternalEditor``) at the selected problem's line, then reads the file again;
/// `r` reads it again without editing; `q`, `Esc` or `C-c` quit. When the file reads, the
/// screen ends with the project and the workbench opens on it.
final class ProblemsScreen {
    enum Outcome {
        /// The file now reads: open it.
        case loaded(Project)
        /// The user quit with the file still broken.
        case quit([LocatedFinding])
    }

    let file: String
    private(set) var findings: [LocatedFinding]
    private(set) var selected = 0
    private(set) var status: String
    private let backend: TerminalBackend
    private let environment: [String: String]
    private var lastFrame: CellBuffer?
    /// Tells test harnesses when the screen waits for a key (`FLEETPLAN_IDLE_FILE`).
    private let idleReport: IdleReport?

    init(file: String, findings: [LocatedFinding], backend: TerminalBackend, environment: [String: String]) {
        self.file = file
        let errors = findings.filter { $0.finding.severity == .error }
        self.findings = errors.isEmpty ? findings : errors
        self.backend = backend
        self.environment = environment
        idleReport = IdleReport(environment: environment)
        status = "e edit at the selected line   r read again   j/k select   q quit"
    }

    /// Runs until the file loads or the user quits.
    func run() -> Outcome {
        draw()
        while true {
            if let lastFrame { idleReport?.idle(frame: lastFrame.rows) }
            guard let event = backend.nextEvent(timeoutMilliseconds: -1) else { continue }
            idleReport?.busy()
            if let outcome = handle(event) { return outcome }
            draw()
        }
    }

    /// One event; the outcome when the screen is done.
    func handle(_ event: InputEvent) -> Outcome? {
        switch event {
        case .resize:
            backend.invalidate()
            lastFrame = nil
        case .mouse:
            break
        case .key(let key):
            switch key.notation {
            case "j", "Down": selected = min(selected + 1, max(0, findings.count - 1))
            case "k", "Up": selected = max(0, selected - 1)
            case "q", "Esc", "C-c": return .quit(findings)
            case "r": return reload(edited: false)
            case "e", "Enter":
                let line = findings.indices.contains(selected) ? findings[selected].location.line : 1
                var status: Int32?
                if let terminal = backend as? TerminalSuspending {
                    terminal.suspend { status = ExternalEditor.run(file: file, line: line, environment: environment) }
                } else {
                    status = ExternalEditor.run(file: file, line: line, environment: environment)
                }
                backend.invalidate()
                lastFrame = nil
                guard status != nil else {
                    self.status = "could not start the editor \(ExternalEditor.command(environment: environment)) (set VISUAL or EDITOR)"
                    return nil
                }
                return reload(edited: true)
            default: break
            }
        }
        return nil
    }

    private func reload(edited: Bool) -> Outcome? {
        do {
            return .loaded(try ProjectFile.load(file).project)
        } catch {
            if case .invalid(_, let found) = error {
                let errors = found.filter { $0.finding.severity == .error }
                findings = errors.isEmpty ? found : errors
                selected = min(selected, max(0, findings.count - 1))
                status = (edited ? "still does not load: " : "") + "\(findings.count) problem\(findings.count == 1 ? "" : "s")"
                    + "   e edit   r read again   q quit"
            } else {
                status = error.description
            }
            return nil
        }
    }

    /// The screen for the current size.
    func render() -> CellBuffer {
        let (width, height) = backend.size
        var buffer = CellBuffer(width: width, height: height)
        guard width >= 20, height >= 5 else {
            buffer.write("Terminal too small", x: 0, y: 0, maxWidth: width)
            return buffer
        }
        let bold = Style(attributes: [.bold]), reverse = Style(attributes: [.reverse]), dim = Style(attributes: [.dim])
        buffer.write("\(file) does not load: \(findings.count) problem\(findings.count == 1 ? "" : "s")", x: 0, y: 0, maxWidth: width, style: bold)
        buffer.write("Fix them in your editor; the workbench opens the project once it reads.", x: 0, y: 1, maxWidth: width, style: dim)
        let listTop = 3, listHeight = height - listTop - 1
        let first = max(0, min(selected - listHeight + 1, findings.count - listHeight))
        for (offset, index) in (first..<min(findings.count, first + listHeight)).enumerated() {
            let finding = findings[index]
            let text = "\(finding.location.line):\(finding.location.column)  "
                + (finding.finding.path.components.isEmpty ? "" : "\(finding.finding.path): ") + finding.finding.message
            let line = String(text.map { $0.isNewline || ($0.asciiValue ?? 32) < 32 ? " " : $0 })
            if index == selected {
                buffer.write(String(repeating: " ", count: width), x: 0, y: listTop + offset, maxWidth: width, style: reverse)
                buffer.write(line, x: 0, y: listTop + offset, maxWidth: width, style: reverse)
            } else {
                buffer.write(line, x: 0, y: listTop + offset, maxWidth: width)
            }
        }
        buffer.write(status, x: 0, y: height - 1, maxWidth: width, style: dim)
        return buffer
    }

    private func draw() {
        let frame = render()
        backend.present(frame.changes(from: lastFrame), cursor: nil)
        lastFrame = frame
    }
}
