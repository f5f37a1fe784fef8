import FleetModel

/// Everything planned for one cluster: where it runs, its workload and nodes, the tuned
/// control-plane, kubelet and Istio settings for its own size, and its address ranges.
///
/// The exported files of a cluster, its entry in `plan --format json` (`clusters[]`) and
/// the Topology pane all read this, so they agree.
public struct ClusterPlan: Sendable, Equatable {
    /// Size, workload and zones.
    public var sizing: ClusterSizing
    /// Node, pod and service ranges.
    public var ranges: AddressAllocation.ClusterRanges
    /// The tuned settings and capacity of this cluster (its profile, planned with this
    /// cluster's pods, zones and istiod load).
    public var tuning: ProfilePlan

    /// Plans one sized cluster.
    public init(sizing: ClusterSizing, ranges: AddressAllocation.ClusterRanges, project: Project) {
        self.sizing = sizing
        self.ranges = ranges
        tuning = Planner.plan(profile: sizing.profile, in: project, zones: sizing.zones,
                              sidecars: sizing.runsMesh ? sizing.sidecarsServed : nil)
    }

    public var cluster: Cluster { sizing.cluster }
    public var name: String { sizing.cluster.name }
    public var capacity: CapacityPlan { tuning.capacity }
    /// The worker nodes the cluster is built with (see ``ClusterSizing/plannedNodes``).
    public var plannedNodes: Int { sizing.plannedNodes }

    /// The range of a kind; `nil` when none could be given (a finding says why).
    public func range(_ kind: AddressKind) -> IPv4Range? { ranges[kind]?.range }
}
