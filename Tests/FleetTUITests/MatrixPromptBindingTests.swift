import FleetEngine
import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// The Matrix pane's prompts: weights typed, overrides with their required note, removal.
@Suite struct MatrixPromptBindingTests {
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
        press(&s, "End")   // a moving key keeps the offered text; typing at once would replace it
        type(&s, " and new")
        press(&s, "Enter")
        #expect(s.project.matrix.overrides == [ScoreOverride(platform: .nomad, criterion: .complexity, score: 3, note: "old and new")])
    }

    @Test func theFirstTypedCharacterReplacesTheOfferedValue() {
        var project = cleanProject()
        project.matrix.overrides = [ScoreOverride(platform: .nomad, criterion: .complexity, score: 4, note: "old")]
        var s = matrixState(project)
        press(&s, "l", "l", "l", "o")
        #expect(s.matrixPane.prompt?.input.text == "4")
        type(&s, "5")
        #expect(s.matrixPane.prompt?.input.text == "5", "o then 5 gives 5, not 45")
        press(&s, "BS")
        type(&s, "2")
        #expect(s.matrixPane.prompt?.input.text == "2", "after the first key the text is edited as usual")
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
}
