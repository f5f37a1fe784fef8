import FleetEngine
import FleetModel

/// `management/`: GitOps delivery from the management cluster to every cluster of the design,
/// and the management components, for Argo CD or Flux (`topology.gitops.tool`).
///
/// - Argo CD: two AppProjects (the cluster trees, the components), an ApplicationSet whose list
///   generator deploys each cluster's `gitops/clusters/<cluster>` tree to that cluster, an
///   Application per management-only component and an ApplicationSet per component that runs
///   on every cluster. The management cluster is Argo CD's `in-cluster`; every other cluster is
///   registered under its own name by `bootstrap.sh` (`argocd cluster add --name`).
/// - Flux: a GitRepository for the bundle's repository, a Kustomization per cluster (remote
///   clusters through `spec.kubeConfig.secretRef`, the Secret `<cluster>-kubeconfig` that
///   `bootstrap.sh` creates), a HelmRepository per chart repository and a HelmRelease per
///   component and cluster.
///
/// The repository URL and revision come from `topology.gitops`; the bundle is expected at the
/// repository's root. Every manifest is checked against the upstream CRD tables
/// (`UpstreamSchemas.argo*`, `UpstreamSchemas.flux*`).
struct ManagementFiles {
    var context: BundleContext
    /// The cluster that runs the GitOps controller.
    var management: Cluster

    /// The placeholder written when `topology.gitops.repository` is empty (`FP326`).
    static func repositoryPlaceholder(_ project: Project) -> String {
        "https://git.example.com/REPLACE-ORG/\(BundlePath.component(project.metadata.name)).git"
    }

    /// The placeholder parent zone when `topology.gitops.dnsZone` is empty (`FP326`).
    static let zonePlaceholder = "example.com"

    /// The files, or none when the bundle is not for Kubernetes or the topology has no
    /// management cluster.
    static func make(context: BundleContext) -> ManagementFiles? {
        guard context.isKubernetes,
              let management = context.project.topology.clusters.first(where: { $0.role == .management }) else { return nil }
        return ManagementFiles(context: context, management: management)
    }

    var project: Project { context.project }
    var gitops: GitOpsSettings { project.topology.gitops }

    /// The Cluster API manifests, when the project creates its clusters through Cluster API.
    var clusterAPI: ClusterAPIFiles? {
        gitops.clusterAPI ? ClusterAPIFiles(context: context, instances: try? InstanceCatalog.bundled()) : nil
    }
    var projectName: String { BundlePath.component(project.metadata.name) }
    var repository: String { gitops.repository.isEmpty ? Self.repositoryPlaceholder(project) : gitops.repository }

    /// The revision without a `refs/heads/` or `refs/tags/` prefix (Argo CD's `targetRevision`).
    var revision: String {
        for prefix in ["refs/heads/", "refs/tags/"] where gitops.revision.hasPrefix(prefix) {
            return String(gitops.revision.dropFirst(prefix.count))
        }
        return gitops.revision
    }

    /// One entry per cluster, the management cluster first.
    struct Target {
        var cluster: Cluster
        /// A DNS label for object names: the sanitised cluster name.
        var label: String
        /// Argo CD's name for the cluster: `in-cluster` for the management cluster.
        var destination: String
        var isManagement: Bool
        var provider: Provider
        var path: String
        /// The DNS zone its ExternalDNS manages: `<region>.<zone>`.
        var zone: String
        var contextVariable: String
    }

    var targets: [Target] {
        let clusters = [management] + project.topology.clusters.filter { $0.name != management.name }
        let zone = gitops.dnsZone.isEmpty ? Self.zonePlaceholder : gitops.dnsZone
        return clusters.map { cluster in
            let isManagement = cluster.name == management.name
            let label = BundlePath.component(cluster.name)
            return Target(
                cluster: cluster, label: label, destination: isManagement ? "in-cluster" : cluster.name,
                isManagement: isManagement,
                provider: project.profiles.first { $0.name == cluster.profile }?.provider ?? .bareMetal,
                path: BundleLayout.gitopsDirectory(cluster.name),
                zone: "\(BundlePath.component(cluster.region)).\(zone)",
                contextVariable: MeshInstall.variable("CTX", cluster.name))
        }
    }

    var files: [(path: String, text: String)] {
        var manifests: [(name: String, documents: [ConfigValue])]
        switch gitops.tool {
        case .argoCD:
            manifests = [("argocd/projects.yaml", appProjects), ("argocd/cluster-trees.yaml", [clusterTrees]),
                         ("argocd/components.yaml", argoComponents)]
        case .flux:
            manifests = [("flux/repository.yaml", [gitRepository]), ("flux/cluster-trees.yaml", fluxKustomizations),
                         ("flux/components.yaml", fluxComponents)]
        }
        if let clusterAPI {
            manifests.append(gitops.tool == .argoCD ? ("argocd/cluster-api.yaml", [argoClusterAPI(clusterAPI)])
                                                    : ("flux/cluster-api.yaml", [fluxClusterAPI]))
        }
        var files = manifests.map { ("management/\($0.name)", $0.documents.map { $0.yaml() }.joined(separator: "---\n")) }
        files += clusterAPI?.files ?? []
        files.append(("management/kustomization.yaml", GitOpsTree.kustomization(listing: manifests.map(\.name)).yaml()))
        files.append(("management/env.sh", env))
        files.append(("management/bootstrap.sh", gitops.tool == .argoCD ? argoBootstrap : fluxBootstrap))
        return files.sorted { $0.0 < $1.0 }
    }

}
