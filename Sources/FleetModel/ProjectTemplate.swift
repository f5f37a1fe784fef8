/// Starting points for a new project (`fleetplan new --template`).
///
/// Both templates validate clean. `minimal` is one region, two environments, a cluster per
/// environment and a management cluster; `multiRegion` mirrors the canonical payments example with
/// production in two regions joined by a multi-primary mesh.
public enum ProjectTemplate: String, Sendable, CaseIterable {
    case minimal
    case multiRegion = "multi-region"

    /// The template's project, named `name` (already a DNS-1123 label).
    public func project(named name: String) -> Project {
        switch self {
        case .minimal: Self.minimal(name)
        case .multiRegion: Self.multiRegion(name)
        }
    }

    private static func minimal(_ name: String) -> Project {
        let profile = ClusterProfile(
            name: "general",
            description: "General-purpose nodes",
            workload: WorkloadMix(pods: 200)
        )
        return Project(
            metadata: Metadata(name: name, description: "A single-region container platform"),
            kubernetesVersion: KubernetesVersion(minor: 34),
            requirements: Requirements(
                environments: ["dev", "prod"], regions: ["eu-west-1"], zonesPerRegion: 3,
                teamExperience: .medium, workloads: [.stateless], expectedNodes: 18, expectedServices: 30
            ),
            profiles: [profile],
            topology: Topology(
                mesh: MeshSettings(model: .none),
                clusters: [
                    Cluster(name: "dev", environment: "dev", region: "eu-west-1", profile: "general", network: "net-eu-west-1",
                            workload: ClusterWorkload(percent: 25)),
                    Cluster(name: "prod", environment: "prod", region: "eu-west-1", profile: "general", network: "net-eu-west-1"),
                    Cluster(name: "mgmt", role: .management, environment: "shared", region: "eu-west-1", profile: "general",
                            network: "net-eu-west-1", workload: ClusterWorkload(pods: 30)),
                ]
            )
        )
    }

    private static func multiRegion(_ name: String) -> Project {
        let profile = ClusterProfile(
            name: "general",
            description: "General-purpose nodes",
            workload: WorkloadMix(pods: 1800),
            mesh: MeshLoad(enabled: true, maxConcurrentConnections: 4000)
        )
        func cluster(_ name: String, _ role: ClusterRole, _ environment: String, _ region: String, mesh: MeshRole?,
                     workload: ClusterWorkload? = nil) -> Cluster {
            Cluster(name: name, role: role, environment: environment, region: region, profile: "general",
                    network: region.hasPrefix("eu") ? "net-eu" : "net-us", meshRole: mesh, workload: workload)
        }
        return Project(
            metadata: Metadata(name: name, description: "A multi-region container platform with a service mesh"),
            kubernetesVersion: KubernetesVersion(minor: 34),
            requirements: Requirements(
                environments: ["dev", "staging", "prod"], regions: ["eu-west-1", "us-east-1"], zonesPerRegion: 3,
                teamExperience: .medium, workloads: [.stateless, .stateful], mtlsRequired: true,
                expectedNodes: 360, expectedServices: 300
            ),
            profiles: [profile],
            matrix: Matrix(),
            topology: Topology(
                mesh: MeshSettings(
                    model: .multiPrimary, meshID: name, trustDomain: "\(name).example.com",
                    eastWestGateways: ["net-eu", "net-us"],
                    failover: [FailoverRule(from: "eu-west-1", to: ["us-east-1"]), FailoverRule(from: "us-east-1", to: ["eu-west-1"])]
                ),
                clusters: [
                    cluster("mgmt", .management, "shared", "eu-west-1", mesh: nil, workload: ClusterWorkload(pods: 60)),
                    // Non-production stays out of the production mesh (FP321): each gets a mesh of its own.
                    cluster("dev-eu", .workload, "dev", "eu-west-1", mesh: nil, workload: ClusterWorkload(percent: 10)),
                    cluster("staging-eu", .workload, "staging", "eu-west-1", mesh: nil, workload: ClusterWorkload(percent: 25)),
                    cluster("prod-eu", .workload, "prod", "eu-west-1", mesh: .primary),
                    cluster("prod-us", .workload, "prod", "us-east-1", mesh: .primary),
                ]
            )
        )
    }
}
