import FleetEngine
import FleetModel
import Foundation
import Testing
import TerminalCore
@testable import FleetApp
@testable import FleetTUI

/// The busy/idle reports that drivers outside the process (the tmux tests) wait on.
@Suite struct IdleReportTests {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("idle-\(UUID().uuidString)").path

    @Test func theFileIsReplacedOnEveryChangeBetweenBusyAndIdle() throws {
        let report = try #require(IdleReport(environment: ["FLEETPLAN_IDLE_FILE": file]))
        defer { try? FileManager.default.removeItem(atPath: file) }
        report.busy()
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "busy 1\n")
        report.busy()   // already busy: nothing written
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "busy 1\n")
        report.idle(frame: ["a", "b"])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "idle 2\na\nb\n")
        report.idle(frame: ["a", "b"])   // same frame: nothing written
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "idle 2\na\nb\n")
        report.idle(frame: ["a", "c"])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "idle 3\na\nc\n")
        #expect(IdleReport(environment: [:]) == nil)
    }

    @Test func theLoopReportsIdleOnlyWithTheFinalFrameOfDerivedWork() throws {
        defer { try? FileManager.default.removeItem(atPath: file) }
        let project = DerivedDataFlowTests.slowToLint()
        let backend = ReportingBackend(file: file)
        // Zones per region 9 is out of range: the finding arrives from the background lint.
        backend.events = ["j", "j", "j", "j", "j", "Enter", "C-u", "9", "Enter", "q", "y"]
            .map { .key(KeyEvent(notation: $0)!) }
        let app = Workbench(state: AppState(project: project, filePath: nil), backend: backend, storage: DiskStorage(),
                            themes: .builtIn(), noColor: false, background: true,
                            environment: ["FLEETPLAN_IDLE_FILE": file])
        app.run()
        // Every idle report carried the frame on the screen at that moment, and none came
        // while derived data was still missing from it.
        #expect(!backend.idleReports.isEmpty)
        for report in backend.idleReports {
            #expect(report.frame == report.screen)
        }
        let withNine = backend.idleReports.filter { $0.frame.contains("Zones per region    9") }
        let last = try #require(withNine.last)
        #expect(last.frame.contains("Findings (\(Lint.findings(for: app.state.project).count))"))
    }
}

/// A fake terminal that, before each key, records the idle file if it says idle.
final class ReportingBackend: TerminalBackend {
    let file: String
    private(set) var screen = CellBuffer(width: 100, height: 30)
    var events: [InputEvent] = []
    private(set) var idleReports: [(frame: String, screen: String)] = []
    var supportsUnicode: Bool { true }
    var size: (width: Int, height: Int) { (screen.width, screen.height) }

    init(file: String) { self.file = file }

    func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        if let text = try? String(contentsOfFile: file, encoding: .utf8), text.hasPrefix("idle ") {
            let frame = String(text.drop { $0 != "\n" }.dropFirst().dropLast())
            if idleReports.last?.frame != frame { idleReports.append((frame, screen.rows.joined(separator: "\n"))) }
            return events.isEmpty ? nil : events.removeFirst()
        }
        // Busy: hand out no key until the loop is idle again, as a slow typist would.
        return nil
    }

    func present(_ runs: [CellRun], cursor: (x: Int, y: Int)?) {
        for run in runs {
            for (offset, cell) in run.cells.enumerated() { screen.set(x: run.x + offset, y: run.y, cell) }
        }
    }

    func invalidate() {}
}
