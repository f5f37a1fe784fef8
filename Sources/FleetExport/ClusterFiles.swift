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
            if let istio = plan.istio, let documents = istioDocuments(istio.value) {
                let istioFiles = Self.istioFiles(documents)
                for file in istioFiles.files { files.append(("\(directory)/istio/\(file.name)", file.text)) }
                if !istioFiles.listed.isEmpty {
                    files.append(("\(directory)/istio/kustomization.yaml", GitOpsTree.kustomization(listing: istioFiles.listed).yaml()))
                    resourceDirectories.append("../../../\(directory)/istio")
                }
            }
        }
        let tree = GitOpsTree(projectName: context.project.metadata.name, cluster: cluster, resourceDirectories: resourceDirectories)
        files.append(("\(gitops)/\(GitOpsTree.recordFile)", tree.record.yaml()))
        files.append(("\(gitops)/kustomization.yaml", tree.kustomization.yaml()))
        return files
    }

    /// The Istio files of a cluster (name in `istio/` → text), and the ones its GitOps
    /// kustomization applies: the Namespace and the mesh configuration, never the
    /// `IstioOperator`s, which `istioctl install` reads (the mesh runbook runs it).
    static func istioFiles(_ documents: IstioDocuments) -> (files: [(name: String, text: String)], listed: [String]) {
        var files: [(name: String, text: String)] = []
        var listed: [String] = []
        func add(_ name: String, _ text: String, applied: Bool) {
            files.append((name, text))
            if applied { listed.append(name) }
        }
        if documents.inMesh { add("namespace.yaml", documents.namespaceDocument.yaml(), applied: true) }
        add("istio-operator.yaml", documents.istioOperator.yaml(), applied: false)
        if let gateways = documents.gatewaysOperator { add("gateways-operator.yaml", gateways.yaml(), applied: false) }
        if let exposure = documents.istiodExposure {
            add("expose-istiod.yaml", exposure.map { $0.yaml() }.joined(separator: "---\n"), applied: true)
        }
        if let gateway = documents.crossNetworkGateway { add("cross-network-gateway.yaml", gateway.yaml(), applied: true) }
        if documents.mtls, let peer = documents.strictPeerAuthentication { add("peer-authentication.yaml", peer.yaml(), applied: true) }
        if let telemetry = documents.telemetry { add("telemetry.yaml", telemetry.yaml(), applied: true) }
        if let failover = documents.localityFailover { add("locality-failover.yaml", failover.yaml(), applied: true) }
        return (files, listed)
    }

    /// The Istio documents of the cluster, or `nil` when it runs no Istio.
    ///
    /// A member of the multi-cluster mesh gets its place there (`MeshInstall`). A workload
    /// cluster outside it whose profile enables the mesh gets a mesh of its own, with its own
    /// mesh ID and trust domain (`<cluster>.<trust domain>`), so it shares no identity with
    /// the production mesh; the management cluster runs none. Without a multi-cluster mesh
    /// (model `none`), every cluster whose profile enables the mesh is its own mesh with the
    /// topology's trust domain.
    func istioDocuments(_ tuning: ConfigValue) -> IstioDocuments? {
        let mesh = context.project.topology.mesh
        let meshID = mesh.meshID.isEmpty ? context.project.metadata.name : mesh.meshID
        let mtls = context.project.requirements.mtlsRequired
        let provider = context.project.profile(named: cluster.profile)?.provider
        guard let install = context.meshInstall else {
            guard mesh.model == .none else { return nil }
            var documents = IstioDocuments(cluster: cluster, role: .standalone, meshID: meshID, trustDomain: mesh.trustDomain,
                                           tuning: tuning, provider: provider, failover: mesh.failover)
            documents.mtls = mtls
            return documents
        }
        guard let member = install.member(named: cluster.name) else {
            guard cluster.role == .workload else { return nil }
            var documents = IstioDocuments(
                cluster: cluster, role: .standalone, meshID: DNSLabel.sanitized("\(meshID)-\(cluster.name)"),
                trustDomain: "\(cluster.name).\(mesh.trustDomain)", tuning: tuning, provider: provider)
            documents.mtls = mtls
            return documents
        }
        let role: IstioDocuments.Role = member.isPrimary
            ? .primary(servesRemotes: member.servesRemotes)
            : .remote(primary: member.primary!, pilotAddress: install.discoveryAddress(of: member.primary!).value)
        var documents = IstioDocuments(
            cluster: cluster, role: role, meshID: install.meshID, trustDomain: install.trustDomain, tuning: tuning,
            eastWestGateway: member.eastWestGateway, exposesServices: member.exposesServices, provider: member.provider,
            internalGateway: mesh.networkConnectivity == .private, failover: mesh.failover)
        documents.mtls = mtls
        return documents
    }
}
