import FleetModel

/// The `KubeSchedulerConfiguration` (kubescheduler.config.k8s.io/v1) for a profile's clusters.
///
/// One profile, `default-scheduler`, whose `NodeResourcesFit` plugin scores nodes with
/// `LeastAllocated` (spread pods, the default behaviour, for resilience) or `MostAllocated`
/// (pack pods so a cluster autoscaler can empty and remove nodes), weighting CPU and memory
/// equally. Clusters above 1,000 nodes also set `percentageOfNodesToScore`.
///
/// kubeadm starts kube-scheduler with `--config`; with a configuration file the scheduler
/// ignores its `--kubeconfig` flag and reads `clientConnection.kubeconfig` instead, falling
/// back to in-cluster configuration, which a static pod cannot use. So the file always names
/// the kubeconfig kubeadm writes and mounts, `/etc/kubernetes/scheduler.conf`.
public enum SchedulerTuning {
    /// The kubeconfig kubeadm writes for the scheduler and mounts into its static pod.
    public static let kubeconfigPath = "/etc/kubernetes/scheduler.conf"

    /// The configuration and the reasons for its values.
    ///
    /// - Complexity: O(1).
    public static func configuration(for profile: ClusterProfile, capacity: CapacityPlan) -> TunedComponent {
        var map = TunedMapBuilder(component: "scheduler")
        map.add("apiVersion", "kubescheduler.config.k8s.io/v1")
        map.add("kind", "KubeSchedulerConfiguration")
        map.add("clientConnection", .map([ConfigEntry("kubeconfig", .string(kubeconfigPath))]),
                "kubeadm passes --config, and with a configuration file kube-scheduler ignores --kubeconfig: the file must name kubeadm's \(kubeconfigPath), or the scheduler falls back to in-cluster configuration and crash-loops",
                source: .schedulerOptions)
        let nodes = capacity.nodesToSurviveZoneLoss ?? capacity.nodesToSurviveNodeLoss ?? 0
        if nodes > 1000 {
            map.add("percentageOfNodesToScore", 10,
                    "\(nodes) nodes: scoring a tenth of the feasible nodes keeps scheduling latency flat; placement quality loss is small at this size",
                    source: .schedulerTypes)
        }
        let strategy = profile.scheduling == .binpack ? "MostAllocated" : "LeastAllocated"
        let resources: ConfigValue = .list([
            .map([ConfigEntry("name", "cpu"), ConfigEntry("weight", 1)]),
            .map([ConfigEntry("name", "memory"), ConfigEntry("weight", 1)]),
        ])
        let args: ConfigValue = .map([
            ConfigEntry("scoringStrategy", .map([
                ConfigEntry("type", .string(strategy)),
                ConfigEntry("resources", resources),
            ])),
        ])
        map.add("profiles", .list([
            .map([
                ConfigEntry("schedulerName", "default-scheduler"),
                ConfigEntry("pluginConfig", .list([
                    .map([ConfigEntry("name", "NodeResourcesFit"), ConfigEntry("args", args)]),
                ])),
            ]),
        ]))
        map.explain("profiles[0].pluginConfig[0].args.scoringStrategy.type",
                    profile.scheduling == .binpack
                        ? "scheduling: binpack: fill nodes first so the cluster autoscaler can remove empty ones"
                        : "scheduling: spread: prefer the emptiest node so one node loss takes few pods",
                    source: .resourceBinPacking)
        map.explain("profiles[0].pluginConfig[0].args.scoringStrategy.resources",
                    "CPU and memory weigh the same: the workload requests both (\(profile.workload.podCPU) / \(profile.workload.podMemory) per pod)",
                    source: .resourceBinPacking)
        return map.tuned
    }
}
