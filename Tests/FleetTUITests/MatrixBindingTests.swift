import FleetEngine
import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct MatrixBindingTests {
    @Test func digitFocusesTheMatrixPane() {
        let s = matrixState()
        #expect(s.focus == .matrix)
        #expect(s.matrixPane.page == .grid)
        #expect(s.matrixPane.criterion == .complexity)
        #expect(s.matrixPane.column == 0)
    }

    @Test(arguments: [("j", "k"), ("Down", "Up")]) func rowsMoveAndClamp(_ down: String, _ up: String) {
        var s = matrixState()
        press(&s, down)
        #expect(s.matrixPane.criterion == .scalability)
        press(&s, up, up)
        #expect(s.matrixPane.criterion == .complexity)
        for _ in 0..<20 { press(&s, down) }
        #expect(s.matrixPane.criterion == .observability)
    }

    @Test(arguments: [("l", "h"), ("Right", "Left")]) func columnsMoveAndClamp(_ right: String, _ left: String) {
        var s = matrixState()
        press(&s, right)
        #expect(s.matrixPane.platform == .kubernetes)
        for _ in 0..<10 { press(&s, right) }
        #expect(s.matrixPane.platform == .cloudRun)
        press(&s, left)
        #expect(s.matrixPane.platform == .ecs)
        for _ in 0..<10 { press(&s, left) }
        #expect(s.matrixPane.column == 0)
        #expect(s.matrixPane.platform == nil)
    }

    @Test(arguments: [("g", "G"), ("Home", "End")]) func firstAndLastCriterion(_ first: String, _ last: String) {
        var s = matrixState()
        press(&s, last)
        #expect(s.matrixPane.criterion == .observability)
        press(&s, first)
        #expect(s.matrixPane.criterion == .complexity)
    }

    @Test(arguments: [("PgDn", "PgUp"), ("C-d", "C-u")]) func pagesMoveTenCriteria(_ down: String, _ up: String) {
        var s = matrixState()
        press(&s, down)
        #expect(s.matrixPane.criterion == .observability)
        press(&s, up)
        #expect(s.matrixPane.criterion == .complexity)
    }

    @Test(arguments: ["+", "="]) func plusRaisesTheWeightAndWritesOnlyThatCriterion(_ key: String) {
        var s = matrixState()
        let derived = evaluation(of: s.project).weights[.complexity]
        press(&s, key)
        #expect(s.project.matrix.weights == [.complexity: derived + 1])
        #expect(s.matrixDerived.evaluation == evaluation(of: s.project))
        #expect(s.isModified)
    }

    @Test func weightsStopAtZeroAndTen() {
        var s = matrixState()
        for _ in 0..<15 { press(&s, "+") }
        #expect(s.project.matrix.weights[.complexity] == 10)
        #expect(s.message == StatusMessage("Complexity weight is already 10, the most it can be"))
        for _ in 0..<15 { press(&s, "-") }
        #expect(s.project.matrix.weights[.complexity] == 0)
        #expect(s.message == StatusMessage("Complexity weight is already 0, the least it can be"))
    }

    @Test func steppingPastTheEndDoesNotSetAWeight() {
        var project = cleanProject()
        project.requirements.teamExperience = .none
        project.requirements.regions = ["eu-west-1", "us-east-1"]
        var s = matrixState(project)
        press(&s, "j", "j", "j", "j", "j")
        #expect(s.matrixPane.criterion == .operationalOverhead)
        #expect(evaluation(of: s.project).weights[.operationalOverhead] == 10)
        press(&s, "+")
        #expect(s.project.matrix.weights.isEmpty)
        #expect(!s.isModified)
    }

    @Test func minusLowersTheWeight() {
        var s = matrixState()
        press(&s, "j")
        let derived = evaluation(of: s.project).weights[.scalability]
        press(&s, "-")
        #expect(s.project.matrix.weights == [.scalability: derived - 1])
    }

    @Test func raisingAWeightCanChangeTheWinnerAndSaysSo() throws {
        var s = matrixState()
        let before = try #require(s.matrixDerived.evaluation?.winner)
        let flip = try #require(Sensitivity.analyse(evaluation(of: s.project)).first { $0.criterion == .complexity }?.increase)
        let steps = flip.weight - evaluation(of: s.project).weights[.complexity]
        for _ in 0..<steps { press(&s, "+") }
        #expect(s.matrixDerived.evaluation?.winner == flip.newWinner)
        #expect(flip.newWinner != before)
        #expect(s.message?.text == "Complexity weight \(flip.weight): \(flip.newWinner.displayName) now ranks first")
    }

    @Test func wTypesAWeight() {
        var s = matrixState()
        press(&s, "w")
        #expect(s.matrixPane.prompt?.kind == .weight(.complexity))
        press(&s, "C-u")
        type(&s, "9")
        press(&s, "Enter")
        #expect(s.matrixPane.prompt == nil)
        #expect(s.project.matrix.weights == [.complexity: 9])
    }

    @Test(arguments: ["11", "-1", "x", ""]) func aWeightOutsideZeroToTenIsRefused(_ text: String) {
        var s = matrixState()
        press(&s, "w", "C-u")
        type(&s, text)
        press(&s, "Enter")
        #expect(s.matrixPane.prompt?.problem == "a weight is a whole number from 0 to 10")
        #expect(s.project.matrix.weights.isEmpty)
        type(&s, "1")
        #expect(s.matrixPane.prompt?.problem == nil)
    }

    @Test func enterOnTheWeightColumnAsksForTheWeight() {
        var s = matrixState()
        press(&s, "Enter")
        #expect(s.matrixPane.prompt == MatrixPrompt(.weight(.complexity), text: String(evaluation(of: s.project).weights[.complexity])))
    }

    @Test func enterOnAScoreAsksForAnOverride() {
        var s = matrixState()
        press(&s, "l", "Enter")
        let catalog = bundledCatalog().score(.kubernetes, .complexity)
        #expect(s.matrixPane.prompt == MatrixPrompt(.score(.kubernetes, .complexity), text: String(catalog)))
    }

    @Test func overrideAsksForAScoreThenARequiredNote() {
        var s = matrixState()
        press(&s, "l", "j", "o", "C-u")
        type(&s, "6")
        press(&s, "Enter")
        #expect(s.matrixPane.prompt?.problem == "a score is a whole number from 1 to 5")
        press(&s, "BS")
        type(&s, "2")
        press(&s, "Enter")
        #expect(s.matrixPane.prompt?.kind == .note(.kubernetes, .scalability, score: 2))
        press(&s, "Enter")
        #expect(s.matrixPane.prompt?.problem == "the note is required: say why the score differs")
        type(&s, "   ")
        press(&s, "Enter")
        #expect(s.project.matrix.overrides.isEmpty)
        type(&s, "our clusters stay small")
        press(&s, "Enter")
        #expect(s.matrixPane.prompt == nil)
        #expect(s.project.matrix.overrides == [ScoreOverride(platform: .kubernetes, criterion: .scalability, score: 2,
                                                             note: "our clusters stay small")])
        #expect(s.matrixDerived.evaluation?[.kubernetes].cell(.scalability)?.score == 2)
    }

    @Test func overridingAgainReplacesTheOverrideAndOffersItsNote() {
        var project = cleanProject()
        project.matrix.overrides = [ScoreOverride(platform: .nomad, criterion: .complexity, score: 1, note: "old")]
        var s = matrixState(project)
        press(&s, "l", "l", "l", "o")
        #expect(s.matrixPane.prompt?.input.text == "1")
        press(&s, "C-u")
        type(&s, "3")
        press(&s, "Enter")
        #expect(s.matrixPane.prompt?.input.text == "old")
        type(&s, " and new")
        press(&s, "Enter")
        #expect(s.project.matrix.overrides == [ScoreOverride(platform: .nomad, criterion: .complexity, score: 3, note: "old and new")])
    }

    @Test func overrideIsDisabledOnTheWeightColumn() {
        var s = matrixState()
        press(&s, "o")
        #expect(s.matrixPane.prompt == nil)
        #expect(s.message == .error("o: on the weight column"))
    }

    @Test(arguments: ["x", "Del"]) func clearRemovesTheOverride(_ key: String) {
        var project = cleanProject()
        project.matrix.overrides = [ScoreOverride(platform: .kubernetes, criterion: .complexity, score: 5, note: "n")]
        var s = matrixState(project)
        press(&s, "l", key)
        #expect(s.project.matrix.overrides.isEmpty)
        press(&s, key)
        #expect(s.message == .error("Kubernetes has no override on Complexity"))
    }

    @Test(arguments: ["x", "Del"]) func clearOnTheWeightColumnGoesBackToTheDerivedWeight(_ key: String) {
        var s = matrixState()
        press(&s, "+", "+")
        #expect(!s.project.matrix.weights.isEmpty)
        press(&s, key)
        #expect(s.project.matrix.weights.isEmpty)
        #expect(!s.isModified)
        press(&s, key)
        #expect(s.message == .error("Complexity already uses the weight the requirements give"))
    }

    @Test func escClosesThePromptWithoutChanges() {
        var s = matrixState()
        press(&s, "w", "C-u")
        type(&s, "0")
        press(&s, "Esc")
        #expect(s.matrixPane.prompt == nil)
        #expect(s.project.matrix.weights.isEmpty)
    }

    @Test func keysInAPromptAreTypedNotBound() {
        var s = matrixState()
        press(&s, "w", "C-u", "q", "j", "2")
        #expect(s.matrixPane.prompt?.input.text == "qj2")
        #expect(s.focus == .matrix)
        #expect(!s.finished)
        press(&s, "C-c")
        #expect(s.finished)
    }

    @Test func cTogglesContributions() {
        var s = matrixState()
        press(&s, "c")
        #expect(s.matrixPane.showContributions)
        press(&s, "c")
        #expect(!s.matrixPane.showContributions)
    }

    @Test func spacePicksTwoPlatformsAndAThirdReplacesTheOldest() {
        var s = matrixState()
        press(&s, "Space")
        #expect(s.message == .error("Space: on the weight column"))
        press(&s, "l", "Space", "l", "Space")
        #expect(s.matrixPane.picked == [.kubernetes, .dockerSwarm])
        press(&s, "l", "Space")
        #expect(s.matrixPane.picked == [.dockerSwarm, .nomad])
        press(&s, "Space")
        #expect(s.matrixPane.picked == [.dockerSwarm])
    }

    @Test func sNeedsTwoPicksThenShowsSideBySide() {
        var s = matrixState()
        press(&s, "s")
        #expect(s.matrixPane.page == .grid)
        #expect(s.message == .error("s: pick two platforms with Space first"))
        press(&s, "l", "Space", "l", "l", "Space", "s")
        #expect(s.matrixPane.page == .sideBySide)
        #expect(s.matrixPane.picked == [.kubernetes, .nomad])
    }

    @Test func rShowsTheRoadmapAndEscGoesBack() {
        var s = matrixState()
        press(&s, "Esc")
        #expect(s.message == .error("Esc: already on the grid"))
        press(&s, "r")
        #expect(s.matrixPane.page == .roadmap)
        press(&s, "Esc")
        #expect(s.matrixPane.page == .grid)
    }

    @Test func rIsRefusedWhenEveryPlatformIsEliminated() throws {
        var s = everyPlatformEliminatedState()
        try #require(s.matrixDerived.evaluation?.ranking == [])
        press(&s, "r")
        #expect(s.matrixPane.page == .grid)
        #expect(s.message == .error("r: every platform is eliminated"))
    }

    @Test func movesScrollTheRoadmapAndStopAtItsEnd() {
        var s = matrixState(width: 80, height: 24)
        press(&s, "r", "j", "j")
        #expect(s.matrixPane.scroll == 2)
        press(&s, "k")
        #expect(s.matrixPane.scroll == 1)
        press(&s, "G")
        let count = MatrixPageText.lines(for: s, width: MatrixView.innerWidth(of: s)).count
        #expect(s.matrixPane.scroll == count - MatrixView.pageHeight(of: s))
        press(&s, "j", "PgDn")
        #expect(s.matrixPane.scroll == count - MatrixView.pageHeight(of: s))
        press(&s, "g")
        #expect(s.matrixPane.scroll == 0)
        press(&s, "PgUp")
        #expect(s.matrixPane.scroll == 0)
    }

    @Test func gridKeysAreDisabledOnOtherPages() {
        var s = matrixState()
        press(&s, "r", "+", "l", "w")
        #expect(s.project.matrix.weights.isEmpty)
        #expect(s.matrixPane.column == 0)
        #expect(s.message == .error("w: only on the grid (Esc goes back)"))
    }

    @Test func editingKeysExplainAMissingCatalog() {
        var s = matrixState()
        s.matrixPane.setCatalog(.failure(.missingResource("catalog.json")))
        press(&s, "+")
        #expect(s.project.matrix.weights.isEmpty)
        #expect(s.message == .error("+/=: the platform catalog did not load"))
    }

    @Test func aRequirementsEditRescoresTheMatrix() {
        var s = matrixState()
        var edited = s.project
        edited.requirements.onPremises = true
        s.apply(edited, label: "on premises")
        #expect(s.matrixDerived.evaluation == evaluation(of: edited))
        #expect(s.derived.contains("matrix.pane.0", for: s.project))
    }
}

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
