import FleetEngine
import FleetModel

/// What a managed cluster's export needs from its plan: names, counts and ranges, and the
/// planned kubelet settings split into those the provider's files carry and those it fixes.
///
/// The provider runs the control plane (EKS, GKE, AKS), so the plan's kube-apiserver, etcd
/// and scheduler settings have nowhere to go; the node settings go as far as each provider's
/// custom node configuration reaches. `ManagedClusterFiles` writes the files; the report
/// lists `settings`, so the tuning story stays honest.
struct ManagedCluster {
    /// One derived setting and who decides it.
    struct Setting: Equatable {
        /// The planner's name for it (`kubelet podPidsLimit`, `kube-apiserver flags`).
        var name: String
        /// The file that sets it, or `nil` when the provider fixes it.
        var setBy: String?
        /// What the provider does instead, when it fixes the setting.
        var providerValue: String
    }

    var cluster: Cluster
    var plan: ClusterPlan
    var version: KubernetesVersion
    var nodeRange: IPv4Range
    var podRange: IPv4Range
    var serviceRange: IPv4Range

    var profile: ClusterProfile { plan.sizing.profile }
    var kubelet: ConfigValue { plan.tuning.kubelet.value }

    /// The nodes to build with: enough to survive a zone loss (`ClusterSizing.plannedNodes`).
    var desiredNodes: Int { max(plan.plannedNodes, 1) }
    /// The smallest the node group may shrink to: one node per zone, at most the desired count.
    var minimumNodes: Int { min(max(plan.sizing.zones, 1), desiredNodes) }
    /// The largest it may grow to: twice the planned nodes, for surges and upgrades.
    var maximumNodes: Int { desiredNodes * 2 }
    /// Nodes per zone for providers that count per zone (GKE `--num-nodes`), rounded up.
    var nodesPerZone: Int { (desiredNodes + max(plan.sizing.zones, 1) - 1) / max(plan.sizing.zones, 1) }
    /// The instance type, or the catalog-free shape when the profile names none.
    var machineType: String? { profile.instanceType }
    /// `1.34`: managed services take the minor version.
    var minorVersion: String { "\(version.major).\(version.minor)" }

    /// The planned kubelet fields (without `apiVersion` and `kind`), in plan order.
    var kubeletEntries: [ConfigEntry] {
        guard case .map(let entries) = kubelet else { return [] }
        return entries.filter { $0.key != "apiVersion" && $0.key != "kind" }
    }

    /// The settings of the control plane, which every managed service runs itself.
    var controlPlaneSettings: [Setting] {
        let service = Self.service(profile.provider)
        return [
            Setting(name: "kube-apiserver flags", setBy: nil, providerValue: "\(service) runs and sizes the API server"),
            Setting(name: "etcd flags", setBy: nil, providerValue: "\(service) runs etcd"),
            Setting(name: "KubeSchedulerConfiguration", setBy: nil, providerValue: "\(service)'s default scheduler profile"),
            Setting(name: "audit policy", setBy: nil, providerValue: Self.auditValue(profile.provider)),
        ]
    }

    /// Every derived setting, control plane first, then each kubelet field with the file
    /// that carries it (`carried` maps kubelet field → file) or the provider's behaviour.
    func settings(carried: [String: String], fixed: (String) -> String) -> [Setting] {
        controlPlaneSettings + kubeletEntries.map { entry in
            Setting(name: "kubelet \(entry.key)", setBy: carried[entry.key], providerValue: carried[entry.key] == nil ? fixed(entry.key) : "")
        }
    }

    static func service(_ provider: Provider) -> String {
        switch provider {
        case .aws: "EKS"
        case .gcp: "GKE"
        case .azure: "AKS"
        case .bareMetal: "kubeadm"
        }
    }

    static func auditValue(_ provider: Provider) -> String {
        switch provider {
        case .aws: "EKS control-plane logging (the audit log type)"
        case .gcp: "GKE writes Admin Activity audit logs to Cloud Audit Logs"
        case .azure: "AKS resource logs (kube-audit category)"
        case .bareMetal: ""
        }
    }

    /// The first address of a range plus `offset`, dotted (the cluster DNS service is `.10`).
    static func address(in range: IPv4Range, offset: UInt32) -> String {
        let value = range.base &+ offset
        return [24, 16, 8, 0].map { String((value >> UInt32($0)) & 0xFF) }.joined(separator: ".")
    }
}
