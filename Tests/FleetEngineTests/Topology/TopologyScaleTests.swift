import FleetModel
import Testing
@testable import FleetEngine

/// A 500-cluster fleet validates and draws well inside the time a keystroke allows.
@Suite struct TopologyScaleTests {
    /// Ten regions of fifty clusters: a primary per region, forty-nine remotes following
    /// it, a network and a gateway per region, and failover between all regions.
    static func largeProject() -> Project {
        var project = ProjectTemplate.multiRegion.project(named: "fleet")
        // On GKE: an EKS primary cannot serve remotes (FP322).
        project.profiles[0].provider = .gcp
        let regions = (0..<10).map { "region-\($0)" }
        project.requirements.regions = regions
        // One environment: a production mesh shares its trust domain with nothing else (FP321).
        project.requirements.environments = ["prod"]
        project.requirements.expectedNodes = 500 * 150   // each cluster runs the profile's 1,800 pods on 150 nodes
        var clusters = [Cluster(name: "mgmt", role: .management, environment: "shared", region: regions[0],
                                profile: "general", network: "net-0")]
        for (number, region) in regions.enumerated() {
            let primary = "prod-\(number)-0"
            for index in 0..<50 where !(number == 0 && index == 49) {
                // Contexts and gateway addresses known, so the runbook needs no placeholder (FP320).
                clusters.append(Cluster(name: "prod-\(number)-\(index)", environment: "prod", region: region,
                                        profile: "general", network: "net-\(number)",
                                        meshRole: index == 0 ? .primary : .remote, primary: index == 0 ? nil : primary,
                                        kubeContext: "ctx-\(number)-\(index)", eastWestAddress: index == 0 ? "10.\(number).0.10" : nil))
            }
        }
        project.topology = Topology(
            mesh: MeshSettings(model: .primaryRemote, meshID: "fleet", trustDomain: "fleet.example.com",
                               eastWestGateways: (0..<10).map { "net-\($0)" },
                               failover: regions.map { region in FailoverRule(from: region, to: regions.filter { $0 != region }) }),
            clusters: clusters
        )
        return project
    }

    @Test func fiveHundredClustersValidateAndDrawQuickly() {
        let project = Self.largeProject()
        #expect(project.topology.clusters.count == 500)
        let clock = ContinuousClock()
        var findings: [Finding] = []
        var lines: [String] = []
        var mermaid = ""
        var dot = ""
        var json = ""
        let elapsed = clock.measure {
            findings = Lint.findings(for: project)
            lines = TopologyDiagram(width: 160).lines(for: project)
            mermaid = TopologyMermaid.render(project)
            dot = TopologyDOT.render(project)
            json = TopologyJSON.render(project, findings: findings)
        }
        print("500 clusters: lint, text diagram, Mermaid, DOT and JSON took \(elapsed)")
        #expect(findings.isEmpty, "\(findings.prefix(3).map(\.message))")
        #expect(lines.count > 500 && !mermaid.isEmpty && !dot.isEmpty && !json.isEmpty)
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }

    @Test func fiveHundredPrimariesDrawInLinearTime() {
        var project = Self.largeProject()
        project.topology.mesh.model = .multiPrimary
        project.topology.clusters = project.topology.clusters.map { cluster in
            var primary = cluster
            if primary.meshRole != nil {
                primary.meshRole = .primary
                primary.primary = nil
            }
            return primary
        }
        let clock = ContinuousClock()
        var lines: [String] = []
        let elapsed = clock.measure { lines = TopologyDiagram(width: 160).lines(for: project) }
        print("500 primaries (124,251 peer links): text diagram took \(elapsed)")
        #expect(lines.contains("Links:"))
        #expect(lines.count < 4_000)
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }
}
