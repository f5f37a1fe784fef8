/// The kubelet and API server feature gates Fleetplan knows, with their lifecycle.
///
/// Sources: each gate's page under kubernetes/website
/// `content/en/docs/reference/command-line-tools-reference/feature-gates/<Gate>.md` (front
/// matter `stages`, `locked`, `removed`), and kubernetes/kubernetes
/// `pkg/features/versioned_kube_features.go` (VersionedSpecs with `LockToDefault`) where the
/// page was older than the code. The last stage of a gate carries forward to later releases
/// until a removal is recorded here. Adding a gate or a release is adding a row.
public enum FeatureGateTable {
    private static let pages = "kubernetes/website content/en/docs/reference/command-line-tools-reference/feature-gates/"
    private static let versioned = "kubernetes/kubernetes pkg/features/versioned_kube_features.go"

    /// Every known gate, sorted by name.
    public static let gates: [FeatureGate] = [
        FeatureGate("APIPriorityAndFairness", [.apiServer], [
            .init(18, .alpha, default: false), .init(20, .beta, default: true), .init(29, .ga, default: true, locked: true),
        ], removedIn: 31, source: pages + "APIPriorityAndFairness.md"),
        FeatureGate("APIServerTracing", [.apiServer], [
            .init(22, .alpha, default: false), .init(27, .beta, default: true), .init(34, .ga, default: true, locked: true),
        ], source: pages + "APIServerTracing.md"),
        FeatureGate("AppArmor", [.kubelet, .apiServer], [
            .init(4, .beta, default: true), .init(31, .ga, default: true, locked: true),
        ], source: versioned),
        FeatureGate("CPUManager", [.kubelet], [
            .init(8, .alpha, default: false), .init(10, .beta, default: true), .init(26, .ga, default: true, locked: true),
        ], source: versioned),
        FeatureGate("CPUManagerPolicyAlphaOptions", [.kubelet], [
            .init(23, .alpha, default: false),
        ], source: versioned),
        FeatureGate("CPUManagerPolicyBetaOptions", [.kubelet], [
            .init(23, .beta, default: true),
        ], source: versioned),
        FeatureGate("CPUManagerPolicyOptions", [.kubelet], [
            .init(22, .alpha, default: false), .init(23, .beta, default: true), .init(33, .ga, default: true, locked: true),
        ], source: pages + "CPUManagerPolicyOptions.md"),
        FeatureGate("CSIDriverRegistry", [.kubelet, .apiServer], [
            .init(12, .alpha, default: false), .init(14, .beta, default: true), .init(18, .ga, default: true, locked: true),
        ], removedIn: 22, source: pages + "CSIDriverRegistry.md"),
        FeatureGate("ConsistentListFromCache", [.apiServer], [
            .init(28, .alpha, default: false), .init(31, .beta, default: true), .init(34, .ga, default: true, locked: true),
        ], source: pages + "ConsistentListFromCache.md"),
        FeatureGate("DevicePluginCDIDevices", [.kubelet], [
            .init(28, .alpha, default: false), .init(29, .beta, default: true), .init(31, .ga, default: true, locked: true),
        ], source: versioned),
        FeatureGate("GracefulNodeShutdown", [.kubelet], [
            .init(20, .alpha, default: false), .init(21, .beta, default: true),
        ], source: pages + "GracefulNodeShutdown.md"),
        FeatureGate("InPlacePodVerticalScaling", [.kubelet, .apiServer], [
            .init(27, .alpha, default: false), .init(33, .beta, default: true), .init(35, .ga, default: true, locked: true),
        ], source: pages + "InPlacePodVerticalScaling.md"),
        FeatureGate("KubeletTracing", [.kubelet], [
            .init(25, .alpha, default: false), .init(27, .beta, default: true), .init(34, .ga, default: true, locked: true),
        ], source: pages + "KubeletTracing.md"),
        FeatureGate("LocalStorageCapacityIsolation", [.kubelet, .apiServer], [
            .init(7, .alpha, default: false), .init(10, .beta, default: true), .init(25, .ga, default: true, locked: true),
        ], removedIn: 27, source: pages + "LocalStorageCapacityIsolation.md"),
        FeatureGate("MemoryManager", [.kubelet], [
            .init(21, .alpha, default: false), .init(22, .beta, default: true), .init(32, .ga, default: true, locked: true),
        ], source: pages + "MemoryManager.md"),
        FeatureGate("NodeSwap", [.kubelet], [
            .init(22, .alpha, default: false), .init(28, .beta, default: false), .init(30, .beta, default: true),
            .init(34, .ga, default: true, locked: true),
        ], source: pages + "NodeSwap.md"),
        FeatureGate("RotateKubeletServerCertificate", [.kubelet], [
            .init(7, .alpha, default: false), .init(12, .beta, default: true),
        ], source: pages + "RotateKubeletServerCertificate.md"),
        FeatureGate("SidecarContainers", [.kubelet, .apiServer], [
            .init(28, .alpha, default: false), .init(29, .beta, default: true), .init(33, .ga, default: true, locked: true),
        ], source: pages + "SidecarContainers.md"),
        FeatureGate("StructuredAuthorizationConfiguration", [.apiServer], [
            .init(29, .alpha, default: false), .init(30, .beta, default: true), .init(32, .ga, default: true, locked: true),
        ], source: versioned),
        FeatureGate("TopologyManager", [.kubelet], [
            .init(16, .alpha, default: false), .init(18, .beta, default: true), .init(27, .ga, default: true, locked: true),
        ], removedIn: 29, source: pages + "TopologyManager.md"),
        FeatureGate("TopologyManagerPolicyOptions", [.kubelet], [
            .init(26, .alpha, default: false), .init(28, .beta, default: true), .init(32, .ga, default: true),
        ], source: pages + "TopologyManagerPolicyOptions.md"),
    ]

    /// The gate named `name` (exact, case-sensitive as upstream), if known.
    ///
    /// - Complexity: O(*g*) in the number of gates.
    public static func gate(named name: String) -> FeatureGate? {
        gates.first { $0.name == name }
    }
}
