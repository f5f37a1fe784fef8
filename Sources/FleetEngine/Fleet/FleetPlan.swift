import FleetModel

/// The whole fleet planned cluster by cluster: each cluster's size and ranges, and the
/// totals by environment, by region and overall.
///
/// ```swift
/// let fleet = FleetPlan(project)
/// fleet.total.nodes                     // worker nodes across every cluster
/// fleet.byEnvironment["prod"]?.nodes
/// fleet.allocation.ranges(of: "prod-eu")?[.pod]?.range   // 10.128.0.0/15
/// ```
///
/// The full tuned configuration of one cluster comes from ``clusterPlan(named:in:)``,
/// which is heavier and computed only where it is shown or exported.
public struct FleetPlan: Sendable, Equatable {
    /// One cluster per sized cluster (its profile exists), in topology order.
    public var sizings: [ClusterSizing]
    /// Every cluster's ranges.
    public var allocation: AddressAllocation
    /// Totals per environment, in the order environments first appear.
    public var byEnvironment: [(key: String, value: FleetTotals)]
    /// Totals per region, in the order regions first appear.
    public var byRegion: [(key: String, value: FleetTotals)]
    /// Totals over every cluster.
    public var total: FleetTotals

    /// Sizes and allocates every cluster of `project`.
    ///
    /// - Complexity: O(*n*²/*w*) for *n* clusters on *w* networks (the allocation); the
    ///   sizing and the totals are O(*n*).
    public init(_ project: Project) {
        sizings = ClusterSizing.all(for: project)
        allocation = AddressAllocation(project: project, sizings: sizings)
        var environments: [(key: String, value: FleetTotals)] = []
        var regions: [(key: String, value: FleetTotals)] = []
        var environmentIndex: [String: Int] = [:]
        var regionIndex: [String: Int] = [:]
        var total = FleetTotals()
        for sizing in sizings {
            let totals = FleetTotals(sizing)
            total.add(totals)
            if let position = environmentIndex[sizing.cluster.environment] {
                environments[position].value.add(totals)
            } else {
                environmentIndex[sizing.cluster.environment] = environments.count
                environments.append((sizing.cluster.environment, totals))
            }
            if let position = regionIndex[sizing.cluster.region] {
                regions[position].value.add(totals)
            } else {
                regionIndex[sizing.cluster.region] = regions.count
                regions.append((sizing.cluster.region, totals))
            }
        }
        byEnvironment = environments
        byRegion = regions
        self.total = total
    }

    /// The sizing of the cluster at `position` of `spec.topology.clusters`, if it is sized.
    ///
    /// - Complexity: O(log *n*) (sizings are in topology order).
    public func sizing(at position: Int) -> ClusterSizing? {
        var low = 0
        var high = sizings.count
        while low < high {
            let middle = (low + high) / 2
            if sizings[middle].index < position { low = middle + 1 } else { high = middle }
        }
        return low < sizings.count && sizings[low].index == position ? sizings[low] : nil
    }

    /// The sizing of the cluster named `name`.
    public func sizing(of name: String) -> ClusterSizing? { sizings.first { $0.cluster.name == name } }

    /// The totals of an environment.
    public func totals(environment: String) -> FleetTotals? { byEnvironment.first { $0.key == environment }?.value }

    /// The totals of a region.
    public func totals(region: String) -> FleetTotals? { byRegion.first { $0.key == region }?.value }

    /// The full plan of one cluster: tuned settings for its own nodes and istiod load, and its ranges.
    public func clusterPlan(named name: String, in project: Project) -> ClusterPlan? {
        guard let sizing = sizing(of: name), let ranges = allocation.ranges(of: name) else { return nil }
        return ClusterPlan(sizing: sizing, ranges: ranges, project: project)
    }

    /// The full plan of every sized cluster, in topology order.
    public func clusterPlans(in project: Project) -> [ClusterPlan] {
        zip(sizings, allocation.clusters).map { ClusterPlan(sizing: $0, ranges: $1, project: project) }
    }

    public static func == (lhs: FleetPlan, rhs: FleetPlan) -> Bool {
        lhs.sizings == rhs.sizings && lhs.allocation == rhs.allocation && lhs.total == rhs.total
    }
}

/// Clusters, nodes, vCPU, memory and pods added up over some clusters.
public struct FleetTotals: Sendable, Equatable {
    public var clusters = 0
    /// Worker nodes as planned (zone-loss survival; node loss with one zone).
    public var nodes = 0
    /// Worker nodes the workload needs before any loss.
    public var nodesRequired = 0
    /// Control-plane machines (etcd members, stacked with the API server).
    public var controlPlaneNodes = 0
    /// vCPU of the planned worker nodes.
    public var vcpu = 0
    /// Memory of the planned worker nodes, in GiB.
    public var memoryGiB = 0
    /// Application pods.
    public var pods = 0

    public init() {}

    /// One cluster's contribution.
    public init(_ sizing: ClusterSizing) {
        clusters = 1
        nodes = sizing.plannedNodes
        nodesRequired = sizing.capacity.nodesRequired ?? 0
        controlPlaneNodes = sizing.capacity.controlPlane.etcdMembers
        vcpu = nodes.saturatingMultiply(sizing.profile.node.vcpu)
        memoryGiB = nodes.saturatingMultiply(sizing.profile.node.memoryGiB)
        pods = sizing.pods
    }

    /// Adds `other` (saturating instead of overflowing).
    public mutating func add(_ other: FleetTotals) {
        clusters = clusters.saturatingAdd(other.clusters)
        nodes = nodes.saturatingAdd(other.nodes)
        nodesRequired = nodesRequired.saturatingAdd(other.nodesRequired)
        controlPlaneNodes = controlPlaneNodes.saturatingAdd(other.controlPlaneNodes)
        vcpu = vcpu.saturatingAdd(other.vcpu)
        memoryGiB = memoryGiB.saturatingAdd(other.memoryGiB)
        pods = pods.saturatingAdd(other.pods)
    }
}
