import FleetEngine
import FleetModel

extension DesignReport {
    /// `## GitOps delivery`: the controller on the management cluster, what it delivers to which
    /// cluster, the pinned components and the placeholders still to replace. `nil` without a
    /// management cluster (or for a non-Kubernetes bundle).
    func gitopsDelivery() -> String? {
        guard let management = ManagementFiles.make(context: context) else { return nil }
        let gitops = project.topology.gitops
        let tool = gitops.tool == .argoCD ? "Argo CD \(ManagementCharts.argoCDVersion)" : "Flux \(ManagementCharts.fluxVersion)"
        var lines = [
            "## GitOps delivery", "",
            "\(tool) on the management cluster `\(management.management.name)` delivers every cluster's tree "
                + "from `\(management.repository)` at `\(gitops.revision)` (the bundle committed at the repository's root). "
                + "Run `sh management/bootstrap.sh` once the clusters exist; it installs the controller, "
                + (gitops.tool == .argoCD ? "registers every other cluster under its own name (`argocd cluster add --name`)"
                    : "stores every other cluster's kubeconfig as the Secret its objects name")
                + " and applies `management/`.",
            "",
            "| Cluster | Tree | Delivered as |",
            "|---|---|---|",
        ]
        for target in management.targets {
            let object = gitops.tool == .argoCD ? "Application `\(target.label)-design` (destination `\(target.destination)`)"
                : "Kustomization `\(target.label)-design`" + (target.isManagement ? "" : " (kubeConfig `\(management.kubeconfigSecret(target))`)")
            lines.append("| `\(MarkdownTable.cell(target.cluster.name))` | `\(target.path)` | \(object) |")
        }
        lines += ["", "Components, pinned:", "", "| Component | Chart | Version | Runs on | Values from the design |", "|---|---|---|---|---|"]
        for chart in ManagementCharts.all {
            let from: String
            switch chart.id {
            case ManagementCharts.externalDNS.id: from = "zone `<region>.\(gitops.dnsZone.isEmpty ? ManagementFiles.zonePlaceholder : gitops.dnsZone)`, provider per cloud, owner id per cluster"
            case ManagementCharts.kubePrometheusStack.id: from = "external labels cluster, environment, region"
            case ManagementCharts.clusterAPIOperator.id: from = "the infrastructure providers of the design's clouds"
            default: from = "CRDs installed with the release"
            }
            lines.append("| \(chart.id) | `\(chart.repository)` `\(chart.chart)` | \(chart.version) | "
                + "\(chart.everyCluster ? "every cluster" : "management") | \(from) |")
        }
        let clouds = Set(management.targets.map(\.provider))
        var access: [String] = []
        if clouds.contains(.aws) { access.append("on EKS an IAM role for its service account (`eks.amazonaws.com/role-arn`)") }
        if clouds.contains(.gcp) { access.append("on GKE a Google service account through Workload Identity (`iam.gke.io/gcp-service-account`)") }
        if clouds.contains(.azure) { access.append("on AKS a managed identity through workload identity (`azure.workload.identity/client-id`)") }
        if clouds.contains(.bareMetal) { access.append("on bare metal an RFC 2136 DNS server and TSIG key (`--rfc2136-*`)") }
        lines += ["", "ExternalDNS needs write access to each zone: " + access.joined(separator: "; ")
            + ". The account, project, identity and server are `REPLACE-…` values in the component manifests."]
        if let clusterAPI = management.clusterAPI {
            let names = clusterAPI.plans.map { "`\($0.name)`" }.joined(separator: ", ")
            lines += ["", "Cluster API creates the workload clusters (\(names)) from `management/cluster-api/`, applied on the management "
                + "cluster in namespace `\(clusterAPI.namespace)` once the operator has installed core \(ClusterAPIFiles.coreVersion) and the "
                + "providers; the providers read their credentials from the Secret `capi-provider-credentials` in `capi-operator-system`."]
        }
        var placeholders: [String] = []
        if gitops.repository.isEmpty { placeholders.append("`topology.gitops.repository`: the manifests point at `\(management.repository)`") }
        if gitops.dnsZone.isEmpty { placeholders.append("`topology.gitops.dnsZone`: ExternalDNS is given `<region>.\(ManagementFiles.zonePlaceholder)`") }
        if !placeholders.isEmpty {
            lines += ["", "Set before applying (FP326):", ""] + placeholders.map { "- \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
