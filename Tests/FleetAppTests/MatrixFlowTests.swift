import FleetEngine
import FleetModel
import FleetStore
import Foundation
import Testing
import TerminalCore
@testable import FleetApp
@testable import FleetTUI

/// The Matrix pane on the fake backend: keys in, the screen that reached the terminal
/// and the file that reached the disk out.
@Suite struct MatrixFlowTests {
    let directory = TemporaryDirectory()

    func open(_ path: String, backend: FakeBackend) throws -> Workbench {
        let state = AppState(project: try ProjectFile.load(path).project, filePath: path)
        let workbench = Workbench(state: state, backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: false)
        workbench.start()
        return workbench
    }

    func keys(_ workbench: Workbench, _ notations: String...) {
        for notation in notations { workbench.handle(.key(KeyEvent(notation: notation)!)) }
    }

    func typeText(_ workbench: Workbench, _ text: String) {
        for character in text { workbench.handle(.key(.char(character))) }
    }

    /// The platform on the first ranking bar of the screen.
    func rankedFirst(_ backend: FakeBackend) -> PlatformID? {
        guard let row = backend.rows.first(where: { $0.hasPrefix("│ 1  ") }) else { return nil }
        return PlatformID.allCases.first { row.hasPrefix("│ 1  \($0.displayName) ") }
    }

    @Test func raisingAWeightFlipsTheRankingAndSavesOnlyThatWeight() throws {
        let path = directory.file("p.fleet.yaml")
        let original = ProjectTemplate.minimal.project(named: "payments")
        try ProjectFile.save(original, to: path)
        let backend = FakeBackend(width: 120, height: 40)
        let app = try open(path, backend: backend)
        keys(app, String(PaneID.matrix.digit))

        // What the engine says, computed without the pane.
        let catalog = try Catalog.bundled()
        let before = MatrixEvaluation.evaluate(original, catalog: catalog)
        let flip = try #require(Sensitivity.analyse(before).first { $0.criterion == .complexity }?.increase)
        #expect(rankedFirst(backend) == before.winner)

        for _ in before.weights[.complexity]..<(flip.weight - 1) { keys(app, "+") }
        #expect(rankedFirst(backend) == before.winner, "one step short of the flip the winner holds")
        keys(app, "+")
        #expect(rankedFirst(backend) == flip.newWinner)
        #expect(backend.text.contains("Complexity weight \(flip.weight): \(flip.newWinner.displayName) now ranks first"))
        #expect(backend.rows[1].contains("· \(flip.newWinner.displayName) first"))

        keys(app, "C-s")
        #expect(!app.state.isModified)
        var expected = original
        expected.matrix.weights = [.complexity: flip.weight]
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == ProjectWriter().text(for: expected))
        #expect(written.contains("matrix:\n    weights:\n      complexity: \(flip.weight)\n"))
        #expect(try ProjectFile.load(path).project == expected)
    }

    @Test func anOverrideWithItsNoteIsSavedAndReadBack() throws {
        let path = directory.file("o.fleet.yaml")
        let original = ProjectTemplate.minimal.project(named: "orders")
        try ProjectFile.save(original, to: path)
        let backend = FakeBackend(width: 80, height: 24)
        let app = try open(path, backend: backend)
        keys(app, String(PaneID.matrix.digit), "l", "l", "j", "j", "Enter", "C-u")
        typeText(app, "5")
        keys(app, "Enter")
        #expect(backend.text.contains("Note: Docker Swarm scores 5 on Ecosystem"))
        typeText(app, "our registry mirrors cover it")
        keys(app, "Enter")
        #expect(!backend.text.contains("Note: Docker Swarm"))
        #expect(backend.text.contains("Docker Swarm · ecosystem: 5, overridden"))
        keys(app, ":")
        typeText(app, "w")
        keys(app, "Enter")
        var expected = original
        expected.matrix.overrides = [ScoreOverride(platform: .dockerSwarm, criterion: .ecosystem, score: 5,
                                                   note: "our registry mirrors cover it")]
        #expect(try ProjectFile.load(path).project == expected)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == ProjectWriter().text(for: expected))
    }

    @Test func typingAWeightMovesTheBarsBeforeEnter() throws {
        let path = directory.file("t.fleet.yaml")
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "typing"), to: path)
        let backend = FakeBackend(width: 80, height: 24)
        let app = try open(path, backend: backend)
        keys(app, String(PaneID.matrix.digit))
        let before = rankedFirst(backend)
        keys(app, "w", "C-u")
        typeText(app, "10")
        var preview = app.state.project
        preview.matrix.weights[.complexity] = 10
        let expected = MatrixEvaluation.evaluate(preview, catalog: try Catalog.bundled()).winner
        #expect(expected != before)
        #expect(rankedFirst(backend) == expected)
        keys(app, "Esc")
        #expect(rankedFirst(backend) == before)
        #expect(!app.state.isModified)
    }

    /// The 5 × 11 matrix edited key after key: each change is scored once and drawn once.
    @Test func continuousEditingStaysResponsive() throws {
        let path = directory.file("r.fleet.yaml")
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "responsive"), to: path)
        let backend = FakeBackend(width: 120, height: 40)
        let app = try open(path, backend: backend)
        keys(app, String(PaneID.matrix.digit), "c")
        let elapsed = ContinuousClock().measure {
            for step in 0..<200 {
                keys(app, step % 2 == 0 ? "+" : "j")
                if step % 22 == 21 { keys(app, "g") }
            }
        }
        #expect(app.state.derived.contains("matrix.pane.0", for: app.state.project))
        #expect(!app.state.project.matrix.weights.isEmpty)
        // About 4 ms a key in a debug build; the bound leaves room for a busy machine.
        #expect(elapsed < .seconds(10), "200 keys took \(elapsed)")
    }

    @Test func aKeyRedrawsLittle() throws {
        let path = directory.file("d.fleet.yaml")
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "diff"), to: path)
        let backend = FakeBackend(width: 120, height: 40)
        let app = try open(path, backend: backend)
        keys(app, String(PaneID.matrix.digit))
        let before = backend.cellsWritten
        keys(app, "j")
        #expect(backend.cellsWritten - before < 600, "moving the cursor redraws two rows, the detail line and the hints")
    }
}
