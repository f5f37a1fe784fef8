import FleetModel

/// What a node keeps back from pods: kube-reserved, system-reserved and the hard eviction threshold.
///
/// Allocatable = capacity − kube-reserved − system-reserved − hard eviction (CAP-01); CPU has
/// no eviction term (CAP-02). Each provider publishes its own reservation rule; `reserved:` in
/// a profile overrides it, and is required on bare metal.
///
/// ```swift
/// let eks = NodeReservation.forProvider(.aws, cpuMillis: 8000, memoryKi: 32 * 1_048_576, maxPods: 110)
/// eks.kubeCPUMillis      // 90
/// eks.kubeMemoryKi / 1024 // 1465 (11 × 110 + 255 Mi)
/// ```
public struct NodeReservation: Sendable, Equatable {
    /// kube-reserved CPU, in millicores.
    public var kubeCPUMillis: Int64
    /// kube-reserved memory, in KiB.
    public var kubeMemoryKi: Int64
    /// system-reserved CPU, in millicores.
    public var systemCPUMillis: Int64
    /// system-reserved memory, in KiB.
    public var systemMemoryKi: Int64
    /// The `memory.available` hard eviction threshold, withheld from allocatable memory.
    public var evictionMemoryKi: Int64
    /// Which rule produced these numbers, for the report.
    public var rule: String
    /// The facts the rule rests on.
    public var sources: [PlanSource]
    /// True when nothing was given for bare metal and the kubelet defaults were assumed.
    public var assumedDefaults: Bool

    /// CPU withheld from pods (kube + system).
    public var cpuMillis: Int64 { kubeCPUMillis.saturatingAdd(systemCPUMillis) }
    /// Memory withheld from pods (kube + system + eviction).
    public var memoryKi: Int64 { kubeMemoryKi.saturatingAdd(systemMemoryKi).saturatingAdd(evictionMemoryKi) }

    /// The reservation a profile's nodes get: the profile's explicit `reserved:` when given,
    /// else the provider's published rule (none on bare metal: kubelet defaults, flagged).
    public static func forProfile(_ profile: ClusterProfile) -> NodeReservation {
        let cpu = profile.node.vcpu.clampedInt64.saturatingMultiply(1000)
        let memory = profile.node.memoryGiB.clampedInt64.saturatingMultiply(1_048_576)
        if let reserved = profile.reserved {
            return NodeReservation(
                kubeCPUMillis: reserved.kubeCPU.millis, kubeMemoryKi: kibibytes(reserved.kubeMemory),
                systemCPUMillis: reserved.systemCPU.millis, systemMemoryKi: kibibytes(reserved.systemMemory),
                evictionMemoryKi: kibibytes(reserved.evictionMemory),
                rule: "explicit reservations from the profile", sources: [.allocatable], assumedDefaults: false)
        }
        return forProvider(profile.provider, cpuMillis: cpu, memoryKi: memory, maxPods: reservedPods(profile))
    }

    /// The max pods the provider's memory formula is fed. On EKS the AMI uses the instance
    /// type's ENI-derived limit, not the kubelet setting (CAP-32), so a listed AWS type gives
    /// its ENI limit (m6i.2xlarge: 58, so 11 × 58 + 255 = 893Mi); otherwise `maxPodsPerNode`.
    static func reservedPods(_ profile: ClusterProfile) -> Int {
        guard let catalog = try? InstanceCatalog.bundled(), let limit = profile.eniPodLimit(in: catalog) else {
            return profile.maxPodsPerNode
        }
        return limit
    }

    /// The published reservation rule of `provider` for a node of the given capacity.
    ///
    /// - `aws` (EKS AMIs): CPU tiers 6 % / 1 % / 0.5 % / 0.25 % (CAP-26), memory 11 Mi × maxPods + 255 Mi
    ///   (CAP-24), no system-reserved, eviction 100 Mi (CAP-29).
    /// - `gcp` (GKE Standard): the same CPU tiers (CAP-15), memory 25 % of the first 4 GiB, 20 % of the
    ///   next 4, 10 % of the next 8, 6 % of the next 112, 2 % above 128 (255 Mi under 1 GiB; CAP-14),
    ///   eviction 100 Mi (CAP-16).
    /// - `azure` (AKS ≥ 1.29): CPU from the published table (CAP-51), memory the lesser of
    ///   20 Mi × maxPods + 50 Mi and 25 % of memory (CAP-52), eviction 100 Mi.
    /// - `bare-metal`: nothing reserved, eviction 100 Mi (the kubelet defaults, CAP-05/CAP-06).
    ///
    /// - Complexity: O(1).
    public static func forProvider(_ provider: Provider, cpuMillis: Int64, memoryKi: Int64, maxPods: Int) -> NodeReservation {
        let eviction: Int64 = 100 * 1024
        switch provider {
        case .aws:
            return NodeReservation(
                kubeCPUMillis: tieredCPUMillis(cpuMillis), kubeMemoryKi: perPodMemoryKi(maxPods, mebibytesPerPod: 11, base: 255),
                systemCPUMillis: 0, systemMemoryKi: 0, evictionMemoryKi: eviction,
                rule: "EKS AMI: CPU tiers, memory 11Mi × maxPods + 255Mi, eviction 100Mi",
                sources: [.eksCPU, .eksMemory, .eksEviction], assumedDefaults: false)
        case .gcp:
            return NodeReservation(
                kubeCPUMillis: tieredCPUMillis(cpuMillis), kubeMemoryKi: gkeMemoryKi(memoryKi),
                systemCPUMillis: 0, systemMemoryKi: 0, evictionMemoryKi: eviction,
                rule: "GKE: CPU tiers, tiered memory, eviction 100Mi",
                sources: [.gkeCPU, .gkeMemory, .gkeEviction], assumedDefaults: false)
        case .azure:
            let perPods = perPodMemoryKi(maxPods, mebibytesPerPod: 20, base: 50)
            return NodeReservation(
                kubeCPUMillis: aksCPUMillis(cpuMillis), kubeMemoryKi: min(perPods, memoryKi / 4),
                systemCPUMillis: 0, systemMemoryKi: 0, evictionMemoryKi: eviction,
                rule: "AKS ≥ 1.29: CPU table, memory min(20Mi × maxPods + 50Mi, 25%), eviction 100Mi",
                sources: [.aksCPU, .aksMemory], assumedDefaults: false)
        case .bareMetal:
            return NodeReservation(
                kubeCPUMillis: 0, kubeMemoryKi: 0, systemCPUMillis: 0, systemMemoryKi: 0, evictionMemoryKi: eviction,
                rule: "kubelet defaults: nothing reserved, eviction 100Mi",
                sources: [.reservedDefaultsEmpty, .evictionDefaults], assumedDefaults: true)
        }
    }

    /// The EKS/GKE CPU tiers in integer millicores: 6 % of the first core, 1 % of the second,
    /// 0.5 % of cores 3–4 and 0.25 % above 4, each tier rounded down (CAP-26).
    static func tieredCPUMillis(_ cpuMillis: Int64) -> Int64 {
        let tiers: [(from: Int64, to: Int64, weight: Int64)] = [
            (0, 1000, 600), (1000, 2000, 100), (2000, 4000, 50), (4000, .max, 25),
        ]
        return tiers.reduce(0) { total, tier in
            let span = max(0, min(cpuMillis, tier.to).saturatingSubtract(tier.from))
            return total.saturatingAdd(span.saturatingMultiply(tier.weight) / 10_000)
        }
    }

    /// AKS kube-reserved CPU: exact at every published core count (1 → 60m, 2 → 100m, 4 → 140m,
    /// 8 → 180m, 16 → 260m, 32 → 420m, 64 → 740m), linear between them (20m per core to 4, then 10m).
    static func aksCPUMillis(_ cpuMillis: Int64) -> Int64 {
        let cores = max(1, max(0, cpuMillis).saturatingDivideRoundingUp(1000))
        if cores == 1 { return 60 }
        return (100 + 20 * (min(cores, 4) - 2)).saturatingAdd(max(cores - 4, 0).saturatingMultiply(10))
    }

    /// GKE memory tiers on the memory capacity, in KiB, rounded up.
    static func gkeMemoryKi(_ memoryKi: Int64) -> Int64 {
        let gibibyte: Int64 = 1_048_576
        if memoryKi < gibibyte { return 255 * 1024 }
        let tiers: [(from: Int64, to: Int64, percent: Int64)] = [
            (0, 4 * gibibyte, 25), (4 * gibibyte, 8 * gibibyte, 20), (8 * gibibyte, 16 * gibibyte, 10),
            (16 * gibibyte, 128 * gibibyte, 6), (128 * gibibyte, .max, 2),
        ]
        let hundredths = tiers.reduce(Int64(0)) { total, tier in
            total.saturatingAdd(max(0, min(memoryKi, tier.to).saturatingSubtract(tier.from)).saturatingMultiply(tier.percent))
        }
        return hundredths.saturatingDivideRoundingUp(100)
    }

    /// `mebibytesPerPod` × maxPods + `base` MiB, in KiB (saturating).
    static func perPodMemoryKi(_ maxPods: Int, mebibytesPerPod: Int64, base: Int64) -> Int64 {
        maxPods.clampedInt64.saturatingMultiply(mebibytesPerPod).saturatingAdd(base).saturatingMultiply(1024)
    }

    /// The reservation as the static CPU manager takes it: the kube and system CPU together,
    /// rounded up to whole CPUs, reserved by id (`reservedSystemCPUs`), so allocatable CPU is
    /// what the exclusive pool really holds. Memory is unchanged.
    ///
    /// ```swift
    /// eks.wholeCPUs().systemCPUMillis // 1000 for 90m of kube-reserved CPU
    /// ```
    public func wholeCPUs() -> NodeReservation {
        var copy = self
        copy.systemCPUMillis = cpuMillis.saturatingDivideRoundingUp(1000).saturatingMultiply(1000)
        copy.kubeCPUMillis = 0
        copy.rule = rule + "; static CPU policy: \(copy.systemCPUMillis / 1000) whole CPU(s) reserved by id"
        return copy
    }

    /// The CPU ids `reservedSystemCPUs` lists for this reservation: `0`, `0-1`, …; empty when none.
    public var reservedCPUList: String {
        let count = cpuMillis.saturatingDivideRoundingUp(1000)
        switch count {
        case ...0: return ""
        case 1: return "0"
        default: return "0-\(count - 1)"
        }
    }

    static func kibibytes(_ quantity: Quantity) -> Int64 {
        let bytes = quantity.units
        return (bytes / 1024).saturatingAdd(bytes % 1024 > 0 ? 1 : 0)
    }
}
