import FleetEngine
import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// The Matrix pane drawn at 120×40 and 80×24: grid, side by side, roadmap, an eliminated
/// platform, the prompt, the too-small notice and a missing catalog.
///
/// Recorded screens hold the pane's rows only (not the tabs, which list every pane).
@Suite struct MatrixSnapshotTests {
    static let sizes = [(120, 40), (80, 24)]

    /// The rows of the pane (between the tabs and the status bar).
    func paneRows(_ s: AppState) -> [String] {
        Array(render(s).buffer.rows[1..<(s.height - 2)])
    }

    @Test(arguments: sizes) func grid(_ width: Int, _ height: Int) {
        let s = matrixState(width: width, height: height)
        expectSnapshot(paneRows(s), "Matrix/grid-\(width)x\(height)")
        let rows = render(s).buffer.rows
        #expect(rows[0].contains("\(PaneID.matrix.digit) Matrix"))
        #expect(rows[height - 2].hasPrefix(" j move  + weight  Enter edit  o override  s side by side"))
    }

    @Test func gridShowsTheEngineScoresAndRanking() throws {
        let s = matrixState()
        let text = render(s).buffer.rows.joined(separator: "\n")
        let expected = evaluation(of: s.project)
        let winner = try #require(expected.winner)
        #expect(text.contains("Matrix · \(winner.displayName) first (\(expected[winner].score.fixedPoint(1)))"))
        let bars = render(s).buffer.rows.filter { $0.contains("█") || $0.contains("░") }
        #expect(bars.count == expected.ranking.count)
        for (index, platform) in expected.ranking.enumerated() {
            #expect(bars[index].contains("\(index + 1)  \(platform.displayName)"))
            #expect(bars[index].hasSuffix(" \(expected[platform].score.fixedPoint(1)) │"))
        }
    }

    @Test(arguments: sizes) func contributionsAndAnOverride(_ width: Int, _ height: Int) {
        var project = cleanProject()
        project.matrix.weights = [.ecosystem: 9]
        project.matrix.overrides = [ScoreOverride(platform: .nomad, criterion: .ecosystem, score: 5, note: "we run Consul and Vault already")]
        var s = matrixState(project, width: width, height: height)
        press(&s, "c", "j", "j", "l", "l", "l")
        expectSnapshot(paneRows(s), "Matrix/contributions-\(width)x\(height)")
        let frame = render(s)
        let row = frame.buffer.rows.firstIndex { $0.contains("▸Ecosystem") }!
        #expect(frame.buffer.rows[row].contains("9 (5)"))
        // The cursor cell is reversed; the override mark uses its own role elsewhere.
        let x = 2 + MatrixGridView.columnX(3, in: Rect(width: 1, height: 1))
        #expect(frame.buffer[x, row].style.attributes.contains(.reverse))
        #expect(frame.buffer.rows.last { $0.contains("overridden (catalog 3)") }?.contains(": we run Consul") == true)
    }

    @Test(arguments: sizes) func eliminatedPlatformsAreGreyedWithTheirReasons(_ width: Int, _ height: Int) throws {
        let s = matrixState(onPremisesProject(), width: width, height: height)
        expectSnapshot(paneRows(s), "Matrix/eliminated-\(width)x\(height)")
        let expected = evaluation(of: s.project)
        #expect(expected.eliminated == [.cloudRun])
        let frame = render(s)
        let header = try #require(frame.buffer.rows.firstIndex { $0.contains("Criterion") })
        let column = 2 + MatrixGridView.columnX(5, in: Rect(width: 1, height: 1))
        for y in header..<(header + 12) {
            #expect(frame.buffer[column, y].style.attributes.contains(.dim), "row \(y) of Cloud Run is not greyed")
        }
        let kubernetes = 2 + MatrixGridView.columnX(1, in: Rect(width: 1, height: 1))
        #expect(!frame.buffer[kubernetes, header + 1].style.attributes.contains(.dim))
        let line = try #require(frame.buffer.rows.firstIndex { $0.contains("Google Cloud Run") && $0.contains("eliminated:") })
        #expect(frame.buffer.rows[line].contains(expected[.cloudRun].status.eliminations[0].text.prefix(20)))
        #expect(frame.buffer[4, line].style.attributes.contains(.dim))
    }

    @Test(arguments: sizes) func sideBySide(_ width: Int, _ height: Int) {
        var s = matrixState(width: width, height: height)
        press(&s, "l", "Space", "l", "l", "Space", "s")
        expectSnapshot(paneRows(s), "Matrix/side-by-side-\(width)x\(height)")
        let comparison = PlatformComparison(evaluation(of: s.project), .kubernetes, .nomad)
        let text = render(s).buffer.rows.joined(separator: "\n")
        #expect(text.contains("Kubernetes \(comparison.first.score.fixedPoint(1))  vs  Nomad \(comparison.second.score.fixedPoint(1))"))
    }

    @Test(arguments: sizes) func roadmap(_ width: Int, _ height: Int) throws {
        var s = matrixState(width: width, height: height)
        press(&s, "r")
        expectSnapshot(paneRows(s), "Matrix/roadmap-\(width)x\(height)")
        let roadmap = try #require(MigrationRoadmap.draft(for: s.project, evaluation: evaluation(of: s.project)))
        let text = render(s).buffer.rows.joined(separator: "\n")
        #expect(text.contains("1. \(roadmap.phases[0].title)"))
    }

    @Test func roadmapScrollsToItsLastPhase() throws {
        var s = matrixState(width: 80, height: 24)
        press(&s, "r", "G")
        let roadmap = try #require(MigrationRoadmap.draft(for: s.project, evaluation: evaluation(of: s.project)))
        let text = render(s).buffer.rows.joined(separator: "\n")
        #expect(text.contains("\(roadmap.phases.count). \(roadmap.phases.last!.title)"))
        #expect(!text.contains("1. \(roadmap.phases[0].title)"))
    }

    @Test(arguments: sizes) func weightPromptPreviewsTheRanking(_ width: Int, _ height: Int) throws {
        var s = matrixState(width: width, height: height)
        press(&s, "w", "C-u")
        type(&s, "9")
        expectSnapshot(paneRows(s), "Matrix/weight-prompt-\(width)x\(height)")
        var preview = s.project
        preview.matrix.weights[.complexity] = 9
        let winner = try #require(evaluation(of: preview).winner)
        let frame = render(s)
        #expect(frame.buffer.rows[1].contains("· \(winner.displayName) first"))
        #expect(frame.cursor != nil)
        #expect(s.project.matrix.weights.isEmpty, "typing does not change the project")
    }

    @Test func everyPlatformEliminated() {
        let s = everyPlatformEliminatedState(width: 80, height: 24)
        expectSnapshot(paneRows(s), "Matrix/all-eliminated-80x24")
        let text = render(s).buffer.rows.joined(separator: "\n")
        #expect(text.contains("Matrix · every platform eliminated"))
        #expect(text.contains("Every platform is eliminated by the hard constraints"))
    }

    @Test func tooSmallForTheGrid() {
        let s = matrixState(width: 70, height: 22)
        let rows = render(s).buffer.rows
        #expect(rows[2] == "│ The matrix needs a 71×23 terminal; this one is 70×22.              │")
        #expect(rows[3] == "│ Enlarge the window, or press \(PaneID.requirements.digit) for Requirements.                   │")
        #expect(!rows.joined().contains("Criterion"))
    }

    @Test func missingCatalogIsShownNotFatal() {
        var s = matrixState(width: 80, height: 24)
        s.matrixPane.setCatalog(.failure(.tooNew("catalog.json", found: 9, supported: 1)))
        let rows = render(s).buffer.rows
        #expect(rows[1].hasPrefix("┌ Matrix: no catalog ─"))
        #expect(rows[2].hasPrefix("│ The platform matrix cannot be scored:"))
        #expect(rows[3].hasPrefix("│ the platform catalog catalog.json has format version 9; this Fleetplan reads │"))
        #expect(rows[4].hasPrefix("│ up to 1, so update Fleetplan"))
        #expect(rows[5].hasPrefix("│ Reinstall Fleetplan; the other panes keep working."))
    }

    @Test func asciiBordersAndBars() {
        let s = matrixState(width: 80, height: 24)
        let rows = render(s, unicode: false).buffer.rows
        #expect(rows[1].hasPrefix("+ Matrix - "))
        #expect(rows.contains { $0.contains("##") && $0.contains("..") })
        #expect(rows.contains { $0.hasPrefix("| >Complexity") })
        #expect(!rows.joined().contains("█"))
    }

    @Test func everyPageIsPlainASCIIWhenTheTerminalIsNotUTF8() {
        var s = matrixState(onPremisesProject(), width: 120, height: 40)
        var pages = [render(s, unicode: false).buffer.rows]
        press(&s, "l", "Space", "l", "l", "l", "l", "Space", "s")
        pages.append(render(s, unicode: false).buffer.rows)
        press(&s, "Esc", "r")
        pages.append(render(s, unicode: false).buffer.rows)
        press(&s, "Esc", "o")
        pages.append(render(s, unicode: false).buffer.rows)
        for (index, rows) in pages.enumerated() {
            let text = rows.joined(separator: "\n")
            let ascii = text.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "page \(index) has non-ASCII text")
        }
    }
}
