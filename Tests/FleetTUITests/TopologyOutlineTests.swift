import FleetEngine
import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// The tree's rows and where each finding is marked.
@Suite struct TopologyOutlineTests {
    @Test func emptyTopologyListsTheMeshAndTheRequiredRegions() {
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.topology = Topology()
        let outline = TopologyOutline(project: project, findings: [])
        #expect(outline.rows == [.mesh, .region("eu-west-1", required: true, clusters: 0),
                                 .region("us-east-1", required: true, clusters: 0)])
        #expect(outline.row(at: 3) == nil)
        #expect(outline.region(at: 2, in: project) == "us-east-1")
        #expect(outline.region(at: 0, in: project) == nil)
    }

    @Test func clustersFollowTheirRegionInFileOrderAndUnlistedRegionsComeLast() {
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.topology.clusters.insert(Cluster(name: "edge", environment: "dev", region: "ap-1", profile: "general",
                                                 network: "net-ap"), at: 0)
        let outline = TopologyOutline(project: project, findings: [])
        #expect(outline.rows == [.mesh, .region("eu-west-1", required: true, clusters: 4), .cluster(1), .cluster(2),
                                 .cluster(3), .cluster(4), .region("us-east-1", required: true, clusters: 1), .cluster(5),
                                 .region("ap-1", required: false, clusters: 1), .cluster(0)])
        #expect(outline.row(ofCluster: 0) == 9)
    }

    @Test func missingProfileIsMarkedOnItsCluster() {
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.topology.clusters[4].profile = "gpu"   // FP013
        var s = topologyState(project)
        #expect(s.topologyOutline.clusterFindings[4]?.map(\.code) == ["FP013"])
        press(&s, "G")
        let rows = render(s).buffer.rows
        #expect(rows[9].hasPrefix("│!   prod-us  workload prod primary"))
        #expect(rows.contains { $0.hasPrefix("│! FP013 cluster \"prod-us\" names profile \"gpu\", which does not exist") })
    }

    @Test func regionAndMeshFindingsAreMarkedOnTheirRows() {
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.topology.clusters.removeAll { $0.region == "us-east-1" || $0.role == .management }
        let findings = Lint.findings(for: project)
        let outline = TopologyOutline(project: project, findings: findings)
        #expect(outline.findings(for: .region("us-east-1", required: true, clusters: 0)).map(\.code).contains("FP313"))
        #expect(outline.meshFindings.map(\.code).contains("FP312"))
        #expect(outline.findings(for: .region("eu-west-1", required: true, clusters: 3)).isEmpty)
        let placed = outline.meshFindings.count + outline.regionFindings.values.map(\.count).reduce(0, +)
            + outline.clusterFindings.values.map(\.count).reduce(0, +)
        #expect(placed == findings.filter { $0.path.description.hasPrefix("spec.topology") || $0.path.description.hasPrefix("spec.requirements.regions") }.count)
    }
}
