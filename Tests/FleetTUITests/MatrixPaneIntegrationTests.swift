import FleetEngine
import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct MatrixSharedMoveTests {
    /// The mouse wheel sends the shared moves; the Matrix pane takes them as its own.
    @Test func sharedMovesMoveTheCriterion() {
        var s = matrixState()
        _ = reduce(&s, .moveSelection(2))
        #expect(s.matrixPane.criterion == .ecosystem)
        _ = reduce(&s, .moveToLast)
        #expect(s.matrixPane.criterion == .observability)
        _ = reduce(&s, .moveToFirst)
        #expect(s.matrixPane.criterion == .complexity)
    }
}

@Suite struct MatrixFindingJumpTests {
    @Test func aFindingAboutAnOverrideOpensTheMatrixOnThatScore() throws {
        var project = cleanProject()
        project.requirements.onPremises = true
        // A good score on the criterion that eliminates the platform draws FP203.
        project.matrix.overrides = [ScoreOverride(platform: .cloudRun, criterion: .multiCloud, score: 5, note: "n")]
        var s = state(project)
        let finding = try #require(s.findings.firstIndex { $0.path.description.hasPrefix("spec.matrix.overrides[0]") })
        press(&s, String(PaneID.findings.digit))
        s.selectedFinding = finding
        press(&s, "Enter")
        #expect(s.focus == .matrix)
        #expect(s.matrixPane.criterion == .multiCloud)
        #expect(s.matrixPane.platform == .cloudRun)
    }

    @Test func weightPathsSelectTheWeightAndOtherPathsAreLeftAlone() {
        var pane = MatrixPaneState()
        pane.column = 3
        let selected = pane.select(FieldPath.spec.key("matrix").key("weights").key("security"), in: cleanProject())
        #expect(selected)
        #expect(pane.criterion == .security)
        #expect(pane.column == 0)
        let outside = pane.select(FieldPath.spec.key("requirements").key("gpu"), in: cleanProject())
        #expect(!outside)
        #expect(pane.criterion == .security)
    }
}

@Suite struct MatrixUndoTests {
    @Test func weightStepsUndoAsOneEdit() {
        var s = matrixState()
        press(&s, "+", "+", "+")
        #expect(s.project.matrix.weights.count == 1)
        press(&s, "u")
        #expect(s.project.matrix.weights.isEmpty)
        #expect(s.message?.text.hasPrefix("undid: set Complexity weight to ") == true)
        #expect(s.matrixDerived.evaluation == evaluation(of: s.project))
    }

    @Test func anOverrideUndoesAndRedoes() {
        var s = matrixState()
        press(&s, "l", "o", "C-u")
        type(&s, "1")
        press(&s, "Enter")
        type(&s, "why")
        press(&s, "Enter")
        #expect(s.project.matrix.overrides.count == 1)
        press(&s, "u")
        #expect(s.project.matrix.overrides.isEmpty)
        #expect(s.matrixDerived.evaluation?[.kubernetes].cell(.complexity)?.overrideNote == nil)
        press(&s, "C-r")
        #expect(s.project.matrix.overrides == [ScoreOverride(platform: .kubernetes, criterion: .complexity, score: 1, note: "why")])
    }
}

@Suite struct MatrixHelpTests {
    @Test func helpListsTheMatrixKeysFirstWithTheirReasons() throws {
        var s = matrixState()
        press(&s, "?")
        #expect(s.mode == .help(scroll: 0))
        let sections = HelpView.sections(s)
        #expect(sections.first?.title == "Matrix")
        let sideBySide = try #require(sections.first?.entries.first { $0.keys == "s" })
        #expect(sideBySide.disabledReason == "pick two platforms with Space first")
        #expect(sections.contains { $0.title == "Matrix prompt" })
    }

    @Test func theStatusBarShowsTheMatrixHints() {
        let s = matrixState(width: 120, height: 40)
        let bar = render(s).buffer.rows[38]
        #expect(bar.contains("+ weight  Enter edit  o override  s side by side  r roadmap"))
    }
}

@Suite struct MatrixOverrideListTests {
    let a = ScoreOverride(platform: .nomad, criterion: .security, score: 2, note: "a")
    let b = ScoreOverride(platform: .ecs, criterion: .security, score: 3, note: "b")

    @Test func aNewOverrideGoesLast() {
        var matrix = Matrix(overrides: [a])
        matrix.setOverride(b)
        #expect(matrix.overrides == [a, b])
    }

    @Test func anOverrideReplacesTheFirstForItsCellAndDropsDuplicates() {
        let replacement = ScoreOverride(platform: .nomad, criterion: .security, score: 5, note: "new")
        var matrix = Matrix(overrides: [a, b, a])
        matrix.setOverride(replacement)
        #expect(matrix.overrides == [replacement, b])
        #expect(matrix.override(.nomad, .security) == replacement)
        #expect(matrix.override(.nomad, .ecosystem) == nil)
    }
}
