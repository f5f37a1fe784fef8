/// The multi-cluster design: the clusters and the service mesh that joins them.
public struct Topology: Sendable, Equatable {
    public var mesh: MeshSettings
    /// The pools unpinned cluster ranges are allocated from.
    public var addressPlan: AddressPlan
    public var clusters: [Cluster]
    /// How the management cluster delivers every cluster's configuration.
    public var gitops: GitOpsSettings

    public init(mesh: MeshSettings = MeshSettings(), addressPlan: AddressPlan = AddressPlan(), clusters: [Cluster] = [],
                gitops: GitOpsSettings = GitOpsSettings()) {
        self.mesh = mesh
        self.addressPlan = addressPlan
        self.clusters = clusters
        self.gitops = gitops
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
    /// How the mesh's networks reach each other: over the internet (east-west gateways on
    /// public load balancers, the Istio guides' default) or over private links (peering,
    /// VPN, interconnect; gateways on the provider's internal load balancers).
    public var networkConnectivity: NetworkConnectivity

    public init(
        model: MeshModel = .none,
        meshID: String = "",
        trustDomain: String = "cluster.local",
        eastWestGateways: [String] = [],
        failover: [FailoverRule] = [],
        networkConnectivity: NetworkConnectivity = .internet
    ) {
        self.model = model
        self.meshID = meshID
        self.trustDomain = trustDomain
        self.eastWestGateways = eastWestGateways
        self.networkConnectivity = networkConnectivity
        self.failover = failover
    }
}

/// Istio's multi-cluster deployment models.
/// GitOps delivery from the management cluster: the tool, and the Git repository and revision
/// the bundle is committed to (the bundle's `management/` manifests point there).
public struct GitOpsSettings: Sendable, Equatable {
    public var tool: GitOpsTool
    /// The repository URL the bundle lives in; empty until the team sets it (FP326).
    public var repository: String
    /// The branch or tag to deliver.
    public var revision: String
    /// The parent DNS zone: each region's clusters publish their services under
    /// `<region>.<dnsZone>` through ExternalDNS; empty until the team sets it (FP326).
    public var dnsZone: String
    /// True when the management cluster also creates the workload clusters through Cluster
    /// API (`management/cluster-api/`); false leaves creation to the provider files.
    public var clusterAPI: Bool

    public static let defaultRevision = "main"

    public init(tool: GitOpsTool = .argoCD, repository: String = "", revision: String = GitOpsSettings.defaultRevision,
                dnsZone: String = "", clusterAPI: Bool = false) {
        self.tool = tool
        self.repository = repository
        self.revision = revision
        self.dnsZone = dnsZone
        self.clusterAPI = clusterAPI
    }

    /// True when every field has its default.
    public var isDefault: Bool { self == GitOpsSettings() }
}

/// The GitOps controller on the management cluster.
public enum GitOpsTool: String, Sendable, CaseIterable {
    case argoCD = "argo-cd"
    case flux
}

/// How the networks of a mesh reach each other, which decides the east-west gateways' load balancers.
public enum NetworkConnectivity: String, Sendable, CaseIterable {
    /// Public load balancers reached over the internet (the Istio guides' default).
    case internet
    /// Privately connected networks: internal load balancers with the provider's annotations.
    case `private`
}

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
    /// The cluster's own workload; `nil` runs its profile's.
    public var workload: ClusterWorkload?
    /// Pinned node range; `nil` allocates one from `addressPlan.nodePool`.
    public var nodeCIDR: String?
    /// Pinned pod range (cluster CIDR); `nil` allocates one from `addressPlan.podPool`.
    public var podCIDR: String?
    /// Pinned service range; `nil` allocates one from `addressPlan.servicePool`.
    public var serviceCIDR: String?
    /// The kube context (kubeconfig context name) that reaches this cluster; the mesh
    /// runbook's `CTX_<NAME>` variable defaults to it. Unknown until the cluster exists.
    public var kubeContext: String?
    /// The address (IP or DNS name) of this cluster's east-west gateway load balancer, once
    /// known. A primary's is the `remotePilotAddress` of the remotes that follow it.
    public var eastWestAddress: String?

    public var id: String { name }

    /// The pinned range of a kind, if any.
    public func pinned(_ kind: AddressKind) -> String? {
        switch kind {
        case .node: nodeCIDR
        case .pod: podCIDR
        case .service: serviceCIDR
        }
    }

    /// Pins (or, with `nil`, unpins) the range of a kind.
    public mutating func pin(_ kind: AddressKind, _ range: String?) {
        switch kind {
        case .node: nodeCIDR = range
        case .pod: podCIDR = range
        case .service: serviceCIDR = range
        }
    }

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
        primary: String? = nil,
        workload: ClusterWorkload? = nil,
        nodeCIDR: String? = nil,
        podCIDR: String? = nil,
        serviceCIDR: String? = nil,
        kubeContext: String? = nil,
        eastWestAddress: String? = nil
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
        self.workload = workload
        self.nodeCIDR = nodeCIDR
        self.podCIDR = podCIDR
        self.serviceCIDR = serviceCIDR
        self.kubeContext = kubeContext
        self.eastWestAddress = eastWestAddress
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
