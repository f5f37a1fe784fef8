/// The upstream fields and flags the planner emits, and the releases that accept them.
///
/// Every key the tuning code writes must be listed here; a test walks every emitted tree for
/// every supported release and checks it against these tables. `since` is the release the
/// field appeared in (older than 1.31 is written as the actual release where known, or as
/// the first release this table covers).
public enum ConfigFieldTables {
    /// `KubeletConfiguration` (kubelet.config.k8s.io/v1beta1).
    ///
    /// Source: kubernetes/kubernetes `staging/src/k8s.io/kubelet/config/v1beta1/types.go`
    /// (JSON tags of `KubeletConfiguration`); eviction signals from the node-pressure eviction
    /// page (CAP-06); reserved resource names from reserve-compute-resources (CAP-01).
    public static let kubelet = ConfigFieldTable(
        name: "KubeletConfiguration",
        source: "kubernetes/kubernetes staging/src/k8s.io/kubelet/config/v1beta1/types.go",
        fields: [
            ConfigField("apiVersion", since: 10),
            ConfigField("kind", since: 10),
            ConfigField("maxPods", since: 10),
            ConfigField("podPidsLimit", since: 10),
            ConfigField("containerLogMaxSize", since: 11),
            ConfigField("containerLogMaxFiles", since: 11),
            ConfigField("imageGCHighThresholdPercent", since: 10),
            ConfigField("imageGCLowThresholdPercent", since: 10),
            ConfigField("serializeImagePulls", since: 10),
            ConfigField("maxParallelImagePulls", since: 27),
            ConfigField("cpuManagerPolicy", since: 10),
            ConfigField("reservedSystemCPUs", since: 17),
            ConfigField("memoryManagerPolicy", since: 21),
            ConfigField("reservedMemory", since: 21),
            ConfigField("reservedMemory[].numaNode", since: 21),
            ConfigField("reservedMemory[].limits", since: 21, freeKeys: true, allowedKeys: ["memory"]),
            ConfigField("topologyManagerPolicy", since: 16),
            ConfigField("topologyManagerScope", since: 18),
            ConfigField("enforceNodeAllocatable", since: 10),
            ConfigField("systemReserved", since: 10, freeKeys: true, allowedKeys: ["cpu", "memory", "ephemeral-storage", "pid"]),
            ConfigField("kubeReserved", since: 10, freeKeys: true, allowedKeys: ["cpu", "memory", "ephemeral-storage", "pid"]),
            ConfigField("evictionHard", since: 10, freeKeys: true, allowedKeys: [
                "memory.available", "nodefs.available", "nodefs.inodesFree", "imagefs.available", "imagefs.inodesFree",
                "pid.available",
            ]),
            ConfigField("evictionPressureTransitionPeriod", since: 10),
            ConfigField("featureGates", since: 10, freeKeys: true),
            ConfigField("serverTLSBootstrap", since: 11),
            ConfigField("rotateCertificates", since: 10),
            ConfigField("shutdownGracePeriod", since: 20),
            ConfigField("shutdownGracePeriodCriticalPods", since: 20),
        ])

    /// `KubeSchedulerConfiguration` (kubescheduler.config.k8s.io/v1) with the
    /// `NodeResourcesFitArgs` of the NodeResourcesFit plugin.
    ///
    /// Source: kubernetes/kubernetes `staging/src/k8s.io/kube-scheduler/config/v1/types.go`
    /// (`KubeSchedulerConfiguration`, `KubeSchedulerProfile`, `PluginConfig`,
    /// `NodeResourcesFitArgs`, `ScoringStrategy`, `ResourceSpec`); v1 was added in 1.25.
    public static let scheduler = ConfigFieldTable(
        name: "KubeSchedulerConfiguration",
        source: "kubernetes/kubernetes staging/src/k8s.io/kube-scheduler/config/v1/types.go",
        fields: [
            ConfigField("apiVersion", since: 25),
            ConfigField("kind", since: 25),
            ConfigField("clientConnection", since: 25),
            ConfigField("clientConnection.kubeconfig", since: 25),
            ConfigField("parallelism", since: 25),
            ConfigField("percentageOfNodesToScore", since: 25),
            ConfigField("profiles", since: 25),
            ConfigField("profiles[].schedulerName", since: 25),
            ConfigField("profiles[].percentageOfNodesToScore", since: 27),
            ConfigField("profiles[].pluginConfig", since: 25),
            ConfigField("profiles[].pluginConfig[].name", since: 25),
            ConfigField("profiles[].pluginConfig[].args", since: 25),
            ConfigField("profiles[].pluginConfig[].args.scoringStrategy", since: 25),
            ConfigField("profiles[].pluginConfig[].args.scoringStrategy.type", since: 25),
            ConfigField("profiles[].pluginConfig[].args.scoringStrategy.resources", since: 25),
            ConfigField("profiles[].pluginConfig[].args.scoringStrategy.resources[].name", since: 25),
            ConfigField("profiles[].pluginConfig[].args.scoringStrategy.resources[].weight", since: 25),
        ])

    /// kube-apiserver flags the planner sets.
    ///
    /// Source: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
    /// (kubernetes/website `content/en/docs/reference/command-line-tools-reference/kube-apiserver.md`).
    public static let apiServer = ConfigFieldTable(
        name: "kube-apiserver flags",
        source: "kubernetes/website content/en/docs/reference/command-line-tools-reference/kube-apiserver.md",
        fields: [
            ConfigField("--max-requests-inflight", since: 10),
            ConfigField("--max-mutating-requests-inflight", since: 10),
            ConfigField("--enable-priority-and-fairness", since: 18),
            ConfigField("--request-timeout", since: 10),
            ConfigField("--min-request-timeout", since: 10),
            ConfigField("--audit-log-path", since: 10),
            ConfigField("--audit-log-maxage", since: 10),
            ConfigField("--audit-log-maxbackup", since: 10),
            ConfigField("--audit-log-maxsize", since: 10),
            ConfigField("--audit-log-mode", since: 12),
            ConfigField("--service-account-issuer", since: 20),
            ConfigField("--service-account-key-file", since: 10),
            ConfigField("--service-account-signing-key-file", since: 20),
            ConfigField("--api-audiences", since: 13),
            ConfigField("--feature-gates", since: 10),
        ])

    /// etcd flags the planner sets (etcd 3.5 with Kubernetes 1.31–1.33, 3.6 from 1.34).
    ///
    /// Source: etcd-io/etcd `server/embed/config.go` flag definitions;
    /// https://etcd.io/docs/v3.5/op-guide/configuration/ and …/v3.6/op-guide/configuration/.
    public static let etcd = ConfigFieldTable(
        name: "etcd flags",
        source: "https://etcd.io/docs/v3.6/op-guide/configuration/",
        fields: [
            ConfigField("--quota-backend-bytes", since: 10),
            ConfigField("--snapshot-count", since: 10),
            ConfigField("--heartbeat-interval", since: 10),
            ConfigField("--election-timeout", since: 10),
            ConfigField("--auto-compaction-mode", since: 10),
            ConfigField("--auto-compaction-retention", since: 10),
        ])
}
