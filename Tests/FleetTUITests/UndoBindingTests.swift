import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct UndoBindingTests {
    @Test(arguments: ["u", "C-z"]) func undoRestoresTheProjectAndSaysWhat(_ key: String) {
        var s = state()
        let original = s.project
        s.selectedField = .gpu
        press(&s, "Space")
        #expect(s.project.requirements.gpu)
        #expect(s.isModified)
        press(&s, key)
        #expect(s.project == original)
        #expect(s.message == StatusMessage("undid: set GPU to yes"))
        #expect(!s.history.canUndo)
        #expect(s.history.canRedo)
    }

    @Test(arguments: ["C-r", "C-y"]) func redoGoesForwardAgain(_ key: String) {
        var s = state()
        s.selectedField = .mtlsRequired
        press(&s, "Space")
        let edited = s.project
        press(&s, "u")
        #expect(!s.project.requirements.mtlsRequired)
        press(&s, key)
        #expect(s.project == edited)
        #expect(s.message?.text.hasPrefix("redid: set ") == true)
        #expect(!s.history.canRedo)
    }

    @Test func undoWithNothingToUndoExplains() {
        var s = state()
        press(&s, "u")
        #expect(s.message == .error("u/C-z: nothing to undo"))
        press(&s, "C-r")
        #expect(s.message == .error("C-r/C-y: nothing to redo"))
    }

    @Test func aNewEditForgetsTheRedoStack() {
        var s = state()
        s.selectedField = .gpu
        press(&s, "Space")
        press(&s, "u")
        #expect(s.history.canRedo)
        s.selectedField = .mtlsRequired
        press(&s, "Space")
        #expect(!s.history.canRedo)
    }

    @Test func undoingEveryEditClearsTheDirtyMarker() {
        var s = state()
        s.selectedField = .gpu
        press(&s, "Space")
        s.selectedField = .mtlsRequired
        press(&s, "Space")
        #expect(s.isModified)
        press(&s, "u", "u")
        #expect(!s.isModified)
        #expect(!render(s).buffer.rows[s.height - 2].hasSuffix("p.fleet.yaml* "))
        press(&s, "C-r")
        #expect(render(s).buffer.rows[s.height - 2].hasSuffix("p.fleet.yaml* "))
    }

    @Test func steppingOneNumberRepeatedlyIsOneUndoStep() {
        var s = state()
        s.selectedField = .zonesPerRegion
        let before = s.project.requirements.zonesPerRegion
        press(&s, "-", "-")
        #expect(s.project.requirements.zonesPerRegion == before - 2)
        #expect(s.history.undoStack.count == 1)
        press(&s, "u")
        #expect(s.project.requirements.zonesPerRegion == before)
    }

    @Test func aCommittedFieldIsOneStepAndStepsAfterItAreAnother() {
        var s = state()
        s.selectedField = .expectedServices
        press(&s, "Enter")
        press(&s, "C-u")
        type(&s, "120")
        press(&s, "Enter")
        #expect(s.project.requirements.expectedServices == 120)
        press(&s, "+")
        #expect(s.project.requirements.expectedServices == 121)
        #expect(s.history.undoStack.count == 2)
        press(&s, "u")
        #expect(s.project.requirements.expectedServices == 120)
        #expect(s.message == StatusMessage("undid: set Expected services to 121"))
    }

    @Test func undoReturnsToThePaneTheEditWasMadeIn() {
        var s = state()
        s.selectedField = .gpu
        press(&s, "Space")
        press(&s, findingsKey)
        #expect(s.focus == .findings)
        press(&s, "u")
        #expect(s.focus == .requirements)
    }

    @Test func undoAndRedoSelectTheEditedRequirementsField() {
        var s = state()
        s.selectedField = .gpu
        press(&s, "Space")
        press(&s, "g")
        #expect(s.selectedField == .name)
        press(&s, "u")
        #expect(s.selectedField == .gpu)
        press(&s, "g", "C-r")
        #expect(s.selectedField == .gpu)
    }

    @Test func undoKeepsTheFindingsSelectionInRange() {
        var s = state(brokenProject())
        press(&s, findingsKey, "G")
        #expect(s.selectedFinding == s.findings.count - 1)
        var fixed = s.project
        fixed.requirements.environments = ["dev"]
        fixed.requirements.zonesPerRegion = 3
        s.apply(fixed, label: "fix")
        #expect(s.selectedFinding <= max(0, s.findings.count - 1))
        press(&s, "u")
        press(&s, "C-r")
        #expect(s.selectedFinding <= max(0, s.findings.count - 1))
    }

    @Test func historyIsBoundedAndDropsTheOldest() {
        var history = EditHistory(capacity: 3)
        for n in 1...5 {
            history.record(.init(project: cleanProject("p\(n)"), label: "edit \(n)", focus: .requirements))
        }
        #expect(history.undoStack.map(\.label) == ["edit 3", "edit 4", "edit 5"])
    }

    @Test func loadingAnotherFileForgetsTheHistory() {
        var s = state()
        s.selectedField = .gpu
        press(&s, "Space")
        _ = reduce(&s, .loadFinished(path: "q.fleet.yaml", project: ProjectBox(cleanProject("q")), error: nil))
        #expect(!s.history.canUndo)
        #expect(!s.isModified)
    }

    @Test func findingsAreComputedOncePerProjectValue() {
        var s = state(brokenProject())
        let first = s.findings
        #expect(s.derived.contains("findings", for: s.project))
        #expect(s.findings == first)
        var fixed = s.project
        fixed.requirements.environments = ["dev"]
        s.apply(fixed, label: "fix")
        #expect(s.findings.count < first.count)
        #expect(s.derived.contains("findings", for: s.project))
    }
}

/// Each submitted prompt, each toggle and each run of one key's steps is its own undo step.
@Suite struct UndoStepTests {
    @Test func aToggleFlippedTwiceIsTwoSteps() {
        var s = state()
        s.selectedField = .gpu
        press(&s, "Space", "Space")
        #expect(s.history.undoStack.count == 2)
        press(&s, "u")
        #expect(s.project.requirements.gpu, "one undo goes back one flip")
    }

    @Test func aTypedWeightIsNotMergedWithTheStepsBeforeIt() {
        var s = matrixState()
        press(&s, "+", "+")
        #expect(s.history.undoStack.count == 1, "repeated + on one criterion is one step")
        let afterSteps = s.project
        press(&s, "Enter")
        press(&s, "C-u")
        type(&s, "9")
        press(&s, "Enter")
        #expect(s.history.undoStack.count == 2)
        press(&s, "u")
        #expect(s.project == afterSteps, "undo takes back the typed weight only")
    }
}
