import FleetEngine
import FleetModel

extension DesignReport {
    /// "Managed control planes": for each profile whose clusters run on EKS, GKE or AKS, which
    /// derived settings the bundle's provider files set and which the provider fixes; `nil`
    /// when every cluster is self-managed.
    func managedControlPlanes() -> String? {
        var byProfile: [(profile: String, provider: Provider, clusters: [String], settings: [ManagedCluster.Setting])] = []
        for cluster in context.clusters {
            guard let plan = context.clusterPlan(for: cluster),
                  let files = ManagedClusterFiles.make(cluster: cluster, plan: plan, context: context) else { continue }
            if let index = byProfile.firstIndex(where: { $0.profile == cluster.profile }) {
                byProfile[index].clusters.append(cluster.name)
            } else {
                byProfile.append((cluster.profile, plan.sizing.profile.provider, [cluster.name], files.settings))
            }
        }
        guard !byProfile.isEmpty else { return nil }
        var lines = ["## Managed control planes", "",
                     "These clusters run on a managed service, so the bundle writes the provider's own configuration "
                     + "(`eksctl-cluster.yaml`, `gke/`, `aks/`) instead of kubeadm, kube-apiserver, etcd and scheduler files. "
                     + "What the plan derives but the provider fixes is listed, so the tuning above is read with that in mind.", ""]
        for group in byProfile {
            let service = ManagedCluster.service(group.provider)
            lines += ["### `\(group.profile)` on \(service): \(group.clusters.map { "`\($0)`" }.joined(separator: ", "))", ""]
            var table = MarkdownTable(["Derived setting", "Set by the bundle in", "Fixed by \(service)"])
            for setting in group.settings {
                table.add([setting.name, setting.setBy.map { "`\($0)`" } ?? "—", setting.setBy == nil ? setting.providerValue : "—"])
            }
            lines.append(table.render())
        }
        return lines.joined(separator: "\n")
    }
}
