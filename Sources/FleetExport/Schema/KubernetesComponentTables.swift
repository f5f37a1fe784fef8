import FleetEngine
import FleetModel

/// The planning engine's field and flag tables, as the document check reads them.
///
/// `KubeletConfiguration` and `KubeSchedulerConfiguration` documents, and the kube-apiserver
/// and etcd flags in kubeadm `extraArgs`, are checked against `ConfigFieldTables`, which
/// record the Kubernetes release each field or flag exists in. One set of tables serves both
/// the planner and the exporter, so they cannot disagree.
enum KubernetesComponentTables {
    /// The problems of a kubelet or scheduler document, or `nil` for other types.
    static func check(
        apiVersion: String, kind: String, entries: [(path: String, value: String?)], version: KubernetesVersion
    ) -> [String]? {
        let table: ConfigFieldTable
        switch (apiVersion, kind) {
        case ("kubelet.config.k8s.io/v1beta1", "KubeletConfiguration"): table = ConfigFieldTables.kubelet
        case ("kubescheduler.config.k8s.io/v1", "KubeSchedulerConfiguration"): table = ConfigFieldTables.scheduler
        default: return nil
        }
        return table.rejectedPaths(entries.map(\.path), version: version).map { "\(kind) \($0) (\(table.source))" }
    }

    /// kube-apiserver flag names (without dashes) that `version` accepts.
    static func apiServerFlags(_ version: KubernetesVersion) -> Set<String> {
        flags(ConfigFieldTables.apiServer, version)
    }

    /// etcd flag names (without dashes) of the etcd release kubeadm runs with `version`.
    static func etcdFlags(_ version: KubernetesVersion) -> Set<String> {
        flags(ConfigFieldTables.etcd, version)
    }

    private static func flags(_ table: ConfigFieldTable, _ version: KubernetesVersion) -> Set<String> {
        Set(table.fields.filter { $0.exists(in: version) }.map { String($0.path.drop { $0 == "-" }) })
    }
}
