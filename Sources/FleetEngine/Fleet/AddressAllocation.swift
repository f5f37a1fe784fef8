import FleetModel

/// The node, pod and service ranges of every cluster: the ones the user pinned, and the
/// others allocated from the project's pools (`spec.topology.addressPlan`).
///
/// Allocation is deterministic and stable where it can be:
/// - every network gets the whole of each pool; on one network no two ranges share an
///   address, whatever their kind or cluster;
/// - pinned ranges are reserved first; then each cluster without a pin, in file order,
///   takes the lowest free block of its size (node, pod, then service);
/// - so appending a cluster, renaming one or changing another network never moves a
///   range; removing or inserting a cluster moves only unpinned clusters after it on its
///   network. The workbench pins what would move (docs/topology.md).
///
/// Sizes (see ``prefix(for:of:plan:)``): pods hold the planned nodes plus
/// `growthPercent` × the per-node block of `podCIDRMaskSize`; nodes hold the planned
/// workers and control-plane machines plus growth and 16 spare, at least a /24;
/// services hold the cluster's share of `requirements.expectedServices` plus growth and 16
/// system services, at least a /24 and at most a /12 (kube-apiserver's limit).
///
/// - Complexity: O(*n*²/*w*) for *n* clusters on *w* networks (first fit over the sorted
///   occupied blocks of a network).
public struct AddressAllocation: Sendable, Equatable {
    /// One range of a cluster.
    public struct Assignment: Sendable, Equatable {
        /// The block; `nil` when the pin is invalid and the pool had no room either.
        public var range: IPv4Range?
        /// True when the user pinned this range in the project file.
        public var pinned: Bool
        /// The prefix length the plan asks for (the allocated size).
        public var plannedPrefix: Int
    }

    /// The ranges of one cluster, by kind.
    public struct ClusterRanges: Sendable, Equatable {
        public var cluster: String
        public var network: String
        public var index: Int
        public var ranges: [AddressKind: Assignment]

        public subscript(kind: AddressKind) -> Assignment? { ranges[kind] }
    }

    /// Ranges per sized cluster, in topology order.
    public var clusters: [ClusterRanges]
    /// Clusters of one network that could not get a range because a pool was full.
    public struct Exhaustion: Sendable, Equatable {
        public var kind: AddressKind
        public var network: String
        public var clusters: [String]
    }
    /// Every full pool, by kind and network.
    public var exhausted: [Exhaustion] = []

    /// Allocates the ranges of `sizings` (from ``ClusterSizing/all(for:)``).
    public init(project: Project, sizings: [ClusterSizing]) {
        let plan = project.topology.addressPlan
        var pools: [AddressKind: IPv4Range] = [:]
        for kind in AddressKind.allCases {
            if let pool = IPv4Range(Self.poolText(kind, plan)) { pools[kind] = pool }
        }
        let services = Self.serviceShares(project: project, sizings: sizings)
        var occupied: [String: [IPv4Range]] = [:]
        var result = sizings.map { sizing in
            ClusterRanges(cluster: sizing.cluster.name, network: sizing.cluster.network, index: sizing.index, ranges: [:])
        }
        // Pins first: they are reserved on their network whatever the order.
        for (position, sizing) in sizings.enumerated() {
            for kind in AddressKind.allCases {
                let prefix = Self.prefix(for: kind, of: sizing, plan: plan, services: services[position])
                guard let text = sizing.cluster.pinned(kind), let range = IPv4Range(text), range.isPrivate else { continue }
                result[position].ranges[kind] = Assignment(range: range, pinned: true, plannedPrefix: prefix)
                Self.insert(range, into: &occupied[sizing.cluster.network, default: []])
            }
        }
        var exhausted: [String: Exhaustion] = [:]
        for (position, sizing) in sizings.enumerated() {
            for kind in AddressKind.allCases where result[position].ranges[kind] == nil {
                let prefix = Self.prefix(for: kind, of: sizing, plan: plan, services: services[position])
                let network = sizing.cluster.network
                var range: IPv4Range?
                if let pool = pools[kind] {
                    range = Self.firstFit(prefix: prefix, in: pool, avoiding: occupied[network] ?? [])
                }
                if let range {
                    Self.insert(range, into: &occupied[network, default: []])
                } else if pools[kind] != nil {
                    exhausted["\(kind.rawValue) \(network)", default: Exhaustion(kind: kind, network: network, clusters: [])]
                        .clusters.append(sizing.cluster.name)
                }
                result[position].ranges[kind] = Assignment(range: range, pinned: sizing.cluster.pinned(kind) != nil,
                                                           plannedPrefix: prefix)
            }
        }
        clusters = result
        self.exhausted = exhausted.values.sorted { ($0.kind, $0.network) < ($1.kind, $1.network) }
    }

    /// What the allocation of each cluster depends on, in order: its name, network, pins
    /// and the prefix it asks for per kind. Two projects with equal requests (and equal
    /// pools) get equal allocations.
    static func requests(project: Project, sizings: [ClusterSizing]) -> [String] {
        let plan = project.topology.addressPlan
        let services = serviceShares(project: project, sizings: sizings)
        return zip(sizings, services).map { sizing, services in
            let cluster = sizing.cluster
            let kinds = AddressKind.allCases.map { kind in
                "\(cluster.pinned(kind) ?? "-")/\(prefix(for: kind, of: sizing, plan: plan, services: services))"
            }
            return ([cluster.name, cluster.network] + kinds).joined(separator: " ")
        }
    }

    /// The ranges of the cluster named `name`.
    public func ranges(of name: String) -> ClusterRanges? { clusters.first { $0.cluster == name } }

    static func poolText(_ kind: AddressKind, _ plan: AddressPlan) -> String {
        switch kind {
        case .node: plan.nodePool
        case .pod: plan.podPool
        case .service: plan.servicePool
        }
    }

    /// The prefix length a cluster's range of `kind` is allocated with.
    static func prefix(for kind: AddressKind, of sizing: ClusterSizing, plan: AddressPlan, services: Int) -> Int {
        let growth = UInt64(max(0, plan.growthPercent))
        func grown(_ count: Int) -> UInt64 { (UInt64(max(0, count)) * (100 + growth) + 99) / 100 }
        switch kind {
        case .node:
            let machines = sizing.plannedNodes.addingSaturated(sizing.capacity.controlPlane.etcdMembers)
            return min(24, IPv4Range.prefix(holding: grown(machines) + 16))
        case .pod:
            let blockBits = UInt64(32 - max(0, min(32, sizing.profile.podCIDRMaskSize)))
            let blocks = max(1, grown(max(1, sizing.plannedNodes)))
            let addresses = blocks > (UInt64(1) << 32) >> blockBits ? UInt64(1) << 32 : blocks << blockBits
            return IPv4Range.prefix(holding: addresses)
        case .service:
            return max(12, min(24, IPv4Range.prefix(holding: grown(services) + 16)))
        }
    }

    /// Each sized cluster's share of `requirements.expectedServices`: every environment
    /// runs the whole service catalogue, split over its clusters by their pods.
    static func serviceShares(project: Project, sizings: [ClusterSizing]) -> [Int] {
        var podsByEnvironment: [String: Int] = [:]
        var clustersByEnvironment: [String: Int] = [:]
        for sizing in sizings {
            podsByEnvironment[sizing.cluster.environment, default: 0] =
                podsByEnvironment[sizing.cluster.environment, default: 0].addingSaturated(sizing.pods)
            clustersByEnvironment[sizing.cluster.environment, default: 0] += 1
        }
        let expected = UInt64(max(0, project.requirements.expectedServices))
        return sizings.map { sizing in
            let total = UInt64(podsByEnvironment[sizing.cluster.environment] ?? 0)
            if total == 0 {
                let count = UInt64(max(1, clustersByEnvironment[sizing.cluster.environment] ?? 1))
                return Int((expected + count - 1) / count)
            }
            let share = (expected * UInt64(sizing.pods) + total - 1) / total
            return Int(min(share, UInt64(Int.max)))
        }
    }

    /// The lowest block of `prefix` inside `pool` that overlaps none of `occupied` (sorted).
    static func firstFit(prefix: Int, in pool: IPv4Range, avoiding occupied: [IPv4Range]) -> IPv4Range? {
        guard prefix >= pool.prefix else { return nil }
        let size = UInt64(1) << UInt64(32 - prefix)
        var candidate = UInt64(pool.base)
        let end = UInt64(pool.last)
        for block in occupied where UInt64(block.last) >= candidate {
            if candidate + size - 1 < UInt64(block.base) { break }
            // Step past the block, aligned to the size asked for.
            candidate = (UInt64(block.last) + 1 + size - 1) / size * size
            if candidate > end { return nil }
        }
        guard candidate + size - 1 <= end else { return nil }
        return IPv4Range(base: UInt32(candidate), prefix: prefix)
    }

    static func insert(_ range: IPv4Range, into sorted: inout [IPv4Range]) {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < range { low = middle + 1 } else { high = middle }
        }
        sorted.insert(range, at: low)
    }
}
