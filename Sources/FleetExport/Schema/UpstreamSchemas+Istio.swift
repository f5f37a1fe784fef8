extension UpstreamSchemas {
    /// `IstioOperator` (install.istio.io/v1alpha1), the input of `istioctl install -f`.
    ///
    /// Sources: istio/istio `operator/pkg/apis/types.go` (`IstioOperatorSpec`,
    /// `IstioComponentSpec`, `GatewayComponentSpec`, `KubernetesResources`);
    /// istio/istio `operator/pkg/apis/values_types.proto` (`GlobalConfig.meshID`, `.network`,
    /// `.multiCluster.clusterName`, `.remotePilotAddress`, `.proxy.resources`,
    /// `.externalIstiod`, `IstiodRemoteConfig.injectionPath`); istio/api `mesh/v1alpha1/config.proto`
    /// (`MeshConfig.trustDomain`, `.defaultConfig`) and `mesh/v1alpha1/proxy.proto`
    /// (`ProxyConfig.concurrency`); `hpaSpec` is kubernetes `autoscaling/v2`
    /// `HorizontalPodAutoscalerSpec` (`staging/src/k8s.io/api/autoscaling/v2/types.go`).
    /// Gateway shape and ports from istio/istio `samples/multicluster/gen-eastwest-gateway.sh`.
    public static let istioOperator = DocumentSchema(
        apiVersion: "install.istio.io/v1alpha1", kind: "IstioOperator",
        source: "istio/istio operator/pkg/apis/types.go",
        fields: objectMeta + [
            .init("spec"),
            .init("spec.profile", .oneOf(["default", "demo", "minimal", "remote", "empty", "preview", "ambient"])),
            .init("spec.meshConfig"),
            .init("spec.meshConfig.trustDomain"),
            .init("spec.meshConfig.defaultConfig"),
            .init("spec.meshConfig.defaultConfig.concurrency"),
            .init("spec.values"),
            .init("spec.values.global"),
            .init("spec.values.global.meshID"),
            .init("spec.values.global.network"),
            .init("spec.values.global.remotePilotAddress"),
            .init("spec.values.global.externalIstiod"),
            .init("spec.values.global.multiCluster"),
            .init("spec.values.global.multiCluster.clusterName"),
            .init("spec.values.global.proxy"),
            .init("spec.values.global.proxy.resources"),
            .init("spec.values.pilot"),
            .init("spec.values.pilot.env", .freeKeys(allowed: ["EXTERNAL_ISTIOD"])),
            .init("spec.values.istiodRemote"),
            .init("spec.values.istiodRemote.injectionPath"),
            .init("spec.components"),
            .init("spec.components.pilot"),
            .init("spec.components.pilot.enabled"),
            .init("spec.components.ingressGateways"),
            .init("spec.components.ingressGateways[].name"),
            .init("spec.components.ingressGateways[].enabled"),
            .init("spec.components.ingressGateways[].label", .freeKeys(allowed: nil)),
        ] + resources("spec.values.global.proxy.resources")
          + kubernetesResources("spec.components.pilot.k8s")
          + kubernetesResources("spec.components.ingressGateways[].k8s"))

    /// `KubernetesResources` fields Fleetplan sets under `prefix`.
    static func kubernetesResources(_ prefix: String) -> [DocumentSchema.Field] {
        [
            .init(prefix),
            .init("\(prefix).resources"),
            .init("\(prefix).nodeSelector", .freeKeys(allowed: ["kubernetes.io/os"])),
            .init("\(prefix).env"),
            .init("\(prefix).env[].name"),
            .init("\(prefix).env[].value"),
            .init("\(prefix).service"),
            .init("\(prefix).service.ports"),
            .init("\(prefix).service.ports[].name"),
            .init("\(prefix).service.ports[].port"),
            .init("\(prefix).service.ports[].targetPort"),
            .init("\(prefix).serviceAnnotations", .freeKeys(allowed: nil)),
            .init("\(prefix).hpaSpec"),
            .init("\(prefix).hpaSpec.minReplicas"),
            .init("\(prefix).hpaSpec.maxReplicas"),
            .init("\(prefix).hpaSpec.metrics"),
            .init("\(prefix).hpaSpec.metrics[].type", .oneOf(["Object", "Pods", "Resource", "ContainerResource", "External"])),
            .init("\(prefix).hpaSpec.metrics[].resource"),
            .init("\(prefix).hpaSpec.metrics[].resource.name", .oneOf(["cpu", "memory"])),
            .init("\(prefix).hpaSpec.metrics[].resource.target"),
            .init("\(prefix).hpaSpec.metrics[].resource.target.type", .oneOf(["Utilization", "Value", "AverageValue"])),
            .init("\(prefix).hpaSpec.metrics[].resource.target.averageUtilization"),
        ] + resources("\(prefix).resources")
    }

    /// `ResourceRequirements` requests and limits (CPU and memory quantities) under `prefix`.
    static func resources(_ prefix: String) -> [DocumentSchema.Field] {
        ["requests", "limits"].flatMap { side in
            [
                DocumentSchema.Field("\(prefix).\(side)"),
                DocumentSchema.Field("\(prefix).\(side).cpu", .quantity),
                DocumentSchema.Field("\(prefix).\(side).memory", .quantity),
            ]
        }
    }

    /// `Gateway` (networking.istio.io/v1), the east-west gateway's cross-network listener.
    ///
    /// Source: istio/api `networking/v1alpha3/gateway.proto` (`Gateway`, `Server`, `Port`,
    /// `ServerTLSSettings.TLSmode`), served as `networking.istio.io/v1` since Istio 1.22;
    /// the shape of istio/istio `samples/multicluster/expose-services.yaml`.
    public static let gateway = DocumentSchema(
        apiVersion: "networking.istio.io/v1", kind: "Gateway",
        source: "istio/api networking/v1alpha3/gateway.proto",
        fields: objectMeta + [
            .init("spec"),
            .init("spec.selector", .freeKeys(allowed: nil)),
            .init("spec.servers"),
            .init("spec.servers[].port"),
            .init("spec.servers[].port.number"),
            .init("spec.servers[].port.name"),
            .init("spec.servers[].port.protocol", .oneOf(["HTTP", "HTTPS", "GRPC", "HTTP2", "MONGO", "TCP", "TLS"])),
            .init("spec.servers[].hosts"),
            .init("spec.servers[].tls"),
            .init("spec.servers[].tls.mode", .oneOf([
                "PASSTHROUGH", "SIMPLE", "MUTUAL", "AUTO_PASSTHROUGH", "ISTIO_MUTUAL", "OPTIONAL_MUTUAL",
            ])),
        ])

    /// `VirtualService` (networking.istio.io/v1): the TLS routes that expose istiod to remotes.
    ///
    /// Source: istio/api `networking/v1alpha3/virtual_service.proto` (`VirtualService`,
    /// `TLSRoute`, `TLSMatchAttributes`, `RouteDestination`, `Destination`, `PortSelector`,
    /// `HTTPRoute`, `HTTPRouteDestination.weight`, `Destination.subset`),
    /// served as `networking.istio.io/v1` since Istio 1.22; the shape of istio/istio
    /// `samples/multicluster/expose-istiod.yaml`.
    public static let virtualService = DocumentSchema(
        apiVersion: "networking.istio.io/v1", kind: "VirtualService",
        source: "istio/api networking/v1alpha3/virtual_service.proto",
        fields: objectMeta + [
            .init("spec"),
            .init("spec.hosts"),
            .init("spec.gateways"),
            .init("spec.tls"),
            .init("spec.tls[].match"),
            .init("spec.tls[].match[].port"),
            .init("spec.tls[].match[].sniHosts"),
            .init("spec.tls[].route"),
            .init("spec.tls[].route[].destination"),
            .init("spec.tls[].route[].destination.host"),
            .init("spec.tls[].route[].destination.port"),
            .init("spec.tls[].route[].destination.port.number"),
            .init("spec.http"),
            .init("spec.http[].name"),
            .init("spec.http[].route"),
            .init("spec.http[].route[].destination"),
            .init("spec.http[].route[].destination.host"),
            .init("spec.http[].route[].destination.subset"),
            .init("spec.http[].route[].weight"),
        ])

    /// `PeerAuthentication` (security.istio.io/v1), mesh-wide mutual TLS.
    ///
    /// Source: istio/api `security/v1beta1/peer_authentication.proto` (`PeerAuthentication`,
    /// `MutualTLS.Mode`), served as `security.istio.io/v1` since Istio 1.22.
    public static let peerAuthentication = DocumentSchema(
        apiVersion: "security.istio.io/v1", kind: "PeerAuthentication",
        source: "istio/api security/v1beta1/peer_authentication.proto",
        fields: objectMeta + [
            .init("spec"),
            .init("spec.mtls"),
            .init("spec.mtls.mode", .oneOf(["UNSET", "DISABLE", "PERMISSIVE", "STRICT"])),
        ])

    /// `Telemetry` (telemetry.istio.io/v1), mesh-wide metrics and access logs.
    ///
    /// Source: istio/api `telemetry/v1alpha1/telemetry.proto` (`Telemetry`, `Metrics`,
    /// `AccessLogging`, `ProviderRef`, `AccessLogging.Filter`), served as
    /// `telemetry.istio.io/v1` since Istio 1.22.
    public static let telemetry = DocumentSchema(
        apiVersion: "telemetry.istio.io/v1", kind: "Telemetry",
        source: "istio/api telemetry/v1alpha1/telemetry.proto",
        fields: objectMeta + [
            .init("spec"),
            .init("spec.metrics"),
            .init("spec.metrics[].providers"),
            .init("spec.metrics[].providers[].name"),
            .init("spec.accessLogging"),
            .init("spec.accessLogging[].providers"),
            .init("spec.accessLogging[].providers[].name"),
            .init("spec.accessLogging[].filter"),
            .init("spec.accessLogging[].filter.expression"),
        ])

    /// `DestinationRule` (networking.istio.io/v1): locality failover and the canary and
    /// blue-green subsets.
    ///
    /// Source: istio/api `networking/v1alpha3/destination_rule.proto` (`DestinationRule`,
    /// `TrafficPolicy`, `LoadBalancerSettings.localityLbSetting`, `OutlierDetection`, `Subset`)
    /// and `networking/v1alpha3/..`'s `LocalityLoadBalancerSetting` (`enabled`, `failover[].from`,
    /// `.to`), served as `networking.istio.io/v1` since Istio 1.22.
    public static let destinationRule = DocumentSchema(
        apiVersion: "networking.istio.io/v1", kind: "DestinationRule",
        source: "istio/api networking/v1alpha3/destination_rule.proto",
        fields: objectMeta + [
            .init("spec"),
            .init("spec.host"),
            .init("spec.trafficPolicy"),
            .init("spec.trafficPolicy.loadBalancer"),
            .init("spec.trafficPolicy.loadBalancer.localityLbSetting"),
            .init("spec.trafficPolicy.loadBalancer.localityLbSetting.enabled"),
            .init("spec.trafficPolicy.loadBalancer.localityLbSetting.failover"),
            .init("spec.trafficPolicy.loadBalancer.localityLbSetting.failover[].from"),
            .init("spec.trafficPolicy.loadBalancer.localityLbSetting.failover[].to"),
            .init("spec.trafficPolicy.outlierDetection"),
            .init("spec.trafficPolicy.outlierDetection.consecutive5xxErrors"),
            .init("spec.trafficPolicy.outlierDetection.interval"),
            .init("spec.trafficPolicy.outlierDetection.baseEjectionTime"),
            .init("spec.trafficPolicy.outlierDetection.maxEjectionPercent"),
            .init("spec.subsets"),
            .init("spec.subsets[].name"),
            .init("spec.subsets[].labels", .freeKeys(allowed: nil)),
        ])

    /// `Kustomization` (kustomize.config.k8s.io/v1beta1).
    ///
    /// Source: kubernetes-sigs/kustomize `api/types/kustomization.go` (`Kustomization`,
    /// `Label` in `api/types/labels.go`).
    public static let kustomization = DocumentSchema(
        apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization",
        source: "kubernetes-sigs/kustomize api/types/kustomization.go",
        fields: [
            .init("resources"),
            .init("namespace"),
            .init("labels"),
            .init("labels[].pairs", .freeKeys(allowed: nil)),
            .init("labels[].includeSelectors"),
            .init("commonAnnotations", .freeKeys(allowed: nil)),
        ])
}
