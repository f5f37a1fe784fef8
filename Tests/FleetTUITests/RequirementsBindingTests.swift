import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct RequirementsBindingTests {
    @Test func movingBetweenFieldsIsClamped() {
        var s = state()
        press(&s, "j")
        #expect(s.selectedField == .description)
        press(&s, "Down", "Down")
        #expect(s.selectedField == .environments)
        press(&s, "k", "Up")
        #expect(s.selectedField == .description)
        press(&s, "k", "k")
        #expect(s.selectedField == .name)
        press(&s, "G")
        #expect(s.selectedField == .expectedServices)
        press(&s, "j")
        #expect(s.selectedField == .expectedServices)
        press(&s, "g")
        #expect(s.selectedField == .name)
        press(&s, "End")
        #expect(s.selectedField == .expectedServices)
        press(&s, "Home")
        #expect(s.selectedField == .name)
    }

    @Test(arguments: ["Enter", "e"]) func enterStartsEditingATextField(_ key: String) {
        var s = state()
        press(&s, key)
        #expect(s.mode == .editing(TextInput("payments", prefilled: true)))
    }

    @Test func enterFlipsAToggleAndStepsAChoice() {
        var s = state()
        s.selectedField = .gpu
        press(&s, "Enter")
        #expect(s.project.requirements.gpu)
        s.selectedField = .teamExperience
        press(&s, "Enter")
        #expect(s.project.requirements.teamExperience == .high)
        press(&s, "Enter")
        #expect(s.project.requirements.teamExperience == .none)
        #expect(s.mode == .normal)
    }

    @Test func spaceFlipsAToggle() {
        var s = state()
        s.selectedField = .mtlsRequired
        press(&s, "Space")
        #expect(s.project.requirements.mtlsRequired)
        press(&s, "Space")
        #expect(!s.project.requirements.mtlsRequired)
    }

    @Test(arguments: ["l", "Right", "+"]) func incrementsANumberUpToItsRange(_ key: String) {
        var s = state()
        s.selectedField = .zonesPerRegion
        press(&s, key)
        #expect(s.project.requirements.zonesPerRegion == 4)
        press(&s, key, key, key, key)
        #expect(s.project.requirements.zonesPerRegion == 6)
    }

    @Test(arguments: ["h", "Left", "-"]) func decrementsANumberDownToItsRange(_ key: String) {
        var s = state()
        s.selectedField = .zonesPerRegion
        press(&s, key, key, key, key)
        #expect(s.project.requirements.zonesPerRegion == 1)
    }

    @Test func stepsAChoiceBothWays() {
        var s = state()
        s.selectedField = .currentPlatform
        press(&s, "l")
        #expect(s.project.requirements.currentPlatform == .kubernetes)
        press(&s, "h", "h")
        #expect(s.project.requirements.currentPlatform == .cloudRun)
    }

    @Test func steppingATextFieldExplains() {
        var s = state()
        press(&s, "l")
        #expect(s.project == cleanProject())
        #expect(s.message == .error("Name is text: press Enter to edit it"))
    }

    @Test func editsUpdateFindingsAndTheModifiedMark() {
        var s = state()
        s.selectedField = .zonesPerRegion
        press(&s, "Enter", "C-u")
        type(&s, "9")
        press(&s, "Enter")
        #expect(s.project.requirements.zonesPerRegion == 9)
        #expect(s.isModified)
        #expect(s.findings.map(\.code) == ["FP012"])
        #expect(s.message == .error("Zones per region: 9 is out of range 1…6"))
    }
}

@Suite struct EditingBindingTests {
    @Test func enterKeepsTheValue() {
        var s = state()
        press(&s, "Enter", "C-u")
        type(&s, "checkout")
        press(&s, "Enter")
        #expect(s.project.metadata.name == "checkout")
        #expect(s.mode == .normal)
        #expect(s.message == StatusMessage("Name set"))
    }

    @Test func textThatCannotBeTheTypeKeepsEditing() {
        var s = state()
        s.selectedField = .kubernetesVersion
        press(&s, "Enter", "C-u")
        type(&s, "latest")
        press(&s, "Enter")
        #expect(s.mode == .editing(TextInput("latest")))
        #expect(s.message == .error("Kubernetes version: \"latest\" is not a version such as 1.34"))
        #expect(s.project.kubernetesVersion == KubernetesVersion(minor: 34))
    }

    @Test func tabKeepsTheValueAndEditsTheNextField() {
        var s = state()
        s.selectedField = .environments
        press(&s, "Enter", "C-u")
        type(&s, "dev, staging ,prod")
        press(&s, "Tab")
        #expect(s.project.requirements.environments == ["dev", "staging", "prod"])
        #expect(s.selectedField == .regions)
        #expect(s.mode == .editing(TextInput("eu-west-1", prefilled: true)))
    }

    @Test func escDiscardsTheEdit() {
        var s = state()
        press(&s, "Enter")
        type(&s, "xyz")
        press(&s, "Esc")
        #expect(s.project.metadata.name == "payments")
        #expect(s.mode == .normal)
        #expect(s.message == StatusMessage("edit of Name discarded"))
    }

    @Test func ctrlCAsksToQuitEvenWhileEditing() {
        var s = state()
        press(&s, "G", "l", "g", "Enter")
        press(&s, "C-c")
        #expect(s.mode == .confirmQuit)
    }

    @Test func lettersThatAreBindingsElsewhereAreTyped() {
        var s = state()
        press(&s, "Enter", "C-u")
        type(&s, "q?:jk")
        #expect(s.mode == .editing(TextInput("q?:jk")))
        #expect(!s.finished)
    }

    @Test func workloadsAreCheckedAgainstTheKnownKinds() {
        var s = state()
        s.selectedField = .workloads
        press(&s, "Enter", "C-u")
        type(&s, "stateless, gpu")
        press(&s, "Enter")
        #expect(s.message == .error("Workloads: unknown workload \"gpu\" (stateless, stateful, batch)"))
        press(&s, "C-w")
        type(&s, "batch")
        press(&s, "Enter")
        #expect(s.project.requirements.workloads == [.stateless, .batch])
    }
}

@Suite struct WholeNumberTests {
    @Test func aHugeNumberIsTooLargeWithTheMaximum() throws {
        #expect(try WholeNumber.parse("42", range: 0...100).get() == 42)
        guard case .failure(let huge) = WholeNumber.parse(String(repeating: "9", count: 30), range: 0...10_000_000) else {
            Issue.record("a 30-digit number parsed")
            return
        }
        #expect(huge.message == "too large (999999…(30 digits)): the largest allowed is 10000000")
        guard case .failure(let word) = WholeNumber.parse("twelve", range: nil) else { return }
        #expect(word.message == "not a whole number: \"twelve\"")
    }
}
