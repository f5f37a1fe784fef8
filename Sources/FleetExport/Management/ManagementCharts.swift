import FleetModel

/// A Helm chart the management cluster delivers, pinned to a release that was looked up at its
/// source.
struct ManagementChart: Sendable {
    /// The Application / HelmRelease name and the file stem: `cert-manager`.
    var id: String
    /// The Helm repository URL.
    var repository: String
    var chart: String
    /// The chart version, exactly as the repository's index spells it.
    var version: String
    /// The namespace the chart installs into.
    var namespace: String
    /// Where the version was read.
    var source: String
    /// Where the values keys were read.
    var valuesSource: String
    /// True when the chart runs on every cluster; false for the management cluster only.
    var everyCluster: Bool
}

/// The management components and the GitOps controllers, with the release each is pinned to.
///
/// Versions are the newest stable releases in the upstream repositories as of 2026-08 (the
/// reference snapshot): a bump is a change here and a look at the chart's values for renamed
/// keys.
enum ManagementCharts {
    /// cert-manager: certificates for the management components (the Cluster API operator's
    /// webhooks need it). The chart's `crds.enabled` installs the CRDs with the release
    /// (`deploy/charts/cert-manager/values.yaml`; off by default).
    static let certManager = ManagementChart(
        id: "cert-manager", repository: "https://charts.jetstack.io", chart: "cert-manager", version: "v1.21.1",
        namespace: "cert-manager", source: "cert-manager/cert-manager tag v1.21.1",
        valuesSource: "cert-manager/cert-manager deploy/charts/cert-manager/values.yaml at v1.21.1 (crds.enabled)",
        everyCluster: false)

    /// ExternalDNS: publishes each cluster's Services and Ingresses in its region's zone.
    static let externalDNS = ManagementChart(
        id: "external-dns", repository: "https://kubernetes-sigs.github.io/external-dns/", chart: "external-dns", version: "1.21.1",
        namespace: "external-dns", source: "kubernetes-sigs/external-dns tag external-dns-helm-chart-1.21.1 (charts/external-dns/Chart.yaml, app 0.21.0)",
        valuesSource: "kubernetes-sigs/external-dns charts/external-dns/values.yaml at external-dns-helm-chart-1.21.1 "
            + "(provider.name, domainFilters, txtOwnerId, policy, sources)",
        everyCluster: true)

    /// kube-prometheus-stack: Prometheus, Alertmanager and Grafana on every cluster, each
    /// series labelled with its cluster.
    static let kubePrometheusStack = ManagementChart(
        id: "kube-prometheus-stack", repository: "https://prometheus-community.github.io/helm-charts",
        chart: "kube-prometheus-stack", version: "88.5.3", namespace: "monitoring",
        source: "prometheus-community/helm-charts tag kube-prometheus-stack-88.5.3 (app v0.93.1)",
        valuesSource: "prometheus-community/helm-charts charts/kube-prometheus-stack/values.yaml at kube-prometheus-stack-88.5.3 "
            + "(prometheus.prometheusSpec.externalLabels, prometheus.prometheusSpec.retention)",
        everyCluster: true)

    /// The Cluster API operator: installs the Cluster API core, bootstrap, control-plane and
    /// infrastructure providers the design's clusters need, on the management cluster.
    static let clusterAPIOperator = ManagementChart(
        id: "cluster-api-operator", repository: "https://kubernetes-sigs.github.io/cluster-api-operator",
        chart: "cluster-api-operator", version: "0.28.0", namespace: "capi-operator-system",
        source: "kubernetes-sigs/cluster-api-operator tag v0.28.0 (index.yaml)",
        valuesSource: "kubernetes-sigs/cluster-api-operator hack/charts/cluster-api-operator/values.yaml at v0.28.0 "
            + "(core, bootstrap, controlPlane, infrastructure)",
        everyCluster: false)

    /// Every component, in install order (cert-manager before the operator that needs it).
    static let all = [certManager, externalDNS, kubePrometheusStack, clusterAPIOperator]

    /// Argo CD, installed on the management cluster from its release manifests.
    static let argoCDVersion = "v3.5.1"
    /// The install manifest of that release (argoproj/argo-cd `manifests/install.yaml`).
    static let argoCDInstall = "https://raw.githubusercontent.com/argoproj/argo-cd/\(argoCDVersion)/manifests/install.yaml"

    /// The Flux distribution `flux install --version` installs (fluxcd/flux2 v2.9.4: source-
    /// and kustomize-controller v1.9.4, helm-controller v1.6.3, `manifests/bases`).
    static let fluxVersion = "v2.9.4"

    /// ExternalDNS's provider name for a cloud (the chart's `provider.name`; `rfc2136` is the
    /// standard dynamic-update protocol most on-premises DNS servers speak).
    static func externalDNSProvider(_ provider: Provider) -> String {
        switch provider {
        case .aws: "aws"
        case .gcp: "google"
        case .azure: "azure"
        case .bareMetal: "rfc2136"
        }
    }

    /// The Cluster API infrastructure provider for a cloud (clusterctl provider names: CAPA,
    /// CAPG, CAPZ, Metal3).
    static func infrastructureProvider(_ provider: Provider) -> String {
        switch provider {
        case .aws: "aws"
        case .gcp: "gcp"
        case .azure: "azure"
        case .bareMetal: "metal3"
        }
    }
}
