import FleetModel

/// The `KubeletConfiguration` (kubelet.config.k8s.io/v1beta1) for a profile's nodes.
///
/// Every value is derived from the profile and its capacity plan; `docs/tuning.md` lists the
/// rules. Field names and formats are the upstream ones (`"100Mi"`, `"10%"`, `"30s"`).
public enum KubeletTuning {
    /// The node disk Fleetplan budgets for rotated container logs, in MiB.
    static let logBudgetMi = 10_240
    /// Rotated files kept per container (the upstream default).
    static let logFiles = 5
    /// The kubelet's default `imagefs.available` hard eviction threshold, in percent (CAP-06).
    static let imagefsEvictionPercent = 15

    /// The configuration and the reasons for its values.
    ///
    /// - Complexity: O(*g*) in the number of requested feature gates.
    public static func configuration(
        for profile: ClusterProfile, capacity: CapacityPlan, gates: FeatureGateSelection
    ) -> TunedComponent {
        var map = TunedMapBuilder(component: "kubelet")
        map.add("apiVersion", "kubelet.config.k8s.io/v1beta1")
        map.add("kind", "KubeletConfiguration")

        let ipLimit = CapacityPlan.podIPLimit(for: profile)
        let maxPods = min(profile.maxPodsPerNode, ipLimit ?? Int.max)
        let rule = profile.provider == .gcp && profile.runsManagedControlPlane ? "at 2 addresses per pod (GKE)"
            : "less the network, gateway and broadcast addresses"
        let daemonSets = "\(profile.workload.daemonSetPods) of them DaemonSet pods"
        map.add("maxPods", .int(maxPods),
                maxPods < profile.maxPodsPerNode
                    ? "lowered from \(profile.maxPodsPerNode) to \(maxPods): a /\(profile.podCIDRMaskSize) pod CIDR addresses \(ipLimit ?? 0) pods \(rule); \(daemonSets)"
                    : ipLimit.map { "the profile's maxPodsPerNode, \(daemonSets); its /\(profile.podCIDRMaskSize) pod CIDR addresses up to \($0) pods \(rule)" }
                        ?? "the profile's maxPodsPerNode, \(daemonSets); the VPC CNI gives pods VPC addresses from the node's ENIs, so no node CIDR limits them",
                source: maxPods < profile.maxPodsPerNode ? .podCIDRPerNode : .maxPodsDefault)
        map.add("podPidsLimit", 4096,
                "caps processes per pod so one fork bomb cannot exhaust the node; \(maxPods) pods × 4096 stays within the 64-bit kernel pid_max ceiling of 4194304",
                source: .pidLimiting)

        let logSize = min(100, max(10, logBudgetMi / max(1, maxPods).saturatingMultiply(logFiles)))
        map.add("containerLogMaxSize", .string("\(logSize)Mi"),
                "\(maxPods) pods × \(logFiles) files × \(logSize)Mi = \(maxPods.saturatingMultiply(logFiles).saturatingMultiply(logSize))Mi of rotated logs per node: a \(logBudgetMi / 1024)Gi budget split per file, clamped to 10Mi–100Mi per file (the 10Mi floor can exceed the budget at high density)")
        map.add("containerLogMaxFiles", .int(logFiles), "the upstream default number of rotated files")
        let gcHigh = 100 - imagefsEvictionPercent - 5
        map.add("imageGCHighThresholdPercent", .int(gcHigh),
                "image GC starts 5 points before the imagefs.available<\(imagefsEvictionPercent)% hard eviction (the default 85 coincides with it)",
                source: .evictionDefaults)
        map.add("imageGCLowThresholdPercent", .int(gcHigh - 10), "GC frees 10 points of disk per run, so it does not run on every pull")

        let staticCPU = capacity.staticCPUPolicy
        let reservation = capacity.reservation
        map.add("cpuManagerPolicy", .string(staticCPU ? "static" : "none"),
                staticCPU
                    ? "CPU-intensive profile: containers of Guaranteed pods with integer CPU requests get exclusive cores (the sidecar is sized Guaranteed, see istio.sidecar.resources); the static policy needs the CPU reservation below"
                    : profile.cpuIntensive
                        ? "static would be right for a CPU-intensive profile, but it needs a non-zero CPU reservation and this profile reserves none (FP105)"
                        : "shared CPU pool: the profile is not CPU-intensive",
                source: .cpuManager)
        if profile.numaAware {
            let policy = staticCPU ? "restricted" : "best-effort"
            map.add("topologyManagerPolicy", .string(policy),
                    staticCPU
                        ? "NUMA-aware: admit a pod only when its CPUs and devices align on NUMA nodes"
                        : "NUMA-aware without exclusive CPUs: align devices where possible (FP106)",
                    source: .topologyManager)
        }

        if staticCPU {
            map.add("reservedSystemCPUs", .string(reservation.reservedCPUList),
                    "the static policy takes reserved CPU from the shared pool in whole CPUs: \(reservation.systemCPUMillis / 1000) CPU(s) by id for the OS, kubelet and runtime, so allocatable CPU is what the exclusive pool holds; it replaces the CPU of kube- and system-reserved (pick sibling threads of one core on SMT nodes)",
                    source: .cpuManager)
        }
        if profile.numaAware, staticCPU {
            let reservedMi = mebibytesCount(reservation.kubeMemoryKi).saturatingAdd(mebibytesCount(reservation.systemMemoryKi))
                .saturatingAdd(mebibytesCount(reservation.evictionMemoryKi))
            map.add("memoryManagerPolicy", "Static",
                    "NUMA-aware profile: Guaranteed pods also get memory from the NUMA nodes their CPUs are on",
                    source: .memoryManager)
            map.add("reservedMemory", .list([.map([
                ConfigEntry("numaNode", 0),
                ConfigEntry("limits", .map([ConfigEntry("memory", .string("\(reservedMi)Mi"))])),
            ])]), "the Static memory manager requires reservedMemory to add up to kube-reserved + system-reserved + the memory.available hard eviction threshold (\(reservedMi)Mi), all taken from NUMA node 0",
                    source: .memoryManager)
        }
        let reservedCPU = { (millis: Int64) in staticCPU ? 0 : millis }
        if let system = resourceMap(cpu: reservedCPU(reservation.systemCPUMillis), memoryKi: reservation.systemMemoryKi) {
            map.add("systemReserved", system, "reserved for the OS and system daemons: \(reservation.rule)",
                    source: reservation.sources.first)
        }
        if let kube = resourceMap(cpu: reservedCPU(reservation.kubeCPUMillis), memoryKi: reservation.kubeMemoryKi) {
            map.add("kubeReserved", kube, "reserved for the kubelet and container runtime: \(reservation.rule)",
                    source: reservation.sources.first)
        }
        map.add("evictionHard", .map([
            ConfigEntry("memory.available", .string(mebibytes(reservation.evictionMemoryKi))),
            ConfigEntry("nodefs.available", "10%"),
            ConfigEntry("nodefs.inodesFree", "5%"),
            ConfigEntry("imagefs.available", .string("\(imagefsEvictionPercent)%")),
            ConfigEntry("imagefs.inodesFree", "5%"),
        ]), "the kubelet's Linux defaults, all listed because setting one threshold zeroes the unlisted ones",
                source: .evictionNotInherited)

        if !gates.kubelet.isEmpty {
            map.add("featureGates", .map(gates.kubelet.map { ConfigEntry($0.name, .bool($0.value)) }),
                    "gates the profile asks for that this release accepts and does not lock", source: .featureGates)
        }
        map.add("serverTLSBootstrap", true,
                "the kubelet requests its serving certificate from the cluster CA (approve kubelet-serving CSRs); replaces setting RotateKubeletServerCertificate, which is on by default",
                source: .kubeletServerCert)
        map.add("rotateCertificates", true, "the kubelet renews its client certificate before it expires",
                source: .kubeletServerCert)
        map.add("shutdownGracePeriod", "30s", "graceful node shutdown is on by default but inert until given a period; 30s lets pods drain")
        map.add("shutdownGracePeriodCriticalPods", "10s", "the last 10s of the 30s are kept for critical pods")
        return map.tuned
    }

    /// `{cpu, memory}` as upstream quantities, or `nil` when both are zero.
    static func resourceMap(cpu: Int64, memoryKi: Int64) -> ConfigValue? {
        var entries: [ConfigEntry] = []
        if cpu > 0 { entries.append(ConfigEntry("cpu", .string(Quantity(millis: cpu).text))) }
        if memoryKi > 0 { entries.append(ConfigEntry("memory", .string(mebibytes(memoryKi)))) }
        return entries.isEmpty ? nil : .map(entries)
    }

    /// KiB as a whole-MiB quantity, rounded up (`102400` → `"100Mi"`).
    static func mebibytes(_ kibibytes: Int64) -> String {
        "\(mebibytesCount(kibibytes))Mi"
    }

    /// KiB as whole MiB, rounded up, as `mebibytes` writes them.
    static func mebibytesCount(_ kibibytes: Int64) -> Int64 {
        max(0, kibibytes).saturatingDivideRoundingUp(1024)
    }
}
