import FleetEngine
import FleetModel

/// The files of one cluster: `clusters/<cluster>/` (kubeadm and scheduler for a
/// self-managed control plane, the provider's own files for a managed one, Istio) and
/// `gitops/clusters/<cluster>/` (the Kustomize tree), all from the cluster's own plan
/// (`ClusterPlan`): its ranges, its control plane sized for its nodes, its istiod sized
/// for the sidecars it serves.
///
/// A cluster whose profile is missing or cannot be planned (structural errors in its
/// numbers) gets only its GitOps record; the report lists why. The audit policy is written
/// when the planner turns API auditing on, since `--audit-log-path` alone audits nothing.
struct ClusterFiles {
    var cluster: Cluster
    var context: BundleContext

    /// Paths relative to the bundle root → text, in a stable order.
    var files: [(path: String, text: String)] {
        let directory = BundleLayout.clusterDirectory(cluster.name)
        let gitops = BundleLayout.gitopsDirectory(cluster.name)
        var files: [(path: String, text: String)] = []
        var resourceDirectories: [String] = []
        if let clusterPlan = context.clusterPlan(for: cluster),
           let podRange = clusterPlan.range(.pod), let serviceRange = clusterPlan.range(.service) {
            let plan = clusterPlan.tuning
            if clusterPlan.sizing.profile.runsManagedControlPlane {
                for file in ManagedClusterFiles.make(cluster: cluster, plan: clusterPlan, context: context)?.files ?? [] {
                    files.append(("\(directory)/\(file.path)", file.text))
                }
            } else {
                let kubeadm = KubeadmConfiguration(
                    clusterName: cluster.name, version: plan.tableVersion,
                    apiServerFlags: plan.apiServer.value, etcdFlags: plan.etcd.value,
                    podCIDRMaskSize: clusterPlan.sizing.profile.podCIDRMaskSize,
                    podSubnet: podRange.description, serviceSubnet: serviceRange.description)
                files.append(("\(directory)/kubeadm-config.yaml", kubeadm.document.yaml() + "---\n" + plan.kubelet.value.yaml()))
                files.append(("\(directory)/scheduler-config.yaml", plan.scheduler.value.yaml()))
                if kubeadm.audits { files.append(("\(directory)/audit-policy.yaml", AuditPolicy.document.yaml())) }
            }
            if let istio = plan.istio, joinsMesh {
                let documents = istioDocuments(istio.value)
                var listed: [String] = []
                files.append(("\(directory)/istio/istio-operator.yaml", documents.istioOperator.yaml()))
                if documents.eastWestGateway {
                    files.append(("\(directory)/istio/eastwest-gateway.yaml", documents.crossNetworkGateway.yaml()))
                    listed.append("eastwest-gateway.yaml")
                }
                if let exposure = documents.istiodExposure {
                    files.append(("\(directory)/istio/expose-istiod.yaml", exposure.map { $0.yaml() }.joined(separator: "---\n")))
                    listed.append("expose-istiod.yaml")
                }
                if context.project.requirements.mtlsRequired {
                    files.append(("\(directory)/istio/peer-authentication.yaml", documents.strictPeerAuthentication.yaml()))
                    listed.append("peer-authentication.yaml")
                }
                if let telemetry = documents.telemetry {
                    files.append(("\(directory)/istio/telemetry.yaml", telemetry.yaml()))
                    listed.append("telemetry.yaml")
                }
                if !listed.isEmpty {
                    files.append(("\(directory)/istio/kustomization.yaml", GitOpsTree.kustomization(listing: listed).yaml()))
                    resourceDirectories.append("../../../\(directory)/istio")
                }
            }
        }
        let tree = GitOpsTree(projectName: context.project.metadata.name, cluster: cluster, resourceDirectories: resourceDirectories)
        files.append(("\(gitops)/\(GitOpsTree.recordFile)", tree.record.yaml()))
        files.append(("\(gitops)/kustomization.yaml", tree.kustomization.yaml()))
        return files
    }

    /// A cluster runs Istio when its profile enables the mesh and it joins the topology's
    /// mesh (or the topology has no multi-cluster mesh, so each cluster is its own).
    var joinsMesh: Bool {
        cluster.meshRole != nil || context.project.topology.mesh.model == .none
    }

    func istioDocuments(_ tuning: ConfigValue) -> IstioDocuments {
        let mesh = context.project.topology.mesh
        return IstioDocuments(
            cluster: cluster, mesh: mesh,
            meshID: mesh.meshID.isEmpty ? context.project.metadata.name : mesh.meshID,
            tuning: tuning,
            eastWestGateway: cluster.meshRole != nil && mesh.model != .none && mesh.eastWestGateways.contains(cluster.network),
            servesRemotes: mesh.model == .primaryRemote && cluster.meshRole == .primary
                && context.project.topology.clusters.contains { $0.meshRole == .remote && $0.primary == cluster.name })
    }
}
