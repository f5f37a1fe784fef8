import FleetEngine
import FleetModel

/// The Istio documents of one cluster, as the Istio install guides (istio/istio.io
/// `content/en/docs/setup/install/multicluster/`) install them for its place in the mesh:
/// the `istio-system` Namespace with its topology label and annotation, the `IstioOperator`
/// for `istioctl install -f` (a control plane, or `profile: remote`), a second
/// `IstioOperator` for the gateways installed after it, the istiod exposure and the
/// cross-network `Gateway`, and the mesh-wide policy a primary holds (`PeerAuthentication`,
/// `Telemetry`, the locality-failover `DestinationRule`).
///
/// Values come from the planner's Istio settings (`istiod`, `sidecar`, `ingressGateway`,
/// `telemetry`) and the mesh install (`MeshInstall`). Shapes follow istio/istio
/// `samples/multicluster/` (`gen-eastwest-gateway.sh`, `expose-services.yaml`,
/// `expose-istiod.yaml`); field names are checked against `UpstreamSchemas`.
public struct IstioDocuments: Sendable {
    /// The namespace of the control plane and of mesh-wide policy.
    public static let namespace = "istio-system"

    /// The cluster's place in the mesh.
    public enum Role: Sendable, Equatable {
        /// A mesh of its own: the cluster is outside any multi-cluster mesh.
        case standalone
        /// A primary: istiod runs here; `servesRemotes` when remote clusters follow it.
        case primary(servesRemotes: Bool)
        /// A remote: its proxies use the istiod of `primary`, reached at `pilotAddress`.
        case remote(primary: String, pilotAddress: String)
    }

    /// The cluster Istio is installed in.
    public var cluster: Cluster
    /// Its place in the mesh.
    public var role: Role
    /// The mesh ID.
    public var meshID: String
    /// The trust domain.
    public var trustDomain: String
    /// The planner's Istio settings for the cluster's profile.
    public var tuning: ConfigValue
    /// True when the cluster runs an east-west gateway.
    public var eastWestGateway: Bool
    /// True when the cluster applies the cross-network `Gateway` (a primary on a gateway network).
    public var exposesServices: Bool
    /// The provider of the cluster's profile, for internal load-balancer annotations.
    public var provider: Provider?
    /// True when the east-west gateway sits on the provider's internal load balancer.
    public var internalGateway: Bool
    /// The mesh's locality failover rules (applied on primaries and standalone meshes).
    public var failover: [FailoverRule]
    /// True when the requirements ask for mutual TLS (`PeerAuthentication` `STRICT`).
    public var mtls: Bool = false

    public init(
        cluster: Cluster, role: Role, meshID: String, trustDomain: String, tuning: ConfigValue,
        eastWestGateway: Bool = false, exposesServices: Bool = false, provider: Provider? = nil,
        internalGateway: Bool = false, failover: [FailoverRule] = []
    ) {
        self.cluster = cluster
        self.role = role
        self.meshID = meshID
        self.trustDomain = trustDomain
        self.tuning = tuning
        self.eastWestGateway = eastWestGateway
        self.exposesServices = exposesServices
        self.provider = provider
        self.internalGateway = internalGateway
        self.failover = failover
    }

    /// True when the cluster follows a primary's control plane (`profile: remote`).
    public var isRemote: Bool { if case .remote = role { true } else { false } }
    /// True when istiod is exposed to remote clusters (`values.global.externalIstiod`).
    public var exposesIstiod: Bool { role == .primary(servesRemotes: true) }
    /// True when the cluster is part of a multi-cluster mesh.
    public var inMesh: Bool { role != .standalone }
    /// True when the cluster holds mesh configuration (a primary, or a mesh of its own):
    /// Istio reads `Gateway`, `PeerAuthentication`, `Telemetry` and `DestinationRule` from the
    /// cluster its istiod runs in, so on a remote they would do nothing.
    public var holdsConfiguration: Bool { !isRemote }

    /// The `istio-system` Namespace: `topology.istio.io/network` (the cluster's default
    /// network), and on a remote `topology.istio.io/controlPlaneClusters` naming its primary.
    public var namespaceDocument: ConfigValue {
        var metadata: [ConfigEntry] = [
            ConfigEntry("name", .string(Self.namespace)),
            ConfigEntry("labels", .map([ConfigEntry("topology.istio.io/network", .string(cluster.network))])),
        ]
        if case .remote(let primary, _) = role {
            metadata.append(ConfigEntry("annotations", .map([ConfigEntry("topology.istio.io/controlPlaneClusters", .string(primary))])))
        }
        return .map([
            ConfigEntry("apiVersion", "v1"),
            ConfigEntry("kind", "Namespace"),
            ConfigEntry("metadata", .map(metadata)),
        ])
    }

    /// The mesh identity every `IstioOperator` of the cluster carries.
    var globalIdentity: [ConfigEntry] {
        [
            ConfigEntry("meshID", .string(meshID)),
            ConfigEntry("multiCluster", .map([ConfigEntry("clusterName", .string(cluster.name))])),
            ConfigEntry("network", .string(cluster.network)),
        ]
    }

    /// The `IstioOperator` of the control plane (or, on a remote, of the remote profile).
    ///
    /// A remote installs no gateway here: a gateway's proxy needs istiod, which accepts it
    /// only once the remote secret is in place, so the remote's gateways come after it
    /// (`gatewaysOperator`), as the `primary-remote_multi-network` guide orders them.
    public var istioOperator: ConfigValue {
        var global = globalIdentity
        if case .remote(_, let address) = role {
            global.append(ConfigEntry("remotePilotAddress", .string(address)))
        }
        if exposesIstiod { global.append(ConfigEntry("externalIstiod", true)) }
        if let resources = tuning.value(at: ["sidecar", "resources"]) {
            global.append(ConfigEntry("proxy", .map([ConfigEntry("resources", resources)])))
        }
        var values: [ConfigEntry] = [ConfigEntry("global", .map(global))]
        if isRemote {
            values.append(ConfigEntry("istiodRemote", .map([
                ConfigEntry("injectionPath", .string("/inject/cluster/\(cluster.name)/net/\(cluster.network)")),
            ])))
        }
        var meshConfig: [ConfigEntry] = [ConfigEntry("trustDomain", .string(trustDomain))]
        if let concurrency = tuning.value(at: ["sidecar", "concurrency"]) {
            meshConfig.append(ConfigEntry("defaultConfig", .map([ConfigEntry("concurrency", concurrency)])))
        }
        var components: [ConfigEntry] = []
        if !isRemote {
            components.append(ConfigEntry("pilot", .map([
                ConfigEntry("enabled", true),
                ConfigEntry("k8s", Self.kubernetes(tuning["istiod"], env: [], ports: [])),
            ])))
            components.append(ConfigEntry("ingressGateways", .list([ingressComponent])))
        }
        var spec: [ConfigEntry] = [ConfigEntry("profile", .string(isRemote ? "remote" : "default"))]
        spec.append(ConfigEntry("meshConfig", .map(meshConfig)))
        spec.append(ConfigEntry("values", .map(values)))
        if !components.isEmpty { spec.append(ConfigEntry("components", .map(components))) }
        return Self.istioOperator(name: cluster.name, spec: spec)
    }

    /// The gateways installed after the control plane, as their own `IstioOperator`
    /// (`profile: empty`, as `gen-eastwest-gateway.sh` writes it): the east-west gateway, and
    /// on a remote its ingress gateway too. `nil` when there is none.
    public var gatewaysOperator: ConfigValue? {
        var gateways: [ConfigValue] = []
        if isRemote { gateways.append(ingressComponent) }
        if eastWestGateway { gateways.append(eastWestComponent) }
        guard !gateways.isEmpty else { return nil }
        return Self.istioOperator(name: "\(cluster.name)-gateways", spec: [
            ConfigEntry("profile", "empty"),
            ConfigEntry("values", .map([ConfigEntry("global", .map(globalIdentity))])),
            ConfigEntry("components", .map([ConfigEntry("ingressGateways", .list(gateways))])),
        ])
    }

    static func istioOperator(name: String, spec: [ConfigEntry]) -> ConfigValue {
        .map([
            ConfigEntry("apiVersion", "install.istio.io/v1alpha1"),
            ConfigEntry("kind", "IstioOperator"),
            ConfigEntry("metadata", .map([
                ConfigEntry("name", .string(name)),
                ConfigEntry("namespace", .string(Self.namespace)),
            ])),
            ConfigEntry("spec", .map(spec)),
        ])
    }

    /// The north-south ingress gateway (`istio-ingressgateway`).
    var ingressComponent: ConfigValue {
        .map([
            ConfigEntry("name", "istio-ingressgateway"),
            ConfigEntry("enabled", true),
            ConfigEntry("k8s", Self.kubernetes(tuning["ingressGateway"], env: [], ports: [])),
        ])
    }

    /// The east-west gateway component (`istio-eastwestgateway`), as `gen-eastwest-gateway.sh`
    /// writes it, on the provider's internal load balancer when the networks are private.
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
                ("status-port", 15021), ("tls", 15443), ("tls-istiod", 15012), ("tls-webhook", 15017),
            ], serviceAnnotations: internalGateway ? InternalLoadBalancer.annotations(for: provider) : [])),
        ])
    }

    /// `KubernetesResources` from a planned component (`autoscaling`, `resources`), always kept
    /// on Linux nodes: Istio does not support Windows workloads (istio/istio#27893), so neither
    /// istiod nor a gateway may land on a Windows node of a mixed cluster.
    static func kubernetes(_ planned: ConfigValue?, env: [(String, String)], ports: [(String, Int)],
                           serviceAnnotations: [(String, String)] = []) -> ConfigValue {
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
        if !serviceAnnotations.isEmpty {
            entries.append(ConfigEntry("serviceAnnotations", .map(serviceAnnotations.map { ConfigEntry($0.0, .string($0.1)) })))
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

    /// The `Gateway` that exposes the mesh's services to other networks through the
    /// east-west gateways (mTLS `AUTO_PASSTHROUGH` on 15443), `expose-services.yaml`.
    /// `nil` unless `exposesServices`.
    public var crossNetworkGateway: ConfigValue? {
        guard exposesServices else { return nil }
        return .map([
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
    /// `nil` on a remote, whose istiod reads policy from its primary.
    public var strictPeerAuthentication: ConfigValue? {
        guard holdsConfiguration else { return nil }
        return .map([
            ConfigEntry("apiVersion", "security.istio.io/v1"),
            ConfigEntry("kind", "PeerAuthentication"),
            ConfigEntry("metadata", .map([
                ConfigEntry("name", "default"),
                ConfigEntry("namespace", .string(Self.namespace)),
            ])),
            ConfigEntry("spec", .map([ConfigEntry("mtls", .map([ConfigEntry("mode", "STRICT")]))])),
        ])
    }

    /// The planner's mesh-wide `Telemetry` resource, if it planned one; `nil` on a remote.
    public var telemetry: ConfigValue? { holdsConfiguration ? tuning["telemetry"] : nil }
}
