/// The project's address pools: where the ranges of clusters that do not pin their own
/// come from (`spec.topology.addressPlan`).
///
/// Each network gets the whole of every pool: clusters on one network never share an
/// address, clusters on different networks may (Istio's multi-network model routes
/// between them through east-west gateways). See `docs/topology.md`.
public struct AddressPlan: Sendable, Equatable {
    /// Node (machine) addresses: the VPC or data-centre subnet of each cluster.
    public var nodePool: String
    /// Pod addresses: each cluster's cluster CIDR (`podSubnet`).
    public var podPool: String
    /// Service ClusterIPs: each cluster's `serviceSubnet`.
    public var servicePool: String
    /// Room to grow above the planned nodes when a range is sized, in percent.
    public var growthPercent: Int

    public static let defaultNodePool = "10.0.0.0/10"
    public static let defaultPodPool = "10.128.0.0/9"
    public static let defaultServicePool = "10.96.0.0/11"
    public static let defaultGrowthPercent = 100

    public init(
        nodePool: String = AddressPlan.defaultNodePool,
        podPool: String = AddressPlan.defaultPodPool,
        servicePool: String = AddressPlan.defaultServicePool,
        growthPercent: Int = AddressPlan.defaultGrowthPercent
    ) {
        self.nodePool = nodePool
        self.podPool = podPool
        self.servicePool = servicePool
        self.growthPercent = growthPercent
    }

    /// True when every field has its default (the file then leaves `addressPlan` out).
    public var isDefault: Bool { self == AddressPlan() }
}

/// The kinds of range a cluster has.
public enum AddressKind: String, Sendable, CaseIterable, Comparable {
    case node, pod, service

    /// The cluster's field that pins this range (`nodeCIDR`, `podCIDR`, `serviceCIDR`).
    public var clusterField: String { rawValue + "CIDR" }

    /// The address plan's pool field (`nodePool`, `podPool`, `servicePool`).
    public var poolField: String { rawValue + "Pool" }

    public static func < (lhs: AddressKind, rhs: AddressKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A cluster's own workload, when it differs from its profile's (`clusters[].workload`).
///
/// `pods` replaces the profile's pod count; `percent` then scales it (a dev cluster at a
/// tenth of production: `{percent: 10}`). Pod sizes, DaemonSets and the mesh load stay the
/// profile's: a cluster whose pods differ in size wants a profile of its own.
public struct ClusterWorkload: Sendable, Equatable {
    /// Application pods in this cluster; `nil` takes the profile's.
    public var pods: Int?
    /// Percent of those pods this cluster runs (1–1000); `nil` is 100.
    public var percent: Int?

    public init(pods: Int? = nil, percent: Int? = nil) {
        self.pods = pods
        self.percent = percent
    }

    /// True when neither field is set.
    public var isEmpty: Bool { pods == nil && percent == nil }

    /// The pods a cluster runs when its profile runs `profilePods`: ⌈pods × percent ÷ 100⌉.
    public func pods(profilePods: Int) -> Int {
        let base = max(0, pods ?? profilePods)
        let percent = max(0, self.percent ?? 100)
        let (product, overflow) = base.multipliedReportingOverflow(by: percent)
        if overflow { return Int.max / 100 }
        return (product + 99) / 100
    }
}
