/// The multi-cluster design: the clusters and the service mesh that joins them.
public struct Topology: Sendable, Equatable {
    public var mesh: MeshSettings
    public var clusters: [Cluster]

    public init(mesh: MeshSettings = MeshSettings(), clusters: [Cluster] = []) {
        self.mesh = mesh
        self.clusters = clusters
    }

    /// The cluster with the given name, if any.
    public func cluster(named name: String) -> Cluster? {
        clusters.first { $0.name == name }
    }
}

/// How the clusters form one Istio mesh.
public struct MeshSettings: Sendable, Equatable {
    public var model: MeshModel
    /// Istio's `meshID`, shared by every cluster of the mesh.
    public var meshID: String
    /// The SPIFFE trust domain shared by every cluster of the mesh.
    public var trustDomain: String
    /// Networks that run an east-west gateway.
    public var eastWestGateways: [String]
    /// Locality failover: region → ordered fallback regions.
    public var failover: [FailoverRule]

    public init(
        model: MeshModel = .none,
        meshID: String = "",
        trustDomain: String = "cluster.local",
        eastWestGateways: [String] = [],
        failover: [FailoverRule] = []
    ) {
        self.model = model
        self.meshID = meshID
        self.trustDomain = trustDomain
        self.eastWestGateways = eastWestGateways
        self.failover = failover
    }
}

/// Istio's multi-cluster deployment models.
public enum MeshModel: String, Sendable, CaseIterable {
    case none
    case primaryRemote = "primary-remote"
    case multiPrimary = "multi-primary"
}

/// Where traffic for a region goes when its endpoints are unhealthy.
public struct FailoverRule: Sendable, Equatable {
    public var from: String
    public var to: [String]

    public init(from: String, to: [String]) {
        self.from = from
        self.to = to
    }
}

/// One Kubernetes cluster of the design.
public struct Cluster: Sendable, Equatable, Identifiable {
    public var name: String
    public var description: String
    public var role: ClusterRole
    public var environment: String
    public var region: String
    /// Zones the cluster's nodes span; `nil` takes `requirements.zonesPerRegion`.
    public var zones: Int?
    public var profile: String
    public var network: String
    /// The cluster's place in the mesh; `nil` when it does not join the mesh.
    public var meshRole: MeshRole?
    /// For a `remote`, the primary whose control plane it follows.
    public var primary: String?

    public var id: String { name }

    public init(
        name: String,
        description: String = "",
        role: ClusterRole = .workload,
        environment: String,
        region: String,
        zones: Int? = nil,
        profile: String,
        network: String,
        meshRole: MeshRole? = nil,
        primary: String? = nil
    ) {
        self.name = name
        self.description = description
        self.role = role
        self.environment = environment
        self.region = region
        self.zones = zones
        self.profile = profile
        self.network = network
        self.meshRole = meshRole
        self.primary = primary
    }
}

/// What a cluster is for.
public enum ClusterRole: String, Sendable, CaseIterable {
    case workload, management
}

/// A cluster's role in an Istio multi-cluster mesh.
public enum MeshRole: String, Sendable, CaseIterable {
    case primary, remote
}
