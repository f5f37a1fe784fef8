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
        let header = render(s).buffer.rows.first { $0.contains("Criterion") } ?? ""
        #expect(header.contains("✓K8s    ✓Swarm  Nomad"))
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
