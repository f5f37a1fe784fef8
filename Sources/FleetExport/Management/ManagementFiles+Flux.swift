import FleetEngine
import FleetModel

/// `management/flux/`: the GitRepository, a Kustomization per cluster, the HelmReleases.
extension ManagementFiles {

    static let fluxNamespace = "flux-system"

    /// Flux's `ref`: a full `refs/…` name as it is, otherwise a branch.
    var fluxReference: ConfigValue {
        gitops.revision.hasPrefix("refs/")
            ? .map([ConfigEntry("name", .string(gitops.revision))]) : .map([ConfigEntry("branch", .string(gitops.revision))])
    }

    var gitRepository: ConfigValue {
        .map([
            ConfigEntry("apiVersion", "source.toolkit.fluxcd.io/v1"),
            ConfigEntry("kind", "GitRepository"),
            metadata(projectName, namespace: Self.fluxNamespace),
            ConfigEntry("spec", .map([
                ConfigEntry("interval", "5m"),
                ConfigEntry("url", .string(repository)),
                ConfigEntry("ref", fluxReference),
            ])),
        ])
    }

    /// The Secret holding a remote cluster's kubeconfig (key `value`, Flux's default).
    func kubeconfigSecret(_ target: Target) -> String { "\(target.label)-kubeconfig" }

    func kubeConfig(_ target: Target) -> [ConfigEntry] {
        target.isManagement ? [] : [ConfigEntry("kubeConfig", .map([
            ConfigEntry("secretRef", .map([ConfigEntry("name", .string(kubeconfigSecret(target)))])),
        ]))]
    }

    var fluxKustomizations: [ConfigValue] {
        targets.map { target in
            fluxKustomization(name: "\(target.label)-design", path: "./\(target.path)", prune: true, retryInterval: "2m",
                              extra: kubeConfig(target))
        }
    }

    /// The HelmRepository name of a chart repository.
    func helmRepositoryName(_ chart: ManagementChart) -> String { chart.id }

    var fluxComponents: [ConfigValue] {
        var documents: [ConfigValue] = ManagementCharts.all.map { chart in
            .map([
                ConfigEntry("apiVersion", "source.toolkit.fluxcd.io/v1"),
                ConfigEntry("kind", "HelmRepository"),
                metadata(helmRepositoryName(chart), namespace: Self.fluxNamespace),
                ConfigEntry("spec", .map([ConfigEntry("interval", "1h"), ConfigEntry("url", .string(chart.repository))])),
            ])
        }
        for chart in ManagementCharts.all {
            for target in chart.everyCluster ? targets : [targets[0]] {
                let name = chart.everyCluster ? "\(target.label)-\(chart.id)" : chart.id
                var spec: [ConfigEntry] = [
                    ConfigEntry("interval", "30m"),
                    ConfigEntry("releaseName", .string(chart.id)),
                    ConfigEntry("targetNamespace", .string(chart.namespace)),
                    ConfigEntry("storageNamespace", .string(chart.namespace)),
                    ConfigEntry("chart", .map([ConfigEntry("spec", .map([
                        ConfigEntry("chart", .string(chart.chart)),
                        ConfigEntry("version", .string(chart.version)),
                        ConfigEntry("sourceRef", .map([ConfigEntry("kind", "HelmRepository"), ConfigEntry("name", .string(helmRepositoryName(chart)))])),
                    ]))])),
                    ConfigEntry("install", .map([ConfigEntry("createNamespace", true), ConfigEntry("crds", "CreateReplace")])),
                    ConfigEntry("upgrade", .map([ConfigEntry("crds", "CreateReplace")])),
                ]
                if chart.id == ManagementCharts.clusterAPIOperator.id {
                    spec.append(ConfigEntry("dependsOn", .list([.map([ConfigEntry("name", .string(ManagementCharts.certManager.id))])])))
                }
                spec += kubeConfig(target)
                spec.append(ConfigEntry("values", values(chart, ValueInputs(target))))
                documents.append(.map([
                    ConfigEntry("apiVersion", "helm.toolkit.fluxcd.io/v2"),
                    ConfigEntry("kind", "HelmRelease"),
                    metadata(name, namespace: Self.fluxNamespace),
                    ConfigEntry("spec", .map(spec)),
                ]))
            }
        }
        return documents
    }
}
