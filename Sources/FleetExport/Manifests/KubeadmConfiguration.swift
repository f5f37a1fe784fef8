import FleetEngine
import FleetModel

/// The kubeadm `ClusterConfiguration` (kubeadm.k8s.io/v1beta4) of one cluster.
///
/// Carries the planner's kube-apiserver and etcd flags as v1beta4 `extraArgs` lists of
/// `{name, value}` (flag names without dashes), points kube-scheduler at the
/// `KubeSchedulerConfiguration` file with `--config` and a read-only host mount, and sizes the
/// pod subnet so every planned node gets a `/podCIDRMaskSize` range.
///
/// ```swift
/// let configuration = KubeadmConfiguration(clusterName: "prod-eu", version: .init(minor: 34), …)
/// configuration.document.yaml()
/// ```
public struct KubeadmConfiguration: Sendable {
    /// Where the scheduler configuration file goes on each control-plane node.
    public static let schedulerConfigPath = "/etc/kubernetes/scheduler-config.yaml"
    /// The directory the API server writes audit logs to (mounted from the host).
    public static let auditLogDirectory = "/var/log/kubernetes/audit"
    /// Where the audit policy (`audit-policy.yaml` of the bundle) goes on each control-plane node.
    public static let auditPolicyPath = "/etc/kubernetes/audit-policy.yaml"
    /// kubeadm's default service subnet; pods are placed beside it, in `10.128.0.0/9`.
    static let serviceSubnet = "10.96.0.0/12"

    /// The topology cluster's name (`clusterName`).
    public var clusterName: String
    /// The release whose fields and flags the document uses.
    public var version: KubernetesVersion
    /// kube-apiserver flags, `--name` → value, as the planner emits them.
    public var apiServerFlags: ConfigValue
    /// etcd flags, `--name` → value.
    public var etcdFlags: ConfigValue
    /// The per-node pod CIDR size (`/24`).
    public var podCIDRMaskSize: Int
    /// The node count the pod subnet must hold.
    public var plannedNodes: Int

    public init(
        clusterName: String, version: KubernetesVersion, apiServerFlags: ConfigValue, etcdFlags: ConfigValue,
        podCIDRMaskSize: Int, plannedNodes: Int
    ) {
        self.clusterName = clusterName
        self.version = version
        self.apiServerFlags = apiServerFlags
        self.etcdFlags = etcdFlags
        self.podCIDRMaskSize = podCIDRMaskSize
        self.plannedNodes = plannedNodes
    }

    /// The `kubernetesVersion` kubeadm expects: `v1.34.0` (the first patch of the target minor).
    public var kubernetesVersion: String { "v\(version.major).\(version.minor).0" }

    /// True when the planner turns API auditing on (`--audit-log-path`); the document then
    /// adds `--audit-policy-file` and mounts the policy and the log directory.
    public var audits: Bool { apiServerFlags["--audit-log-path"] != nil }

    /// The pod subnet: room for twice the planned nodes, never larger than `/9`.
    ///
    /// - Complexity: O(1).
    public var podSubnet: String {
        let nodes = max(1, plannedNodes).saturatingMultiply(2)
        var bits = 0
        while bits < 62, (1 << bits) < nodes { bits += 1 }
        let mask = min(32, max(0, podCIDRMaskSize))
        let prefix = max(9, min(mask - 1, mask - bits))
        return "10.128.0.0/\(prefix)"
    }

    /// The document, keys in the order of the upstream type.
    public var document: ConfigValue {
        guard case .list(var arguments) = Self.arguments(apiServerFlags) else { return .null }
        var apiServer: [ConfigEntry] = []
        if audits {
            arguments.append(Self.argument("audit-policy-file", Self.auditPolicyPath))
            apiServer = [ConfigEntry("extraArgs", .list(arguments)), ConfigEntry("extraVolumes", .list([
                Self.volume(name: "audit-policy", path: Self.auditPolicyPath, readOnly: true, type: "File"),
                Self.volume(name: "audit-log", path: Self.auditLogDirectory, readOnly: false, type: "DirectoryOrCreate"),
            ]))]
        } else {
            apiServer = [ConfigEntry("extraArgs", .list(arguments))]
        }
        return .map([
            ConfigEntry("apiVersion", "kubeadm.k8s.io/v1beta4"),
            ConfigEntry("kind", "ClusterConfiguration"),
            ConfigEntry("clusterName", .string(clusterName)),
            ConfigEntry("kubernetesVersion", .string(kubernetesVersion)),
            ConfigEntry("networking", .map([
                ConfigEntry("serviceSubnet", .string(Self.serviceSubnet)),
                ConfigEntry("podSubnet", .string(podSubnet)),
            ])),
            ConfigEntry("etcd", .map([
                ConfigEntry("local", .map([
                    ConfigEntry("dataDir", "/var/lib/etcd"),
                    ConfigEntry("extraArgs", Self.arguments(etcdFlags)),
                ])),
            ])),
            ConfigEntry("apiServer", .map(apiServer)),
            ConfigEntry("controllerManager", .map([
                ConfigEntry("extraArgs", .list([Self.argument("node-cidr-mask-size", String(podCIDRMaskSize))])),
            ])),
            ConfigEntry("scheduler", .map([
                ConfigEntry("extraArgs", .list([Self.argument("config", Self.schedulerConfigPath)])),
                ConfigEntry("extraVolumes", .list([Self.volume(
                    name: "scheduler-config", path: Self.schedulerConfigPath, readOnly: true, type: "File")])),
            ])),
        ])
    }

    /// `--name` → value flags as a v1beta4 `extraArgs` list, in the planner's order.
    ///
    /// Values are strings on a command line; numbers and booleans are written as text.
    static func arguments(_ flags: ConfigValue) -> ConfigValue {
        guard case .map(let entries) = flags else { return .list([]) }
        return .list(entries.map { entry in
            argument(String(entry.key.drop { $0 == "-" }), text(entry.value))
        })
    }

    static func argument(_ name: String, _ value: String) -> ConfigValue {
        .map([ConfigEntry("name", .string(name)), ConfigEntry("value", .string(value))])
    }

    static func volume(name: String, path: String, readOnly: Bool, type: String) -> ConfigValue {
        .map([
            ConfigEntry("name", .string(name)),
            ConfigEntry("hostPath", .string(path)),
            ConfigEntry("mountPath", .string(path)),
            ConfigEntry("readOnly", .bool(readOnly)),
            ConfigEntry("pathType", .string(type)),
        ])
    }

    static func text(_ value: ConfigValue) -> String {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null, .list, .map: ""
        }
    }
}
