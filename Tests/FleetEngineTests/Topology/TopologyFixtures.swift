import FleetModel
@testable import FleetEngine

/// Projects the topology tests start from; each validates without topology findings.
enum TopologyFixtures {
    /// Production in two regions joined by a multi-primary, multi-network mesh.
    static func multiRegion() -> Project {
        ProjectTemplate.multiRegion.project(named: "payments")
    }

    /// One region, a production primary and a dev remote on the same network.
    static func primaryRemote() -> Project {
        var project = ProjectTemplate.minimal.project(named: "shop")
        project.requirements.mtlsRequired = true
        project.profiles[0].mesh.enabled = true
        // On GKE: an EKS primary cannot serve remotes (FP322).
        project.profiles[0].provider = .gcp
        project.topology = Topology(
            mesh: MeshSettings(model: .primaryRemote, meshID: "shop", trustDomain: "shop.example.com"),
            clusters: [
                Cluster(name: "mgmt", role: .management, environment: "shared", region: "eu-west-1",
                        profile: "general", network: "net-eu-west-1"),
                Cluster(name: "dev", environment: "dev", region: "eu-west-1", profile: "general",
                        network: "net-eu-west-1", meshRole: .remote, primary: "prod"),
                Cluster(name: "prod", environment: "prod", region: "eu-west-1", profile: "general",
                        network: "net-eu-west-1", meshRole: .primary),
            ]
        )
        return project
    }

    /// Three regions: the multi-region template plus an Asia-Pacific region whose remote has
    /// a long name, so narrow diagrams must wrap regions and cut text.
    static func diagramProject() -> Project {
        var project = multiRegion()
        project.requirements.regions.append("ap-southeast-2")
        project.topology.mesh.eastWestGateways.append("net-ap")
        project.topology.mesh.failover.append(FailoverRule(from: "ap-southeast-2", to: ["us-east-1", "eu-west-1"]))
        project.topology.clusters += [
            Cluster(name: "prod-ap", environment: "prod", region: "ap-southeast-2", profile: "general",
                    network: "net-ap", meshRole: .primary),
            Cluster(name: "batch-analytics-reporting-and-forecasting-ap-southeast-2", environment: "prod", region: "ap-southeast-2",
                    zones: 1, profile: "general", network: "net-ap", meshRole: .remote, primary: "prod-ap"),
        ]
        return project
    }

    /// The topology findings of `project` with `code`.
    static func findings(_ project: Project, _ code: String) -> [Finding] {
        TopologyRules.findings(for: project).filter { $0.code == code }
    }

    /// The position of the cluster named `name`.
    static func position(_ project: Project, _ name: String) -> Int {
        project.topology.clusters.firstIndex { $0.name == name }!
    }
}
