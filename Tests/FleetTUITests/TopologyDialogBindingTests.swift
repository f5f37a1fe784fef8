import FleetEngine
import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct TopologyFormBindingTests {
    @Test(arguments: [("Tab", "S-Tab"), ("Down", "Up")]) func fieldsWrapAround(_ keys: (String, String)) {
        var s = topologyState()
        press(&s, "a", keys.0)
        #expect(openForm(s)?.focused == 1)
        press(&s, keys.1, keys.1)
        #expect(openForm(s)?.focused == ClusterFormField.allCases.count - 1)
    }

    @Test func leftAndRightStepChoicesAndMoveTheCursorInText() throws {
        var s = topologyState()
        press(&s, "a", "Tab", "Tab", "Tab")   // role
        press(&s, "Right")
        #expect(openForm(s)?.value("role") == "management")
        press(&s, "Left")
        #expect(openForm(s)?.value("role") == "workload")
        press(&s, "S-Tab", "S-Tab", "S-Tab", "Left")   // cursor left in the name
        type(&s, "X")
        let name = try #require(openForm(s)?.value("name"))
        #expect(name.hasSuffix("X1"))
    }

    @Test func keysThatAreGlobalElsewhereAreTypedIntoTheForm() {
        var s = topologyState()
        press(&s, "a", "C-u")
        type(&s, "q1?:")
        #expect(openForm(s)?.value("name") == "q1?:")
        #expect(!s.finished)
        #expect(s.focus == .topology)
        #expect(s.mode == .normal)
    }

    @Test func aConventionalNetworkFollowsTheRegionAndAChosenOneStays() {
        var s = topologyState()
        press(&s, "a", "Tab", "Tab", "C-u")
        type(&s, "ap-south-1")
        #expect(openForm(s)?.value("network") == "net-ap-south-1")
        press(&s, "Esc", "j", "j", "j", "m", "Right")   // dev-eu runs on net-eu, a network the user chose
        #expect(openForm(s)?.value("region") == "us-east-1")
        #expect(openForm(s)?.value("network") == "net-eu")
    }

    @Test func aNewClusterJoinsTheNetworkItsRegionsClustersUse() {
        // The multi-region template's eu-west-1 clusters run on net-eu: a new one there joins it.
        var s = topologyState()
        press(&s, "a")
        #expect(openForm(s)?.value("region") == "eu-west-1")
        #expect(openForm(s)?.value("network") == "net-eu", "not a new net-eu-west-1 without a gateway")
        press(&s, "Tab", "Tab", "C-u")
        type(&s, "us-east-1")
        #expect(openForm(s)?.value("network") == "net-us", "the default follows the region")
    }

    @Test func typingIntoAChoiceDoesNothing() {
        var s = topologyState()
        press(&s, "a", "Tab", "Tab", "Tab")
        type(&s, "zz")
        #expect(openForm(s)?.value("role") == "workload")
    }

    @Test func invalidOrDuplicateNamesKeepTheFormOpen() {
        var s = topologyState()
        press(&s, "a", "C-u")
        type(&s, "Bad_Name")
        press(&s, "Enter")
        #expect(openForm(s)?.problem?.hasPrefix("name \"Bad_Name\"") == true)
        press(&s, "C-u")
        type(&s, "prod-us")
        press(&s, "Enter")
        #expect(openForm(s)?.problem == "a cluster named \"prod-us\" already exists")
        #expect(s.project.topology.clusters.count == 5)
        type(&s, "2")
        #expect(openForm(s)?.problem == nil)
    }

    @Test func zonesAcceptDefaultOrOneToSix() {
        var s = topologyState()
        press(&s, "G", "e")
        for _ in 0..<7 { press(&s, "Tab") }   // zones
        press(&s, "C-u")
        type(&s, "9")
        press(&s, "Enter")
        #expect(openForm(s)?.problem == "zones must be 1…6 or default")
        press(&s, "C-u")
        type(&s, "2")
        press(&s, "Enter")
        #expect(s.project.topology.clusters[4].zones == 2)
    }

    @Test func remoteFollowsTheChosenPrimaryAndOthersFollowNone() {
        var s = topologyState()
        // Back from the name past the workload and range fields to the mesh role: primary → remote.
        press(&s, ["G", "e"] + Array(repeating: "S-Tab", count: 7) + ["Right"])
        #expect(openForm(s)?.value("meshRole") == "remote")
        press(&s, "Tab", "Right")
        // prod-eu is the only other primary (dev and staging stay out of the production mesh).
        #expect(openForm(s)?.value("primary") == "prod-eu")
        press(&s, "Enter")
        #expect(s.project.topology.clusters[4].meshRole == .remote)
        #expect(s.project.topology.clusters[4].primary == "prod-eu")
    }

    @Test func escClosesTheFormChangingNothing() {
        var s = topologyState()
        let before = s.project
        press(&s, "a", "C-u", "Esc")
        #expect(s.topology.dialog == nil)
        #expect(s.project == before)
    }

    @Test func ctrlCAsksToQuitFromAForm() {
        var s = topologyState()
        press(&s, "G", "x", "y", "a", "C-c")
        #expect(s.mode == .confirmQuit)
    }

    @Test(arguments: [["x"], ["D"]]) func ctrlCAsksToQuitFromTheOtherDialogs(_ opening: [String]) {
        var project = TopologyDraftBindingTests().userDesignedProject()
        project.metadata.description = "changed"   // unsaved changes, so quitting asks
        var s = topologyState(project)
        s.baseline = ProjectTemplate.multiRegion.project(named: "shop")
        press(&s, "j", "j")   // my-prod
        for key in opening { press(&s, key) }
        #expect(s.topology.dialog != nil)
        press(&s, "C-c")
        #expect(s.mode == .confirmQuit)
    }
}

@Suite struct TopologyDraftBindingTests {
    /// The minimal template with only a renamed user cluster: the draft proposes clusters around it.
    func userDesignedProject() -> Project {
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.topology = Topology(clusters: [
            Cluster(name: "my-prod", environment: "prod", region: "eu-west-1", profile: "general", network: "lan-eu"),
        ])
        return project
    }

    func review(_ s: AppState) -> DraftReview? {
        if case .draft(let review)? = s.topology.dialog { return review }
        return nil
    }

    @Test func draftListsTheMergeChangesAllAccepted() throws {
        var s = topologyState(userDesignedProject())
        press(&s, "D")
        let shown = try #require(review(s))
        let expected = TopologyMerge.changes(from: s.project.topology, to: TopologyDraft.propose(for: s.project))
        #expect(shown.changes == expected)
        #expect(shown.accepted.allSatisfy { $0 })
        #expect(!shown.changes.contains { if case .addCluster(let c) = $0 { c.environment == "prod" && c.region == "eu-west-1" } else { false } })
    }

    @Test func acceptOnlyOneChange() throws {
        var s = topologyState(userDesignedProject())
        let before = s.project.topology
        press(&s, "D", "n", "j", "Space")
        let shown = try #require(review(s))
        #expect(shown.acceptedChanges == [shown.changes[1]])
        press(&s, "Enter")
        #expect(s.topology.dialog == nil)
        #expect(s.project.topology == before.applying([shown.changes[1]]))
        #expect(s.project.topology.cluster(named: "my-prod") != nil)
        #expect(s.message == StatusMessage("merged 1 of \(shown.changes.count) proposed change(s)"))
    }

    @Test func acceptAllKeepsTheUserCluster() throws {
        var s = topologyState(userDesignedProject())
        press(&s, "D", "n", "a", "Enter")
        #expect(s.project.topology.cluster(named: "my-prod")?.network == "lan-eu")
        #expect(s.project.topology.clusters.count > 1)
        #expect(s.project.topology.mesh.model == .multiPrimary)
    }

    @Test func spaceTogglesAndMovingIsClamped() throws {
        var s = topologyState(userDesignedProject())
        press(&s, "D", "Space")
        #expect(review(s)?.accepted.first == false)
        press(&s, "Space")
        #expect(review(s)?.accepted.first == true)
        press(&s, "k", "Up")
        #expect(review(s)?.selected == 0)
        let count = try #require(review(s)).changes.count
        for _ in 0..<(count + 3) { press(&s, "Down") }
        #expect(review(s)?.selected == count - 1)
    }

    @Test func noneAcceptedMergesNothing() {
        var s = topologyState(userDesignedProject())
        let before = s.project
        press(&s, "D", "n", "Enter")
        #expect(s.project == before)
        #expect(s.message == StatusMessage("no change accepted: the topology is as it was"))
    }

    @Test func escClosesTheReview() {
        var s = topologyState(userDesignedProject())
        let before = s.project
        press(&s, "D", "Esc")
        #expect(s.topology.dialog == nil)
        #expect(s.project == before)
    }

    @Test func aCompleteTopologyHasNothingToDraft() {
        var s = topologyState()
        press(&s, "D")
        #expect(s.topology.dialog == nil)
        #expect(s.message == StatusMessage("the topology already has everything the requirements draft proposes"))
    }

    @Test func draftNeedsARequiredRegion() {
        var project = userDesignedProject()
        project.requirements.regions = []
        var s = topologyState(project)
        press(&s, "D")
        #expect(s.message == .error("D: the requirements list no region"))
    }
}
