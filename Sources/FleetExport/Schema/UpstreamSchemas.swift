/// The upstream API types the bundle emits, each with the fields Fleetplan writes and the
/// file they were read from.
///
/// A field is listed here only after it was checked against the upstream type at its
/// source; the bundle test walks every emitted document and rejects any key path or enum
/// value missing from these tables. `KubeletConfiguration` and `KubeSchedulerConfiguration`
/// are checked against the planning engine's `ConfigFieldTables` instead, which track the
/// Kubernetes release each field appeared in.
public enum UpstreamSchemas {
    /// Every table of this file and its extensions, by `apiVersion` and `kind`.
    public static let all: [DocumentSchema] = [
        clusterConfiguration, auditPolicy, istioOperator, gateway, virtualService, destinationRule, peerAuthentication, telemetry,
        kustomization, configMap, namespace, knativeService, eksctlClusterConfig, nodeadmNodeConfig,
        argoAppProject, argoApplication, argoApplicationSet, fluxGitRepository, fluxHelmRepository, fluxKustomization, fluxHelmRelease,
        capiCluster, capiMachineDeployment, capiMachinePool, capiKubeadmControlPlane, capiKubeadmConfigTemplate,
        capaAWSCluster, capaAWSMachineTemplate, capaAWSManagedControlPlane, capaAWSManagedCluster, capaAWSManagedMachinePool,
        capgGCPCluster, capgGCPMachineTemplate, capgGCPManagedCluster, capgGCPManagedControlPlane, capgGCPManagedMachinePool,
        capzAzureCluster, capzAzureMachineTemplate, capzAzureASOManagedCluster, capzAzureASOManagedControlPlane, capzAzureASOManagedMachinePool,
        metal3Cluster, metal3MachineTemplate,
    ]

    /// The table for a document's `apiVersion` and `kind`, if Fleetplan emits that type.
    public static func schema(apiVersion: String, kind: String) -> DocumentSchema? {
        all.first { $0.apiVersion == apiVersion && $0.kind == kind }
    }

    /// `ConfigMap` (v1): the cluster record the GitOps tree applies.
    ///
    /// Source: kubernetes/kubernetes `staging/src/k8s.io/api/core/v1/types.go` (`ConfigMap`,
    /// `ObjectMeta` in `staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go`).
    public static let configMap = DocumentSchema(
        apiVersion: "v1", kind: "ConfigMap",
        source: "kubernetes/kubernetes staging/src/k8s.io/api/core/v1/types.go",
        fields: objectMeta + [
            .init("data", .freeKeys(allowed: nil)),
        ])

    /// `Namespace` (v1): `istio-system` with the mesh's topology label and annotation.
    ///
    /// Source: kubernetes/kubernetes `staging/src/k8s.io/api/core/v1/types.go` (`Namespace`);
    /// the keys `topology.istio.io/network` and `topology.istio.io/controlPlaneClusters`
    /// from istio/api `label/labels.yaml` and `annotation/annotations.yaml`.
    public static let namespace = DocumentSchema(
        apiVersion: "v1", kind: "Namespace",
        source: "kubernetes/kubernetes staging/src/k8s.io/api/core/v1/types.go",
        fields: [
            .init("metadata"),
            .init("metadata.name"),
            .init("metadata.labels", .freeKeys(allowed: ["topology.istio.io/network"])),
            .init("metadata.annotations", .freeKeys(allowed: ["topology.istio.io/controlPlaneClusters"])),
        ])

    /// `Policy` (audit.k8s.io/v1): what the API server records.
    ///
    /// Source: kubernetes/kubernetes `staging/src/k8s.io/apiserver/pkg/apis/audit/v1/types.go`
    /// (`Policy`, `PolicyRule`, `GroupResources`, `Level`, `Stage`).
    public static let auditPolicy = DocumentSchema(
        apiVersion: "audit.k8s.io/v1", kind: "Policy",
        source: "kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/apis/audit/v1/types.go",
        fields: [
            .init("omitStages"),
            .init("rules"),
            .init("rules[].level", .oneOf(["None", "Metadata", "Request", "RequestResponse"])),
            .init("rules[].users"),
            .init("rules[].userGroups"),
            .init("rules[].verbs"),
            .init("rules[].resources"),
            .init("rules[].resources[].group"),
            .init("rules[].resources[].resources"),
            .init("rules[].nonResourceURLs"),
            .init("rules[].omitStages"),
        ])

    /// The `metadata` fields Fleetplan sets on an object (`ObjectMeta`).
    ///
    /// Source: kubernetes/kubernetes `staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go`.
    static let objectMeta: [DocumentSchema.Field] = [
        .init("metadata"),
        .init("metadata.name"),
        .init("metadata.namespace"),
        .init("metadata.labels", .freeKeys(allowed: nil)),
        .init("metadata.annotations", .freeKeys(allowed: nil)),
    ]
}
