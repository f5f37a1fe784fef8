import FleetEngine
import FleetModel

/// The Kustomize tree Argo CD or Flux syncs for one cluster.
///
/// `gitops/clusters/<cluster>/kustomization.yaml` lists a `ConfigMap` recording the cluster's
/// design (so every tree applies something and the cluster can tell which design it runs)
/// and, when the mesh is on, the directory `clusters/<cluster>/istio/`, which has its own
/// `kustomization.yaml` listing the Istio resources. Every reference is relative and stays
/// inside the bundle; Kustomize's default load restrictor accepts directories outside the
/// root and files inside it, and this tree uses nothing else.
public struct GitOpsTree: Sendable {
    /// The ConfigMap's file name inside the GitOps directory.
    public static let recordFile = "cluster-design.yaml"

    /// The project's name, recorded in the ConfigMap.
    public var projectName: String
    /// The cluster the tree deploys to.
    public var cluster: Cluster
    /// Relative paths (from the GitOps directory) of resource directories to include.
    public var resourceDirectories: [String]

    public init(projectName: String, cluster: Cluster, resourceDirectories: [String]) {
        self.projectName = projectName
        self.cluster = cluster
        self.resourceDirectories = resourceDirectories
    }

    /// `kustomization.yaml` of the cluster's GitOps directory.
    public var kustomization: ConfigValue {
        .map([
            ConfigEntry("apiVersion", "kustomize.config.k8s.io/v1beta1"),
            ConfigEntry("kind", "Kustomization"),
            ConfigEntry("labels", .list([.map([
                ConfigEntry("pairs", .map([ConfigEntry("app.kubernetes.io/managed-by", "fleetplan")])),
                ConfigEntry("includeSelectors", false),
            ])])),
            ConfigEntry("resources", .list(([Self.recordFile] + resourceDirectories).map { .string($0) })),
        ])
    }

    /// The `ConfigMap` that records which design the cluster runs.
    public var record: ConfigValue {
        .map([
            ConfigEntry("apiVersion", "v1"),
            ConfigEntry("kind", "ConfigMap"),
            ConfigEntry("metadata", .map([
                ConfigEntry("name", "fleetplan-cluster-design"),
                ConfigEntry("namespace", "kube-system"),
            ])),
            ConfigEntry("data", .map([
                ConfigEntry("project", .string(projectName)),
                ConfigEntry("cluster", .string(cluster.name)),
                ConfigEntry("role", .string(cluster.role.rawValue)),
                ConfigEntry("environment", .string(cluster.environment)),
                ConfigEntry("region", .string(cluster.region)),
                ConfigEntry("profile", .string(cluster.profile)),
                ConfigEntry("network", .string(cluster.network)),
                ConfigEntry("meshRole", .string(cluster.meshRole?.rawValue ?? "none")),
            ])),
        ])
    }

    /// A `kustomization.yaml` that lists `files` (relative, in the same directory).
    public static func kustomization(listing files: [String]) -> ConfigValue {
        .map([
            ConfigEntry("apiVersion", "kustomize.config.k8s.io/v1beta1"),
            ConfigEntry("kind", "Kustomization"),
            ConfigEntry("resources", .list(files.map { .string($0) })),
        ])
    }
}
