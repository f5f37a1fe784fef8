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

    /// The topology findings of `project` with `code`.
    static func findings(_ project: Project, _ code: String) -> [Finding] {
        TopologyRules.findings(for: project).filter { $0.code == code }
    }

    /// The position of the cluster named `name`.
    static func position(_ project: Project, _ name: String) -> Int {
        project.topology.clusters.firstIndex { $0.name == name }!
    }
}
