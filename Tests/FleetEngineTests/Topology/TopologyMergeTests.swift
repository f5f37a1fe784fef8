import FleetModel
import Testing
@testable import FleetEngine

@Suite struct TopologyMergeTests {
    typealias Draft = TopologyDraftTests

    /// The four-region, three-environment project with its draft in place.
    static func draftedProject() -> Project {
        Draft.drafted(Draft.project(environments: ["dev", "staging", "prod"], regions: Draft.fourRegions, mesh: true))
    }

    @Test func mergingADraftIntoItselfChangesNothing() {
        let project = Self.draftedProject()
        #expect(TopologyMerge.changes(from: project.topology, to: project.topology).isEmpty)
    }

    @Test func mergingIntoAnEmptyTopologyReproducesTheDraft() {
        let proposal = Self.draftedProject().topology
        let changes = TopologyMerge.changes(from: Topology(), to: proposal)
        var result = Topology().applying(changes)
        result.mesh.trustDomain = proposal.mesh.trustDomain
        #expect(result == proposal)
    }

    @Test func userClustersSurviveEveryChange() {
        var project = Self.draftedProject()
        // The user renames a cluster, removes another, adds their own and changes the model.
        project.topology.clusters[3].name = "payments-prod-eu"
        project.topology.clusters.removeAll { $0.name == "prod-sa-east-1" }
        project.topology.clusters.append(Cluster(name: "batch", environment: "prod", region: "eu-west-1",
                                                 profile: "general", network: "net-eu-west-1"))
        let before = project.topology
        let changes = TopologyMerge.changes(from: before, to: TopologyDraft.propose(for: project))
        // Only the removed cluster comes back; the renamed one is recognised.
        #expect(changes.compactMap { if case .addCluster(let c) = $0 { c.name } else { nil } } == ["prod-sa-east-1"])
        // Every subset of changes keeps every user cluster by name, in place.
        for mask in 0..<(1 << changes.count) {
            let accepted = changes.indices.filter { mask & (1 << $0) != 0 }.map { changes[$0] }
            let after = before.applying(accepted)
            #expect(Array(after.clusters.prefix(before.clusters.count)).map(\.name) == before.clusters.map(\.name))
            #expect(after.clusters.count == before.clusters.count + accepted.filter { if case .addCluster = $0 { true } else { false } }.count)
        }
    }

    @Test func userMeshSettingsAreNotOverwritten() {
        var project = Self.draftedProject()
        project.topology.mesh.model = .primaryRemote
        project.topology.mesh.meshID = "custom"
        project.topology.mesh.trustDomain = "corp.example.org"
        project.topology.mesh.failover = [FailoverRule(from: "eu-west-1", to: ["sa-east-1"])]
        let changes = TopologyMerge.changes(from: project.topology, to: TopologyDraft.propose(for: project))
        // Only regions without a failover rule get one; model, ID, trust domain and eu-west-1's rule stay.
        #expect(changes.map(\.summary) == [
            "fail over from us-east-1 to ap-southeast-2, sa-east-1, eu-west-1",
            "fail over from ap-southeast-2 to sa-east-1, eu-west-1, us-east-1",
            "fail over from sa-east-1 to eu-west-1, us-east-1, ap-southeast-2",
        ])
    }

    @Test func newRegionProposesClusterGatewayAndFailover() {
        var project = Self.draftedProject()
        project.requirements.regions.append("ca-central-1")
        let changes = TopologyMerge.changes(from: project.topology, to: TopologyDraft.propose(for: project))
        #expect(changes.map(\.summary) == [
            "add cluster prod-ca-central-1 (workload, prod, ca-central-1)",
            "add an east-west gateway on net-ca-central-1",
            "fail over from ca-central-1 to eu-west-1, us-east-1, ap-southeast-2, sa-east-1",
        ])
        var merged = project
        merged.topology = project.topology.applying(changes)
        #expect(TopologyRules.findings(for: merged).allSatisfy { $0.severity != .error })
    }

    @Test func turningTheMeshOnProposesModelAndJoins() {
        var project = Draft.drafted(Draft.project(environments: ["dev", "prod"], regions: ["eu-west-1"], mesh: false))
        project.topology.clusters[2].name = "live"
        project.profiles[0].mesh.enabled = true
        let changes = TopologyMerge.changes(from: project.topology, to: TopologyDraft.propose(for: project))
        // Production joins the mesh; dev stays out (no shared trust domain with production).
        #expect(changes == [
            .setMeshModel(.multiPrimary),
            .setTrustDomain("shop.example.com"),
            .setMeshID("shop"),
            .joinMesh(cluster: "live", role: .primary, primary: nil),
        ])
        var merged = project
        merged.topology = project.topology.applying(changes)
        #expect(TopologyRules.findings(for: merged).filter { $0.code != "FP320" }.isEmpty)
    }

    @Test func addedClusterWithATakenNameIsRenamed() {
        var project = Draft.drafted(Draft.project(environments: ["dev", "prod"], regions: ["eu-west-1"], mesh: false))
        project.topology.clusters[1].environment = "qa"
        let changes = TopologyMerge.changes(from: project.topology, to: TopologyDraft.propose(for: project))
        #expect(changes.map(\.summary) == ["add cluster dev-2 (workload, dev, eu-west-1)"])
    }

    @Test func applyingNeverOverwrites() {
        let project = Self.draftedProject()
        var cluster = project.topology.clusters.first { $0.meshRole != nil }!
        cluster.region = "elsewhere"
        let topology = project.topology.applying([
            .addCluster(cluster),
            .joinMesh(cluster: cluster.name, role: .remote, primary: "x"),
            .joinMesh(cluster: "missing", role: .primary, primary: nil),
            .addEastWestGateway("net-eu-west-1"),
            .addFailover(FailoverRule(from: "eu-west-1", to: [])),
        ])
        #expect(topology == project.topology)
    }
}
