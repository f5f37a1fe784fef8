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
        var problems = table.rejectedPaths(entries.map(\.path), version: version).map { "\(kind) \($0) (\(table.source))" }
        if kind == "KubeletConfiguration" {
            let gates = entries.compactMap { entry -> (name: String, value: Bool)? in
                guard entry.path.hasPrefix("featureGates."), let text = entry.value else { return nil }
                return (String(entry.path.dropFirst("featureGates.".count)), Bool(text) ?? !text.isEmpty)
            }
            let malformed = entries.filter { $0.path.hasPrefix("featureGates.") && Bool($0.value ?? "") == nil }
            problems += malformed.map { "\($0.path): a feature gate takes true or false" }
            problems += gateProblems(gates, component: .kubelet, version: version)
        }
        return problems
    }

    /// Why the gates `gates` (name → value) would be refused by `component` at `version`.
    ///
    /// A gate must exist in the release, be read by the component, and, when locked, be set
    /// to its locked value; the binaries refuse to start otherwise.
    static func gateProblems(
        _ gates: [(name: String, value: Bool)], component: FeatureGate.Component, version: KubernetesVersion
    ) -> [String] {
        gates.compactMap { gate in
            guard let known = FeatureGateTable.gate(named: gate.name) else {
                return "feature gate \(gate.name) is not in Fleetplan's gate table"
            }
            if !known.components.contains(component) { return "feature gate \(gate.name) is not read by \(component.rawValue)" }
            return known.accepts(gate.value, at: version) ? nil : "feature gate \(gate.name)=\(gate.value) is not accepted by \(version)"
        }
    }

    /// `A=true,B=false` as written in `--feature-gates`; `nil` entries for malformed parts.
    static func parseGates(_ text: String) -> [(name: String, value: Bool)?] {
        text.split(separator: ",").map { part in
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, let value = Bool(String(pair[1])) else { return nil }
            return (String(pair[0]), value)
        }
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
