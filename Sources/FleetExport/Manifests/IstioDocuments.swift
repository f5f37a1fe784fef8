import FleetEngine
import FleetModel

/// The Istio documents of one cluster: the `IstioOperator` for `istioctl install`, the
/// east-west gateway's `Gateway`, mesh-wide `PeerAuthentication` and `Telemetry`.
///
/// Values come from the planner's Istio settings (`istiod`, `sidecar`, `ingressGateway`,
/// `telemetry`) and the topology (mesh ID, trust domain, network, the cluster's mesh role).
/// Shapes follow istio/istio `samples/multicluster/` (`gen-eastwest-gateway.sh`,
/// `expose-services.yaml`); field names are checked against `UpstreamSchemas`.
public struct IstioDocuments: Sendable {
    /// The namespace of the control plane and of mesh-wide policy.
    public static let namespace = "istio-system"

    /// The cluster Istio is installed in.
    public var cluster: Cluster
    /// The topology's mesh settings (model, trust domain, east-west networks).
    public var mesh: MeshSettings
    /// The mesh ID: the topology's, or the project name when the topology leaves it empty.
    public var meshID: String
    /// The planner's Istio settings for the cluster's profile.
    public var tuning: ConfigValue
    /// True when the cluster's network runs an east-west gateway.
    public var eastWestGateway: Bool
    /// True when remote clusters follow this primary, so istiod is exposed through the east-west gateway.
    public var servesRemotes: Bool

    public init(
        cluster: Cluster, mesh: MeshSettings, meshID: String, tuning: ConfigValue, eastWestGateway: Bool, servesRemotes: Bool = false
    ) {
        self.cluster = cluster
        self.mesh = mesh
        self.meshID = meshID
        self.tuning = tuning
        self.eastWestGateway = eastWestGateway
        self.servesRemotes = servesRemotes
    }

    /// True when istiod is exposed to remote clusters: a primary with remotes and an east-west gateway.
    public var exposesIstiod: Bool { servesRemotes && eastWestGateway && !isRemote }

    /// True when the cluster follows a primary's control plane (`profile: remote`).
    public var isRemote: Bool { cluster.meshRole == .remote }

    /// The `IstioOperator`.
    public var istioOperator: ConfigValue {
        var global: [ConfigEntry] = [
            ConfigEntry("meshID", .string(meshID)),
            ConfigEntry("multiCluster", .map([ConfigEntry("clusterName", .string(cluster.name))])),
            ConfigEntry("network", .string(cluster.network)),
        ]
        if let resources = tuning.value(at: ["sidecar", "resources"]) {
            global.append(ConfigEntry("proxy", .map([ConfigEntry("resources", resources)])))
        }
        var values: [ConfigEntry] = [ConfigEntry("global", .map(global))]
        if exposesIstiod {
            values.append(ConfigEntry("pilot", .map([ConfigEntry("env", .map([ConfigEntry("EXTERNAL_ISTIOD", true)]))])))
        }
        if isRemote {
            values.append(ConfigEntry("istiodRemote", .map([
                ConfigEntry("injectionPath", .string("/inject/cluster/\(cluster.name)/net/\(cluster.network)")),
            ])))
        }
        var meshConfig: [ConfigEntry] = [ConfigEntry("trustDomain", .string(mesh.trustDomain))]
        if let concurrency = tuning.value(at: ["sidecar", "concurrency"]) {
            meshConfig.append(ConfigEntry("defaultConfig", .map([ConfigEntry("concurrency", concurrency)])))
        }
        var components: [ConfigEntry] = []
        if !isRemote {
            components.append(ConfigEntry("pilot", .map([
                ConfigEntry("enabled", true),
                ConfigEntry("k8s", Self.kubernetes(tuning["istiod"], env: [], ports: [])),
            ])))
        }
        var gateways: [ConfigValue] = [.map([
            ConfigEntry("name", "istio-ingressgateway"),
            ConfigEntry("enabled", true),
            ConfigEntry("k8s", Self.kubernetes(tuning["ingressGateway"], env: [], ports: [])),
        ])]
        if eastWestGateway { gateways.append(eastWestComponent) }
        components.append(ConfigEntry("ingressGateways", .list(gateways)))
        return .map([
            ConfigEntry("apiVersion", "install.istio.io/v1alpha1"),
            ConfigEntry("kind", "IstioOperator"),
            ConfigEntry("metadata", .map([
                ConfigEntry("name", .string(cluster.name)),
                ConfigEntry("namespace", .string(Self.namespace)),
            ])),
            ConfigEntry("spec", .map([
                ConfigEntry("profile", .string(isRemote ? "remote" : "default")),
                ConfigEntry("meshConfig", .map(meshConfig)),
                ConfigEntry("values", .map(values)),
                ConfigEntry("components", .map(components)),
            ])),
        ])
    }

    /// The east-west gateway component (`istio-eastwestgateway`), as `gen-eastwest-gateway.sh` writes it.
    var eastWestComponent: ConfigValue {
        .map([
            ConfigEntry("name", "istio-eastwestgateway"),
            ConfigEntry("enabled", true),
            ConfigEntry("label", .map([
                ConfigEntry("istio", "eastwestgateway"),
                ConfigEntry("app", "istio-eastwestgateway"),
                ConfigEntry("topology.istio.io/network", .string(cluster.network)),
            ])),
            ConfigEntry("k8s", Self.kubernetes(tuning["ingressGateway"], env: [
                ("ISTIO_META_ROUTER_MODE", "sni-dnat"),
                ("ISTIO_META_REQUESTED_NETWORK_VIEW", cluster.network),
            ], ports: [
                ("status-port", 15021), ("mtls", 15443), ("tcp-istiod", 15012), ("tcp-webhook", 15017),
            ])),
        ])
    }

    /// `KubernetesResources` from a planned component (`autoscaling`, `resources`), always kept
    /// on Linux nodes: Istio does not support Windows workloads (istio/istio#27893), so neither
    /// istiod nor a gateway may land on a Windows node of a mixed cluster.
    static func kubernetes(_ planned: ConfigValue?, env: [(String, String)], ports: [(String, Int)]) -> ConfigValue {
        var entries: [ConfigEntry] = [ConfigEntry("nodeSelector", .map([ConfigEntry("kubernetes.io/os", "linux")]))]
        if !env.isEmpty {
            entries.append(ConfigEntry("env", .list(env.map {
                .map([ConfigEntry("name", .string($0.0)), ConfigEntry("value", .string($0.1))])
            })))
        }
        if !ports.isEmpty {
            entries.append(ConfigEntry("service", .map([ConfigEntry("ports", .list(ports.map {
                .map([ConfigEntry("name", .string($0.0)), ConfigEntry("port", .int($0.1)), ConfigEntry("targetPort", .int($0.1))])
            }))])))
        }
        if let resources = planned?["resources"] { entries.append(ConfigEntry("resources", resources)) }
        if let autoscaling = planned?["autoscaling"] {
            var hpa: [ConfigEntry] = []
            if let minimum = autoscaling["minReplicas"] { hpa.append(ConfigEntry("minReplicas", minimum)) }
            if let maximum = autoscaling["maxReplicas"] { hpa.append(ConfigEntry("maxReplicas", maximum)) }
            if let target = autoscaling["targetCPUUtilizationPercentage"] {
                hpa.append(ConfigEntry("metrics", .list([.map([
                    ConfigEntry("type", "Resource"),
                    ConfigEntry("resource", .map([
                        ConfigEntry("name", "cpu"),
                        ConfigEntry("target", .map([ConfigEntry("type", "Utilization"), ConfigEntry("averageUtilization", target)])),
                    ])),
                ])])))
            }
            entries.append(ConfigEntry("hpaSpec", .map(hpa)))
        }
        return .map(entries)
    }

    /// The `Gateway` that exposes the cluster's services to other networks through the
    /// east-west gateway (mTLS passthrough on 15443).
    public var crossNetworkGateway: ConfigValue {
        .map([
            ConfigEntry("apiVersion", "networking.istio.io/v1"),
            ConfigEntry("kind", "Gateway"),
            ConfigEntry("metadata", .map([
                ConfigEntry("name", "cross-network-gateway"),
                ConfigEntry("namespace", .string(Self.namespace)),
            ])),
            ConfigEntry("spec", .map([
                ConfigEntry("selector", .map([ConfigEntry("istio", "eastwestgateway")])),
                ConfigEntry("servers", .list([.map([
                    ConfigEntry("port", .map([
                        ConfigEntry("number", 15443), ConfigEntry("name", "tls"), ConfigEntry("protocol", "TLS"),
                    ])),
                    ConfigEntry("tls", .map([ConfigEntry("mode", "AUTO_PASSTHROUGH")])),
                    ConfigEntry("hosts", .list(["*.local"])),
                ])])),
            ])),
        ])
    }

    /// Mesh-wide `PeerAuthentication` in the root namespace: mutual TLS is `STRICT`.
    public var strictPeerAuthentication: ConfigValue {
        .map([
            ConfigEntry("apiVersion", "security.istio.io/v1"),
            ConfigEntry("kind", "PeerAuthentication"),
            ConfigEntry("metadata", .map([
                ConfigEntry("name", "default"),
                ConfigEntry("namespace", .string(Self.namespace)),
            ])),
            ConfigEntry("spec", .map([ConfigEntry("mtls", .map([ConfigEntry("mode", "STRICT")]))])),
        ])
    }

    /// The planner's mesh-wide `Telemetry` resource, if it planned one.
    public var telemetry: ConfigValue? { tuning["telemetry"] }
}
