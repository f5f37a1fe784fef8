import FleetEngine
import FleetModel

/// The provider files of a cluster whose profile runs a managed control plane, in place of
/// kubeadm, scheduler and audit files: EKS `eksctl-cluster.yaml`, GKE `gke/…`, AKS `aks/…`.
///
/// ```swift
/// ManagedClusterFiles.make(cluster: cluster, plan: plan, context: context)?.files   // [(path, text)]
/// ```
struct ManagedClusterFiles {
    /// Paths relative to the cluster directory → text.
    var files: [(path: String, text: String)]
    /// Every derived setting and who sets it, for the report.
    var settings: [ManagedCluster.Setting]

    /// The files of `cluster`, or `nil` when its profile is self-managed or its plan lacks a range.
    static func make(cluster: Cluster, plan: ClusterPlan, context: BundleContext) -> ManagedClusterFiles? {
        guard plan.sizing.profile.runsManagedControlPlane,
              let nodes = plan.range(.node), let pods = plan.range(.pod), let services = plan.range(.service) else { return nil }
        let managed = ManagedCluster(cluster: cluster, plan: plan, version: plan.tuning.tableVersion,
                                     nodeRange: nodes, podRange: pods, serviceRange: services)
        switch plan.sizing.profile.provider {
        case .aws:
            let config = EksctlClusterConfig(cluster: managed, projectName: context.project.metadata.name)
            return ManagedClusterFiles(files: [("eksctl-cluster.yaml", config.yaml)], settings: config.settings)
        case .gcp:
            let pool = GKENodePool(cluster: managed)
            return ManagedClusterFiles(files: [
                ("gke/create.sh", pool.script),
                ("gke/node-system-config.yaml", pool.systemConfig.yaml()),
            ], settings: pool.settings)
        case .azure:
            let pool = AKSNodePool(cluster: managed)
            return ManagedClusterFiles(files: [
                ("aks/create.sh", pool.script),
                ("aks/kubelet-config.json", pool.kubeletConfig.json() + "\n"),
                ("aks/linux-os-config.json", pool.linuxOSConfig.json() + "\n"),
            ], settings: pool.settings)
        case .bareMetal:
            return nil
        }
    }
}
