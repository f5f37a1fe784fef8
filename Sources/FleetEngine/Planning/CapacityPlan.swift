import FleetModel

/// How many pods fit on one node, why, and how many nodes a profile's cluster needs.
///
/// ```swift
/// let plan = CapacityPlan(profile: profile, zones: 3)
/// plan.podsPerNode        // least of maxPods, CPU, memory and pod IPs
/// plan.limitingFactor     // which of the four decided
/// plan.nodesToSurviveZoneLoss
/// ```
public struct CapacityPlan: Sendable, Equatable {
    /// What bounds the number of pods on one node.
    public enum LimitingFactor: String, Sendable, CaseIterable {
        case maxPods, podIPs, cpu, memory
    }

    /// The node's CPU capacity, in millicores.
    public var capacityCPUMillis: Int64
    /// The node's nominal memory capacity, in KiB.
    public var capacityMemoryKi: Int64
    /// What the node keeps back from pods (whole CPUs under the static CPU policy).
    public var reservation: NodeReservation
    /// True when the nodes run the static CPU manager: a CPU-intensive profile with CPU reserved.
    /// The reservation is then whole CPUs and the sidecar is sized for a Guaranteed pod.
    public var staticCPUPolicy: Bool
    /// Capacity − kube-reserved − system-reserved (CPU has no eviction term).
    public var allocatableCPUMillis: Int64
    /// Capacity − kube-reserved − system-reserved − hard eviction.
    public var allocatableMemoryKi: Int64
    /// CPU and memory one application pod requests, its sidecar included when the mesh is on.
    public var podCPUMillis: Int64
    /// Memory of one application pod, its sidecar included, in KiB.
    public var podMemoryKi: Int64
    /// What the DaemonSets take on every node.
    public var daemonSetCPUMillis: Int64
    /// Memory of all DaemonSets on one node, in KiB.
    public var daemonSetMemoryKi: Int64
    /// Each bound on pods per node, by factor.
    public var limits: [LimitingFactor: Int]
    /// The least of `limits`: how many application pods one node runs.
    public var podsPerNode: Int
    /// Which bound decided `podsPerNode`.
    public var limitingFactor: LimitingFactor
    /// Nodes that run the workload plus headroom; `nil` when not even one pod fits on a node.
    public var nodesRequired: Int?
    /// One more node, so that a node can fail or drain without pending pods.
    public var nodesToSurviveNodeLoss: Int?
    /// Enough nodes that the other zones still hold `nodesRequired` when a zone is lost;
    /// `nil` with a single zone (nothing survives a zone loss) or when nothing fits.
    public var nodesToSurviveZoneLoss: Int?
    /// Availability zones the cluster spans.
    public var zones: Int
    /// etcd members and control-plane machine size for the planned node count.
    public var controlPlane: ControlPlaneSizing

    /// The plan for `profile` spread over `zones` availability zones.
    ///
    /// - Complexity: O(1).
    public init(profile: ClusterProfile, zones: Int) {
        let provided = NodeReservation.forProfile(profile)
        let staticCPU = profile.cpuIntensive && provided.cpuMillis > 0
        let reservation = staticCPU ? provided.wholeCPUs() : provided
        staticCPUPolicy = staticCPU
        // Saturating throughout: out-of-range values are reported by validation, never a trap.
        capacityCPUMillis = profile.node.vcpu.clampedInt64.saturatingMultiply(1000)
        capacityMemoryKi = profile.node.memoryGiB.clampedInt64.saturatingMultiply(1_048_576)
        self.reservation = reservation
        allocatableCPUMillis = max(0, capacityCPUMillis.saturatingSubtract(reservation.cpuMillis))
        allocatableMemoryKi = max(0, capacityMemoryKi.saturatingSubtract(reservation.memoryKi))

        var podCPU = profile.workload.podCPU.millis
        var podMemory = NodeReservation.kibibytes(profile.workload.podMemory)
        if profile.mesh.enabled {
            let sidecar = SidecarSizing(connections: profile.mesh.maxConcurrentConnections, guaranteed: staticCPU)
            podCPU = podCPU.saturatingAdd(sidecar.cpuRequestMillis)
            podMemory = podMemory.saturatingAdd(sidecar.memoryRequestMi.saturatingMultiply(1024))
        }
        podCPUMillis = podCPU
        podMemoryKi = podMemory
        daemonSetCPUMillis = profile.workload.daemonSetCPU.millis
        daemonSetMemoryKi = NodeReservation.kibibytes(profile.workload.daemonSetMemory)

        let freeCPU = max(0, allocatableCPUMillis.saturatingSubtract(daemonSetCPUMillis))
        let freeMemory = max(0, allocatableMemoryKi.saturatingSubtract(daemonSetMemoryKi))
        // DaemonSet pods run on every node: they take places under maxPods and pod IPs.
        let daemonSetPods = max(0, profile.workload.daemonSetPods)
        var limits: [LimitingFactor: Int] = [
            .maxPods: max(0, profile.maxPodsPerNode.saturatingSubtract(daemonSetPods)),
            .cpu: podCPU > 0 ? Int(clamping: freeCPU / podCPU) : Int.max,
            .memory: podMemory > 0 ? Int(clamping: freeMemory / podMemory) : Int.max,
        ]
        // No pod-IP limit where pods do not take addresses from a node CIDR (EKS's VPC CNI).
        if let ips = Self.podIPLimit(for: profile) { limits[.podIPs] = max(0, ips.saturatingSubtract(daemonSetPods)) }
        self.limits = limits
        // Ties go to the first factor in declaration order: the configured limit names the cause best.
        let factor = LimitingFactor.allCases.filter { limits[$0] != nil }.min { limits[$0]! < limits[$1]! }!
        limitingFactor = factor
        podsPerNode = limits[factor]!
        self.zones = zones

        let sizing = Self.nodeCounts(pods: profile.workload.pods, headroomPercent: profile.headroomPercent,
                                     podsPerNode: podsPerNode, zones: zones)
        nodesRequired = sizing.required
        nodesToSurviveNodeLoss = sizing.nodeLoss
        nodesToSurviveZoneLoss = sizing.zoneLoss
        let planned = sizing.zoneLoss ?? sizing.nodeLoss ?? 0
        controlPlane = ControlPlaneSizing(nodes: planned, zones: zones)
    }

    /// Pods a node's CIDR can address, by the rule its provider documents:
    ///
    /// - GKE: half the block; GKE sizes each node's range to hold at least twice max pods so
    ///   that IPs are not reused at once (CAP-21, CAP-68). `/24` → 128, `/28` → 8.
    /// - EKS (the VPC CNI): no node-CIDR limit; pods take VPC addresses from the node's ENIs,
    ///   and the instance type's ENI limit is its max pods (`instanceType`, CAP-37). `nil`.
    /// - everything else (kubeadm, AKS): the block minus the network, gateway and broadcast
    ///   addresses the CNI host-local IPAM never hands out (its default range). `/24` → 253.
    public static func podIPLimit(for profile: ClusterProfile) -> Int? {
        let managed = profile.runsManagedControlPlane
        if profile.provider == .aws, managed { return nil }
        let bits = 32 - min(32, max(0, profile.podCIDRMaskSize))
        let block = 1 << bits
        if profile.provider == .gcp, managed { return block / 2 }
        return max(0, block - 3)
    }

    /// GKE's rule on its own: half the block (CAP-21). `/24` → 128.
    public static func podIPLimit(maskSize: Int) -> Int {
        let bits = 32 - min(32, max(0, maskSize))
        return (1 << bits) / 2
    }

    /// Node counts for `pods` pods with `headroomPercent` spare, `podsPerNode` per node, over `zones`.
    ///
    /// - required = ⌈pods × (100 + headroom) ÷ (100 × podsPerNode)⌉ (0 pods → 0 nodes);
    /// - node loss = required + 1 (N+1; 0 stays 0);
    /// - zone loss = ⌈required ÷ (zones − 1)⌉ × zones, at least the node-loss count; `nil` for one zone.
    ///
    /// All three are `nil` when `podsPerNode` is 0 and there are pods to place.
    public static func nodeCounts(pods: Int, headroomPercent: Int, podsPerNode: Int, zones: Int)
        -> (required: Int?, nodeLoss: Int?, zoneLoss: Int?)
    {
        if pods <= 0 { return (0, 0, zones > 1 ? 0 : nil) }
        guard podsPerNode > 0 else { return (nil, nil, nil) }
        let demand = pods.saturatingMultiply(100.saturatingAdd(max(0, headroomPercent)))
        let required = demand.saturatingDivideRoundingUp(podsPerNode.saturatingMultiply(100))
        let nodeLoss = required.saturatingAdd(1)
        guard zones > 1 else { return (required, nodeLoss, nil) }
        let perZone = required.saturatingDivideRoundingUp(zones - 1)
        return (required, nodeLoss, max(perZone.saturatingMultiply(zones), nodeLoss))
    }
}
