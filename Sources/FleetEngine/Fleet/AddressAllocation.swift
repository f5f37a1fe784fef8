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
/// - Complexity: O(*n* log *n*) for *n* clusters in the usual case: each first fit starts
///   after the last block of its size and pool on its network and jumps over occupied
///   blocks by binary search (a fragmented pool can cost more jumps); inserting a block
///   into a network's sorted list moves O(*n*/*w*) entries for *w* networks.
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
        var occupied: [String: Occupancy] = [:]
        // Where the next first fit of a size may start: every aligned block of that size
        // below it was taken when the last one was placed, and stays taken.
        var nextStart: [StartKey: UInt64] = [:]
        let prefixes = zip(sizings, services).map { sizing, services in
            AddressKind.allCases.map { Self.prefix(for: $0, of: sizing, plan: plan, services: services) }
        }
        var result = sizings.map { sizing in
            ClusterRanges(cluster: sizing.cluster.name, network: sizing.cluster.network, index: sizing.index, ranges: [:])
        }
        // Pins first: they are reserved on their network whatever the order.
        for (position, sizing) in sizings.enumerated() {
            for (kindIndex, kind) in AddressKind.allCases.enumerated() {
                let prefix = prefixes[position][kindIndex]
                guard let text = sizing.cluster.pinned(kind), let range = IPv4Range(text), range.isPrivate else { continue }
                result[position].ranges[kind] = Assignment(range: range, pinned: true, plannedPrefix: prefix)
                occupied[sizing.cluster.network, default: Occupancy()].insert(range)
            }
        }
        var exhausted: [String: Exhaustion] = [:]
        for (position, sizing) in sizings.enumerated() {
            for (kindIndex, kind) in AddressKind.allCases.enumerated() where result[position].ranges[kind] == nil {
                let prefix = prefixes[position][kindIndex]
                let network = sizing.cluster.network
                var range: IPv4Range?
                let startKey = StartKey(network: network, kind: kind, prefix: prefix)
                if let pool = pools[kind] {
                    range = (occupied[network] ?? Occupancy()).firstFit(prefix: prefix, in: pool, from: nextStart[startKey] ?? 0)
                }
                if let range {
                    occupied[network, default: Occupancy()].insert(range)
                    nextStart[startKey] = UInt64(range.last) + 1
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
    public static func requests(project: Project, sizings: [ClusterSizing]) -> [String] {
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
        func grown(_ count: Int) -> UInt64 {
            UInt64(max(0, count)).saturatingMultiply(100 + growth).saturatingAdd(99) / 100
        }
        switch kind {
        case .node:
            let machines = sizing.plannedNodes.saturatingAdd(sizing.capacity.controlPlane.etcdMembers)
            return min(24, IPv4Range.prefix(holding: grown(machines).saturatingAdd(16)))
        case .pod:
            let blockBits = UInt64(32 - max(0, min(32, sizing.profile.podCIDRMaskSize)))
            let blocks = max(1, grown(max(1, sizing.plannedNodes)))
            let addresses = blocks > (UInt64(1) << 32) >> blockBits ? UInt64(1) << 32 : blocks << blockBits
            return IPv4Range.prefix(holding: addresses)
        case .service:
            return max(12, min(24, IPv4Range.prefix(holding: grown(services).saturatingAdd(16))))
        }
    }

    /// Each sized cluster's share of `requirements.expectedServices`: every environment
    /// runs the whole service catalogue, split over its clusters by their pods.
    static func serviceShares(project: Project, sizings: [ClusterSizing]) -> [Int] {
        var podsByEnvironment: [String: Int] = [:]
        var clustersByEnvironment: [String: Int] = [:]
        for sizing in sizings {
            podsByEnvironment[sizing.cluster.environment, default: 0] =
                podsByEnvironment[sizing.cluster.environment, default: 0].saturatingAdd(max(0, sizing.pods))
            clustersByEnvironment[sizing.cluster.environment, default: 0] += 1
        }
        let expected = UInt64(max(0, project.requirements.expectedServices))
        return sizings.map { sizing in
            let total = UInt64(max(0, podsByEnvironment[sizing.cluster.environment] ?? 0))
            if total == 0 {
                let count = UInt64(max(1, clustersByEnvironment[sizing.cluster.environment] ?? 1))
                return Int((expected + count - 1) / count)
            }
            // expected × pods ÷ total, rounded up, without overflow (pods ≤ total, so it fits).
            let product = expected.multipliedFullWidth(by: UInt64(max(0, sizing.pods)))
            let (quotient, remainder) = total.dividingFullWidth(product)
            return Int(min(quotient + (remainder > 0 ? 1 : 0), UInt64(Int.max)))
        }
    }

    /// The lowest block of `prefix` inside `pool` that overlaps none of `occupied`.
    static func firstFit(prefix: Int, in pool: IPv4Range, avoiding occupied: [IPv4Range]) -> IPv4Range? {
        var occupancy = Occupancy()
        for block in occupied { occupancy.insert(block) }
        return occupancy.firstFit(prefix: prefix, in: pool, from: 0)
    }
}

/// A network, a pool and a block size: where first fits of that size resume.
struct StartKey: Hashable {
    var network: String
    var kind: AddressKind
    var prefix: Int
}

/// The blocks taken on one network, sorted by first address, with the highest last
/// address up to each position (pinned blocks may overlap, so a block far back can still
/// cover an address).
struct Occupancy {
    private(set) var blocks: [IPv4Range] = []
    private var reach: [UInt64] = []

    /// Adds a block, keeping the order.
    ///
    /// - Complexity: O(*n*) moves for *n* blocks.
    mutating func insert(_ range: IPv4Range) {
        let position = lowerBound(UInt64(range.base))
        blocks.insert(range, at: position)
        reach.insert(0, at: position)
        var highest = position > 0 ? reach[position - 1] : 0
        for index in position..<blocks.count {
            highest = max(highest, UInt64(blocks[index].last))
            if index > position, reach[index] == highest { break }
            reach[index] = highest
        }
    }

    /// The lowest aligned block of `prefix` in `pool`, at or after `start`, that overlaps no block.
    ///
    /// - Complexity: O(log *n*) per occupied stretch jumped over.
    func firstFit(prefix: Int, in pool: IPv4Range, from start: UInt64) -> IPv4Range? {
        guard prefix >= pool.prefix else { return nil }
        let size = UInt64(1) << UInt64(32 - prefix)
        func aligned(_ address: UInt64) -> UInt64 { (address + size - 1) / size * size }
        var candidate = aligned(max(start, UInt64(pool.base)))
        let end = UInt64(pool.last)
        while candidate + size - 1 <= end {
            let index = lowerBound(candidate)
            if index > 0, reach[index - 1] >= candidate {
                candidate = aligned(reach[index - 1] + 1)
                continue
            }
            if index < blocks.count, UInt64(blocks[index].base) <= candidate + size - 1 {
                candidate = aligned(reach[index] + 1)
                continue
            }
            return IPv4Range(base: UInt32(candidate), prefix: prefix)
        }
        return nil
    }

    /// The first position whose block starts at or after `address`.
    private func lowerBound(_ address: UInt64) -> Int {
        var low = 0
        var high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if UInt64(blocks[middle].base) < address { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
