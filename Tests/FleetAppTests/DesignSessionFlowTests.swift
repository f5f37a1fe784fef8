import FleetEngine
import FleetModel
import FleetStore
import Foundation
import Testing
import TerminalCore
@testable import FleetApp
@testable import FleetTUI

/// A whole design session on the fake backend, the way a user works through it: the
/// requirements, a profile, a matrix weight, a cluster, undo and redo across panes, save,
/// then export. Asserts the screen at each step and the files at the end.
@Suite struct DesignSessionFlowTests {
    let directory = TemporaryDirectory()

    func keys(_ app: Workbench, _ notations: String...) {
        for notation in notations { app.handle(.key(KeyEvent(notation: notation)!)) }
    }

    func typeText(_ app: Workbench, _ text: String) {
        for character in text { app.handle(.key(.char(character))) }
    }

    func row(_ backend: FakeBackend, containing text: String) -> String? {
        backend.rows.first { $0.contains(text) }
    }

    @Test func requirementsProfileWeightClusterUndoSaveAndExport() throws {
        let path = directory.file("payments.fleet.yaml")
        let original = ProjectTemplate.minimal.project(named: "payments")
        try ProjectFile.save(original, to: path)
        let backend = FakeBackend(width: 120, height: 40)
        var state = AppState(project: try ProjectFile.load(path).project, filePath: path, width: 120, height: 40)
        WorkbenchLauncher.prepareFileSafety(&state, environment: [:])
        let app = Workbench(state: state, backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: false)
        app.start()
        var expected = original

        // 1. Requirements: 500 expected services.
        keys(app, "G", "Enter", "C-u")
        typeText(app, "500")
        keys(app, "Enter")
        expected.requirements.expectedServices = 500
        #expect(row(backend, containing: "Expected services")?.contains("500") == true)
        #expect(backend.rows[38].hasSuffix("payments.fleet.yaml* "))

        // 2. Profiles: 16 vCPU nodes.
        keys(app, String(PaneID.profiles.digit), "]", "Enter", "C-u")
        typeText(app, "16")
        keys(app, "Enter")
        expected.profiles[0].node.vcpu = 16
        #expect(row(backend, containing: "Node vCPU")?.contains("16") == true)
        #expect(app.state.project == expected)

        // 3. Matrix: raise the first criterion's weight twice (one undo step).
        let steps = app.state.history.undoStack.count
        keys(app, String(PaneID.matrix.digit), "+", "+")
        #expect(app.state.project.matrix != original.matrix)
        #expect(app.state.history.undoStack.count == steps + 1)
        #expect(backend.rows[39].hasPrefix("Complexity weight "))
        expected.matrix = app.state.project.matrix
        #expect(app.state.project == expected)

        // 4. Topology: add a cluster named edge in the selected region.
        keys(app, String(PaneID.topology.digit), "a", "C-u")
        typeText(app, "edge")
        keys(app, "Enter")
        #expect(app.state.project.topology.clusters.map(\.name).contains("edge"))
        #expect(backend.rows[39].contains("added edge"))
        #expect(backend.text.contains("edge"))
        expected.topology = app.state.project.topology

        // 5. Undo from the Findings pane: each step goes back to the pane it was made in.
        keys(app, String(PaneID.findings.digit), "u")
        #expect(app.state.focus == .topology)
        #expect(app.state.project.topology == original.topology)
        keys(app, "u")
        #expect(app.state.focus == .matrix)
        #expect(app.state.project.matrix == original.matrix)
        #expect(backend.rows[39].hasPrefix("undid: "))
        keys(app, "u")
        #expect(app.state.focus == .profiles)
        #expect(app.state.project.profiles[0].node.vcpu == original.profiles[0].node.vcpu)
        keys(app, "u")
        #expect(app.state.focus == .requirements)
        #expect(app.state.project == original)
        #expect(!backend.rows[38].hasSuffix("payments.fleet.yaml* "))
        keys(app, "C-r", "C-y", "C-r", "C-r")
        #expect(app.state.project == expected)
        #expect(backend.rows[39].hasPrefix("redid: "))

        // 6. Save.
        keys(app, "C-s")
        #expect(row(backend, containing: "saved \(path)") != nil)
        #expect(try ProjectFile.load(path).project == expected)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == ProjectWriter().text(for: expected))
        #expect(!app.state.isModified)

        // 7. Export: the preview first, nothing written until Enter.
        let out = directory.file("bundle")
        keys(app, "X", "C-u")
        typeText(app, "export \(out)")
        keys(app, "Enter")
        #expect(row(backend, containing: "files in \(out)/:") != nil)
        #expect(!FileManager.default.fileExists(atPath: out))
        keys(app, "Enter")
        #expect(backend.rows[39].hasPrefix("exported "))
        let bundled = try String(contentsOfFile: out + "/project.fleet.yaml", encoding: .utf8)
        // The bundle follows the decision: cluster configuration when Kubernetes wins, else the winner's files.
        let winner = try #require(MatrixEvaluation.evaluate(expected, catalog: try Catalog.bundled()).winner)
        let centre = winner == .kubernetes ? "/clusters/edge" : "/platforms/\(winner.rawValue)"
        #expect(FileManager.default.fileExists(atPath: out + centre), "\(centre)")
        #expect(FileManager.default.fileExists(atPath: out + "/clusters") == (winner == .kubernetes))
        #expect(bundled == ProjectWriter().text(for: expected))
        #expect(FileManager.default.fileExists(atPath: out + "/SHA256SUMS"))
        #expect(!FileManager.default.fileExists(atPath: RecoveryCopy.path(for: path)))
        keys(app, "q")
        #expect(app.state.finished)
    }
}
