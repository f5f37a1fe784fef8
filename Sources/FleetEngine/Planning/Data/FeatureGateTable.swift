/// The kubelet and API server feature gates Fleetplan knows, with their lifecycle.
///
/// Source: kubernetes/kubernetes `test/compatibility_lifecycle/reference/versioned_feature_list.yaml`
/// (generated from `pkg/features/versioned_kube_features.go`: stage, default and
/// `lockToDefault` per release), read at the stored copies listed in
/// `Tests/FleetExportTests/Upstream/versioned-feature-gates.json`; removal releases from the
/// copy that first lacks the gate and the pull request that removed it. Gates removed before
/// 1.31 (never in that file) keep their kubernetes/website feature-gate page as source. The
/// last step of a gate carries forward until a removal is recorded. A test checks every row
/// against the data file. Adding a gate or a release is adding a row.
public enum FeatureGateTable {
    private static let pages = "kubernetes/website content/en/docs/reference/command-line-tools-reference/feature-gates/"
    private static let list = "kubernetes/kubernetes test/compatibility_lifecycle/reference/versioned_feature_list.yaml"

    /// Every known gate, sorted by name.
    public static let gates: [FeatureGate] = [
        FeatureGate("APIPriorityAndFairness", [.apiServer], [
            .init(18, .alpha, default: false), .init(20, .beta, default: true), .init(29, .ga, default: true, locked: true),
        ], removedIn: 31, source: pages + "APIPriorityAndFairness.md"),
        FeatureGate("APIServerTracing", [.apiServer], [
            .init(22, .alpha, default: false), .init(27, .beta, default: true), .init(34, .ga, default: true, locked: true),
        ], source: list),
        FeatureGate("AppArmor", [.kubelet, .apiServer], [
            .init(4, .beta, default: true), .init(31, .ga, default: true, locked: true),
        ], removedIn: 33, source: list + "; kubernetes/kubernetes#129375"),
        FeatureGate("CPUManager", [.kubelet], [
            .init(8, .alpha, default: false), .init(10, .beta, default: true), .init(26, .ga, default: true, locked: true),
        ], removedIn: 33, source: list + "; kubernetes/kubernetes#129296"),
        FeatureGate("CPUManagerPolicyAlphaOptions", [.kubelet], [
            .init(23, .alpha, default: false),
        ], unlocks: .cpuManagerPolicyOptions, source: list),
        FeatureGate("CPUManagerPolicyBetaOptions", [.kubelet], [
            .init(23, .beta, default: true),
        ], unlocks: .cpuManagerPolicyOptions, source: list),
        FeatureGate("CPUManagerPolicyOptions", [.kubelet], [
            .init(22, .alpha, default: false), .init(23, .beta, default: true), .init(33, .ga, default: true, locked: true),
        ], unlocks: .cpuManagerPolicyOptions, source: list),
        FeatureGate("CSIDriverRegistry", [.kubelet, .apiServer], [
            .init(12, .alpha, default: false), .init(14, .beta, default: true), .init(18, .ga, default: true, locked: true),
        ], removedIn: 22, source: pages + "CSIDriverRegistry.md"),
        FeatureGate("ConsistentListFromCache", [.apiServer], [
            .init(28, .alpha, default: false), .init(31, .beta, default: true), .init(34, .ga, default: true, locked: true),
        ], source: list),
        FeatureGate("CustomCPUCFSQuotaPeriod", [.kubelet], [
            .init(12, .alpha, default: false), .init(36, .ga, default: true),
        ], source: list + " (listed as CPUCFSQuotaPeriod, its Go constant, before 1.37 development)"),
        FeatureGate("DevicePluginCDIDevices", [.kubelet], [
            .init(28, .alpha, default: false), .init(29, .beta, default: true), .init(31, .ga, default: true, locked: true),
        ], removedIn: 34, source: list + "; kubernetes/kubernetes#132083"),
        FeatureGate("DisableCPUQuotaWithExclusiveCPUs", [.kubelet], [
            .init(33, .beta, default: true), .init(36, .deprecated, default: true),
        ], source: list),
        FeatureGate("GracefulNodeShutdown", [.kubelet], [
            .init(20, .alpha, default: false), .init(21, .beta, default: true),
        ], source: list),
        FeatureGate("InPlacePodVerticalScaling", [.kubelet, .apiServer], [
            .init(27, .alpha, default: false), .init(33, .beta, default: true), .init(35, .ga, default: true, locked: true),
        ], source: list),
        FeatureGate("KubeletPSI", [.kubelet], [
            .init(33, .alpha, default: false), .init(34, .beta, default: true), .init(36, .ga, default: true, locked: true),
        ], source: list),
        FeatureGate("KubeletTracing", [.kubelet], [
            .init(25, .alpha, default: false), .init(27, .beta, default: true), .init(34, .ga, default: true, locked: true),
        ], source: list),
        FeatureGate("LocalStorageCapacityIsolation", [.kubelet, .apiServer], [
            .init(7, .alpha, default: false), .init(10, .beta, default: true), .init(25, .ga, default: true, locked: true),
        ], removedIn: 27, source: pages + "LocalStorageCapacityIsolation.md"),
        FeatureGate("MemoryManager", [.kubelet], [
            .init(21, .alpha, default: false), .init(22, .beta, default: true), .init(32, .ga, default: true, locked: true),
        ], removedIn: 36, source: list + "; kubernetes/kubernetes#136381"),
        FeatureGate("NodeSwap", [.kubelet], [
            .init(22, .alpha, default: false), .init(28, .beta, default: false), .init(30, .beta, default: true),
            .init(34, .ga, default: true, locked: true),
        ], source: list),
        FeatureGate("RotateKubeletServerCertificate", [.kubelet], [
            .init(7, .alpha, default: false), .init(12, .beta, default: true),
        ], source: list),
        FeatureGate("SidecarContainers", [.kubelet, .apiServer], [
            .init(28, .alpha, default: false), .init(29, .beta, default: true), .init(33, .ga, default: true, locked: true),
        ], source: list),
        FeatureGate("StructuredAuthorizationConfiguration", [.apiServer], [
            .init(29, .alpha, default: false), .init(30, .beta, default: true), .init(32, .ga, default: true, locked: true),
        ], removedIn: 36, source: list + "; kubernetes/kubernetes#136544"),
        FeatureGate("TopologyManager", [.kubelet], [
            .init(16, .alpha, default: false), .init(18, .beta, default: true), .init(27, .ga, default: true, locked: true),
        ], removedIn: 29, source: pages + "TopologyManager.md"),
        FeatureGate("TopologyManagerPolicyAlphaOptions", [.kubelet], [
            .init(26, .alpha, default: false),
        ], unlocks: .topologyManagerPolicyOptions, source: list),
        FeatureGate("TopologyManagerPolicyBetaOptions", [.kubelet], [
            .init(26, .beta, default: false), .init(28, .beta, default: true),
        ], unlocks: .topologyManagerPolicyOptions, source: list),
        FeatureGate("TopologyManagerPolicyOptions", [.kubelet], [
            .init(26, .alpha, default: false), .init(28, .beta, default: true), .init(32, .ga, default: true, locked: true),
        ], unlocks: .topologyManagerPolicyOptions, source: list),
    ]

    /// The gate named `name` (exact, case-sensitive as upstream), if known.
    ///
    /// - Complexity: O(*g*) in the number of gates.
    public static func gate(named name: String) -> FeatureGate? {
        gates.first { $0.name == name }
    }
}
