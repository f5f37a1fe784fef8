import FleetModel

extension PlanningRules {
    /// Upstream scalability envelope (CAP-69): all three hold together.
    static let maxNodes = 5000
    static let maxPodsPerCluster = 150_000
    static let maxPodsPerNode = 110

    /// Node-shape rules: FP101, FP103, FP105–FP108, FP118, FP120, FP122.
    static func nodeFindings(_ profile: ClusterProfile, capacity: CapacityPlan, at path: FieldPath) -> [Finding] {
        var findings: [Finding] = []
        let maxPodsPath = path.key("maxPodsPerNode")
        if profile.maxPodsPerNode > maxPodsPerNode {
            findings.append(Finding(.warning, "FP101", at: maxPodsPath,
                                    "maxPodsPerNode \(profile.maxPodsPerNode) is above the \(maxPodsPerNode) pods per node upstream tests",
                                    hint: "use larger nodes at 110 pods, or load-test the density you want"))
        }
        let addresses = 1 << max(0, 32 - min(32, max(0, profile.podCIDRMaskSize)))
        let twice = profile.maxPodsPerNode.saturatingMultiply(2)
        if addresses < twice {
            let needed = neededMask(for: profile.maxPodsPerNode)
            findings.append(Finding(.warning, "FP103", at: path.key("podCIDRMaskSize"),
                                    "a /\(profile.podCIDRMaskSize) pod CIDR has \(addresses) addresses, fewer than 2 × maxPods (\(twice)); the kubelet's maxPods is lowered to \(addresses / 2)",
                                    hint: needed.map { "use a /\($0) (or wider) pod CIDR" } ?? "lower maxPodsPerNode"))
        }
        let reservation = capacity.reservation
        if profile.cpuIntensive, reservation.cpuMillis == 0 {
            let at = profile.reserved != nil ? path.key("reserved").key("kubeCPU") : path.key("cpuIntensive")
            findings.append(Finding(.error, "FP105", at: at,
                                    "cpuIntensive needs the static CPU manager, which refuses to start without a CPU reservation; the plan falls back to cpuManagerPolicy none",
                                    hint: "reserve CPU, e.g. reserved.kubeCPU: 100m"))
        }
        if profile.numaAware, !(profile.cpuIntensive && reservation.cpuMillis > 0) {
            findings.append(Finding(.warning, "FP106", at: path.key("numaAware"),
                                    "NUMA alignment of CPUs needs the static CPU manager; without cpuIntensive only devices are aligned (topologyManagerPolicy best-effort)",
                                    hint: "set cpuIntensive: true (with a CPU reservation) for CPU pinning"))
        }
        if capacity.staticCPUPolicy, profile.workload.podCPU.millis % 1000 != 0 {
            findings.append(Finding(.warning, "FP122", at: path.key("workload").key("podCPU"),
                                    "the static CPU manager gives exclusive cores only to containers of Guaranteed pods with integer CPU requests; the application requests \(profile.workload.podCPU) and stays in the shared pool",
                                    hint: "request whole CPUs (e.g. podCPU: \(max(1, (profile.workload.podCPU.millis + 999) / 1000))) with limits equal to requests"))
        }
        if capacity.daemonSetCPUMillis >= capacity.allocatableCPUMillis {
            findings.append(Finding(.error, "FP107", at: path.key("workload").key("daemonSetCPU"),
                                    "DaemonSets request \(profile.workload.daemonSetCPU) CPU but a node has only \(Quantity(millis: capacity.allocatableCPUMillis)) allocatable",
                                    hint: "use larger nodes or trim the DaemonSets"))
        } else if capacity.daemonSetMemoryKi >= capacity.allocatableMemoryKi {
            findings.append(Finding(.error, "FP107", at: path.key("workload").key("daemonSetMemory"),
                                    "DaemonSets request \(profile.workload.daemonSetMemory) memory but a node has only \(capacity.allocatableMemoryKi / 1024)Mi allocatable",
                                    hint: "use larger nodes or trim the DaemonSets"))
        }
        if reservation.assumedDefaults {
            findings.append(Finding(.warning, "FP108", at: path.key("provider"),
                                    "bare-metal nodes without reserved: the kubelet defaults reserve nothing for the OS and the kubelet (only 100Mi eviction)",
                                    hint: "add reserved: with systemCPU, systemMemory, kubeCPU and kubeMemory"))
        }
        if let reserved = profile.reserved, reserved.evictionMemory.units < 100 * 1_048_576 {
            findings.append(Finding(.warning, "FP118", at: path.key("reserved").key("evictionMemory"),
                                    "a hard eviction threshold of \(reserved.evictionMemory) is below the kubelet's 100Mi default; the node may run out of memory before evicting",
                                    hint: "use at least 100Mi"))
        }
        let cpuShare = capacity.capacityCPUMillis > 0 ? reservation.cpuMillis.saturatingMultiply(100) / capacity.capacityCPUMillis : 0
        let memoryShare = capacity.capacityMemoryKi > 0 ? reservation.memoryKi.saturatingMultiply(100) / capacity.capacityMemoryKi : 0
        if max(cpuShare, memoryShare) > 25 {
            findings.append(Finding(.warning, "FP120", at: path.key("node"),
                                    "the node is small: reservations take \(cpuShare)% of its CPU and \(memoryShare)% of its memory",
                                    hint: "larger nodes lose a smaller share to system overhead"))
        }
        return findings
    }

    /// Workload rules: FP104, FP109, FP110, FP111, FP119.
    static func capacityFindings(_ profile: ClusterProfile, capacity: CapacityPlan, at path: FieldPath) -> [Finding] {
        var findings: [Finding] = []
        let workload = path.key("workload")
        if profile.workload.pods > 0, capacity.podsPerNode == 0, capacity.daemonSetCPUMillis < capacity.allocatableCPUMillis,
           capacity.daemonSetMemoryKi < capacity.allocatableMemoryKi {
            let byCPU = capacity.limits[.cpu] == 0
            findings.append(Finding(.error, "FP104", at: workload.key(byCPU ? "podCPU" : "podMemory"),
                                    "one pod (\(byCPU ? "\(Quantity(millis: capacity.podCPUMillis)) CPU" : "\(capacity.podMemoryKi / 1024)Mi memory") with its sidecar, if any) does not fit on a node after reservations and DaemonSets",
                                    hint: "use larger nodes or smaller pod requests"))
        }
        if let nodes = capacity.nodesToSurviveZoneLoss ?? capacity.nodesToSurviveNodeLoss, nodes > maxNodes {
            findings.append(Finding(.error, "FP109", at: workload.key("pods"),
                                    "the cluster needs \(nodes) nodes, above the \(maxNodes) nodes upstream supports (CAP-69)",
                                    hint: "split the workload over more clusters, or use larger nodes"))
        }
        if profile.workload.pods > maxPodsPerCluster {
            findings.append(Finding(.error, "FP110", at: workload.key("pods"),
                                    "\(profile.workload.pods) pods in one cluster is above the \(maxPodsPerCluster) upstream supports (CAP-69)",
                                    hint: "split the workload over more clusters"))
        }
        if profile.headroomPercent == 0, capacity.zones == 1 {
            findings.append(Finding(.warning, "FP111", at: path.key("headroomPercent"),
                                    "no headroom in a single zone: a node drain or failure leaves pods pending",
                                    hint: "keep some headroom (e.g. 20) or spread over more zones"))
        }
        if let nodes = capacity.nodesToSurviveZoneLoss ?? capacity.nodesToSurviveNodeLoss, nodes > 1000, nodes <= maxNodes {
            findings.append(Finding(.info, "FP119", at: workload.key("pods"),
                                    "\(nodes) nodes: large clusters should keep Event objects in a dedicated etcd (CAP-83)",
                                    hint: "point kube-apiserver --etcd-servers-overrides=/events#… at a separate etcd"))
        }
        return findings
    }

    /// The smallest per-node prefix holding 2 × `maxPods` addresses, or `nil` past /16.
    static func neededMask(for maxPods: Int) -> Int? {
        for mask in stride(from: 28, through: 16, by: -1) where (1 << (32 - mask)) >= maxPods.saturatingMultiply(2) {
            return mask
        }
        return nil
    }
}
