import FleetModel
import Testing
@testable import FleetEngine

/// The address plan: ranges never overlap on a network, hold the planned nodes, and stay put.
@Suite struct AddressAllocationTests {
    /// A deterministic generator (SplitMix64), so every run tests the same topologies.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// A project of `count` clusters over a few networks, profiles and workloads; some pinned.
    static func project(seed: UInt64, count: Int, pins: Bool) -> Project {
        var random = Generator(state: seed)
        var project = ProjectTemplate.multiRegion.project(named: "fleet")
        project.profiles = [
            ClusterProfile(name: "small", node: NodeShape(vcpu: 4, memoryGiB: 16), workload: WorkloadMix(pods: 120)),
            ClusterProfile(name: "large", node: NodeShape(vcpu: 16, memoryGiB: 64), podCIDRMaskSize: 25,
                           workload: WorkloadMix(pods: 3000)),
        ]
        let networks = ["net-a", "net-b", "net-c"]
        project.topology.clusters = (0..<count).map { index in
            var cluster = Cluster(name: "c\(index)", environment: ["dev", "staging", "prod"][random.next(3)], region: "eu-west-1",
                                  profile: random.next(2) == 0 ? "small" : "large", network: networks[random.next(3)])
            if random.next(3) == 0 { cluster.workload = ClusterWorkload(percent: [10, 25, 50][random.next(3)]) }
            if random.next(5) == 0 { cluster.zones = 1 + random.next(4) }
            return cluster
        }
        if pins {
            // Pin a few ranges far from the pools' starts, one per network at most.
            for (offset, network) in networks.enumerated() {
                if let position = project.topology.clusters.firstIndex(where: { $0.network == network }) {
                    project.topology.clusters[position].podCIDR = "10.\(200 + offset * 8).0.0/13"
                }
            }
        }
        return project
    }

    static func allRanges(_ allocation: AddressAllocation) -> [(cluster: String, network: String, kind: AddressKind, range: IPv4Range)] {
        allocation.clusters.flatMap { cluster in
            AddressKind.allCases.compactMap { kind in
                cluster[kind]?.range.map { (cluster.cluster, cluster.network, kind, $0) }
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8], [false, true])
    func rangesNeverOverlapOnANetworkAndHoldThePlannedNodes(seed: UInt64, pins: Bool) {
        let project = Self.project(seed: seed, count: 40, pins: pins)
        let fleet = FleetPlan(project)
        #expect(fleet.allocation.exhausted.isEmpty)
        let ranges = Self.allRanges(fleet.allocation)
        #expect(ranges.count == 3 * 40, "every cluster gets a node, a pod and a service range")
        for (position, first) in ranges.enumerated() {
            for second in ranges[(position + 1)...] where first.network == second.network {
                #expect(!first.range.overlaps(second.range),
                        "\(first.cluster) \(first.kind) \(first.range) overlaps \(second.cluster) \(second.kind) \(second.range)")
            }
        }
        for (sizing, cluster) in zip(fleet.sizings, fleet.allocation.clusters) {
            let pod = cluster[.pod]!.range!
            let blocks = 1 << (sizing.profile.podCIDRMaskSize - pod.prefix)
            #expect(blocks >= sizing.plannedNodes, "\(sizing.cluster.name): \(pod) holds \(blocks) blocks for \(sizing.plannedNodes) nodes")
            #expect(IPv4Range(project.topology.addressPlan.podPool)!.contains(pod) || cluster[.pod]!.pinned)
            #expect(pod.isPrivate && cluster[.node]!.range!.isPrivate && cluster[.service]!.range!.isPrivate)
        }
        #expect(FleetRules.findings(for: project).filter { $0.severity == .error }.isEmpty)
    }

    @Test(arguments: [UInt64(11), 12, 13, 14, 15, 16])
    func appendingOrRenamingAClusterMovesNoRange(seed: UInt64) {
        let project = Self.project(seed: seed, count: 30, pins: seed % 2 == 0)
        let before = FleetPlan(project).allocation.clusters
        var appended = project
        appended.topology.clusters.append(Cluster(name: "new", environment: "prod", region: "eu-west-1", profile: "large",
                                                  network: "net-b"))
        let after = FleetPlan(appended).allocation.clusters
        #expect(Array(after.prefix(before.count)) == before)
        var renamed = project
        renamed.topology.clusters[seed % 2 == 0 ? 3 : 7].name = "renamed"
        let renamedRanges = FleetPlan(renamed).allocation.clusters.map(\.ranges)
        #expect(renamedRanges == before.map(\.ranges))
    }

    @Test(arguments: [UInt64(21), 22, 23, 24, 25, 26])
    func removingOrGrowingAClusterThroughPinningMovesNoOtherRange(seed: UInt64) {
        let project = Self.project(seed: seed, count: 30, pins: false)
        let before = Dictionary(uniqueKeysWithValues: FleetPlan(project).allocation.clusters.map { ($0.cluster, $0.ranges) })
        var removed = project
        removed.topology.clusters.remove(at: 2 + Int(seed % 5))
        var grown = project
        grown.topology.clusters[1].workload = ClusterWorkload(percent: 900)
        for (edited, changed) in [(removed, nil as String?), (grown, grown.topology.clusters[1].name)] {
            let (kept, _) = RangePinning.keepingRanges(of: project, in: edited)
            for cluster in FleetPlan(kept).allocation.clusters where cluster.cluster != changed {
                for kind in AddressKind.allCases {
                    #expect(cluster[kind]?.range == before[cluster.cluster]?[kind]?.range, "\(cluster.cluster) \(kind) moved")
                }
            }
            let errors = FleetRules.findings(for: kept).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.map(\.message))")
        }
    }

    @Test func aPoolTooSmallIsReportedAndTheClusterGetsNoRange() {
        var project = Self.project(seed: 3, count: 10, pins: false)
        project.topology.addressPlan.podPool = "10.128.0.0/16"
        let fleet = FleetPlan(project)
        #expect(!fleet.allocation.exhausted.isEmpty)
        let findings = FleetRules.findings(for: project).filter { $0.code == "FP334" }
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.path.description == "spec.topology.addressPlan.podPool" })
    }

    @Test func firstFitTakesTheLowestAlignedFreeBlock() {
        let pool = IPv4Range("10.0.0.0/16")!
        let occupied = [IPv4Range("10.0.0.0/24")!, IPv4Range("10.0.2.0/23")!]
        #expect(AddressAllocation.firstFit(prefix: 24, in: pool, avoiding: occupied) == IPv4Range("10.0.1.0/24"))
        #expect(AddressAllocation.firstFit(prefix: 23, in: pool, avoiding: occupied) == IPv4Range("10.0.4.0/23"))
        #expect(AddressAllocation.firstFit(prefix: 15, in: pool, avoiding: []) == nil, "larger than the pool")
        #expect(AddressAllocation.firstFit(prefix: 16, in: pool, avoiding: occupied) == nil)
    }
}
