import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// The add, duplicate, rename and delete bindings and the input and dialog tables.
@Suite struct ProfilesEditBindingTests {
    @Test func addAsksForANameThenAppendsAProfile() {
        var s = profilesState()
        press(&s, "a")
        #expect(s.profiles.overlay == .naming(.add, TextInput("profile")))
        press(&s, "C-u")
        type(&s, "gpu")
        press(&s, "Enter")
        #expect(s.project.profiles.map(\.name) == ["general", "batch", "gpu"])
        #expect(s.project.profiles[2] == ClusterProfile(name: "gpu"))
        #expect(s.profiles.selected == 2)
        #expect(s.profiles.overlay == nil)
    }

    @Test func aBadOrTakenNameIsRefusedAndTheInputStaysOpen() {
        var s = profilesState()
        press(&s, "a", "C-u")
        type(&s, "Bad_Name")
        press(&s, "Enter")
        #expect(s.message?.isError == true)
        #expect(s.project.profiles.count == 2)
        press(&s, "C-u")
        type(&s, "batch")
        press(&s, "Enter")
        #expect(s.message == .error("a profile named \"batch\" already exists"))
        #expect(s.profiles.overlay != nil)
    }

    @Test func duplicateCopiesTheSelectedProfileAfterIt() {
        var s = profilesState()
        press(&s, "d")
        #expect(s.profiles.overlay == .naming(.duplicate("general"), TextInput("general-copy")))
        press(&s, "Enter")
        #expect(s.project.profiles.map(\.name) == ["general", "general-copy", "batch"])
        var copy = s.project.profiles[0]
        copy.name = "general-copy"
        #expect(s.project.profiles[1] == copy)
        #expect(s.profiles.selected == 1)
    }

    @Test func renameRenamesTheClustersReferencesInOneEdit() {
        var s = profilesState()
        press(&s, "r", "C-u")
        type(&s, "standard")
        press(&s, "Enter")
        #expect(s.project.profiles[0].name == "standard")
        #expect(s.project.topology.clusters.map(\.profile) == ["standard", "standard", "standard"])
        #expect(s.findings.isEmpty)
        #expect(s.message == StatusMessage("renamed general to standard and in 3 cluster(s): dev, prod, mgmt"))
    }

    @Test(arguments: ["x", "Del"]) func deleteAsksAndNamesTheClusters(_ key: String) {
        var s = profilesState()
        press(&s, key)
        #expect(s.profiles.overlay == .confirmDelete(name: "general", clusters: ["dev", "prod", "mgmt"]))
        let rows = render(s).buffer.rows.joined(separator: "\n")
        #expect(rows.contains("Used by 3 cluster(s): dev, prod, mgmt."))
        press(&s, "y")
        #expect(s.project.profiles.map(\.name) == ["batch"])
        #expect(s.findings.map(\.code) == ["FP013", "FP013", "FP013"])
    }

    @Test(arguments: ["n", "Esc"]) func deleteCanBeDeclined(_ key: String) {
        var s = profilesState()
        press(&s, "j", "x")
        #expect(s.profiles.overlay == .confirmDelete(name: "batch", clusters: []))
        press(&s, "j")   // swallowed by the question
        press(&s, key)
        #expect(s.project.profiles.count == 2)
        #expect(s.profiles.overlay == nil)
        #expect(s.message == StatusMessage("batch kept"))
    }

    @Test func deletingTheLastProfileKeepsTheSelectionInside() {
        var s = profilesState()
        press(&s, "G", "x", "y")
        #expect(s.profiles.selected == 0)
        press(&s, "x", "y")
        #expect(s.project.profiles.isEmpty)
        press(&s, "x")
        #expect(s.message == .error("x/Del: no profile: press a to add one"))
        press(&s, "d")
        press(&s, "r")
        #expect(s.profiles.overlay == nil)
        #expect(!render(s).buffer.rows.joined().isEmpty)
    }

    @Test func tabKeepsTheValueAndEditsTheNextField() {
        var s = profilesState()
        press(&s, "Enter", "Enter", "C-u")
        type(&s, "4")
        press(&s, "Tab")
        #expect(s.project.profiles[0].node.vcpu == 4)
        #expect(s.profiles.overlay == .editing(.memoryGiB, TextInput("32", prefilled: true)))
    }

    @Test func escDiscardsTheEdit() {
        var s = profilesState()
        press(&s, "Enter", "Enter", "C-u")
        type(&s, "64")
        press(&s, "Esc")
        #expect(s.project.profiles[0].node.vcpu == 8)
        #expect(s.profiles.overlay == nil)
        #expect(s.message == StatusMessage("edit of Node vCPU discarded"))
    }

    @Test func ctrlCInAnInputAsksToQuit() {
        var s = profilesState()
        press(&s, "l")
        press(&s, "a", "C-c")
        #expect(s.finished)
        var modified = profilesState()
        modified.profiles.region = .form
        press(&modified, "l", "a", "C-c")
        #expect(modified.mode == .confirmQuit)
    }

    @Test func quantitiesAreValidatedWhenTyped() {
        var s = profilesState()
        s.profiles.region = .form
        s.profiles.field = .podMemory
        press(&s, "Enter", "C-u")
        type(&s, "lots")
        press(&s, "Enter")
        #expect(s.message == .error("Pod memory: \"lots\" is not a quantity such as 512Mi or 1.5Gi"))
        #expect(s.profiles.overlay != nil)
        press(&s, "C-u")
        type(&s, "1Gi")
        press(&s, "Enter")
        #expect(s.project.profiles[0].workload.podMemory == Quantity(parsing: "1Gi"))
        #expect(s.profiles.overlay == nil)
    }

    @Test func anOutOfRangeNumberIsKeptAndItsFindingShown() {
        var s = profilesState()
        s.profiles.region = .form
        s.profiles.field = .headroomPercent
        press(&s, "Enter", "C-u")
        type(&s, "95")
        press(&s, "Enter")
        #expect(s.project.profiles[0].headroomPercent == 95)
        #expect(s.message == .error("Headroom %: 95 is out of range 0…90"))
    }

    @Test func profileEditsAreUndoableAndSteppingIsOneStep() {
        var s = profilesState()
        press(&s, "]", "l", "l", "l")
        #expect(s.project.profiles[0].node.vcpu == 11)
        press(&s, "u")
        #expect(s.project.profiles[0].node.vcpu == 8)
        #expect(s.message == StatusMessage("undid: set general vcpu to 11"))
        press(&s, "[", "r", "C-u")
        type(&s, "std")
        press(&s, "Enter", "u")
        #expect(s.project.profiles[0].name == "general")
        #expect(s.project.topology.clusters.allSatisfy { $0.profile == "general" })
        #expect(s.message == StatusMessage("undid: rename profile general to std"))
    }

    @Test func undoingAnAddKeepsTheSelectionInTheList() {
        var s = profilesState()
        press(&s, "a", "Enter")
        #expect(s.profiles.selected == 2)
        press(&s, "u")
        #expect(s.project.profiles.count == 2)
        #expect(s.profiles.selected == 1)
    }

    @Test func deletingOneOfTwoProfilesWithTheSameNameDeletesTheSelectedOne() {
        var s = profilesState()
        var project = s.project
        project.profiles[1] = ClusterProfile(name: "general", node: NodeShape(vcpu: 2, memoryGiB: 4))
        s.updateProject(project)
        press(&s, "j", "x", "y")
        #expect(s.project.profiles == [cleanProject().profiles[0]])
    }
}
