import FleetEngine
import FleetModel

/// `management/argocd/`: AppProjects, the cluster-tree ApplicationSet, the components.
extension ManagementFiles {

    static let argoNamespace = "argocd"
    var clusterProject: String { "\(projectName)-clusters" }
    var componentProject: String { "\(projectName)-management" }

    func metadata(_ name: String, namespace: String) -> ConfigEntry {
        ConfigEntry("metadata", .map([
            ConfigEntry("name", .string(name)),
            ConfigEntry("namespace", .string(namespace)),
            ConfigEntry("labels", .map([ConfigEntry("app.kubernetes.io/managed-by", "fleetplan")])),
        ]))
    }

    var appProjects: [ConfigValue] {
        let everything = ConfigValue.list([.map([ConfigEntry("group", "*"), ConfigEntry("kind", "*")])])
        func project(_ name: String, description: String, sources: [String], namespaces: [String]) -> ConfigValue {
            .map([
                ConfigEntry("apiVersion", "argoproj.io/v1alpha1"),
                ConfigEntry("kind", "AppProject"),
                metadata(name, namespace: Self.argoNamespace),
                ConfigEntry("spec", .map([
                    ConfigEntry("description", .string(description)),
                    ConfigEntry("sourceRepos", .list(sources.map { .string($0) })),
                    ConfigEntry("destinations", .list(targets.flatMap { target in
                        namespaces.map { namespace in
                            ConfigValue.map([ConfigEntry("name", .string(target.destination)), ConfigEntry("namespace", .string(namespace))])
                        }
                    })),
                    ConfigEntry("clusterResourceWhitelist", everything),
                ])),
            ])
        }
        return [
            project(clusterProject, description: "Every cluster's design tree (gitops/clusters/) of \(self.project.metadata.name)",
                    sources: [repository], namespaces: ["*"]),
            project(componentProject, description: "Management components of \(self.project.metadata.name), pinned Helm charts",
                    sources: Array(Set(ManagementCharts.all.map(\.repository))).sorted(),
                    namespaces: ManagementCharts.all.map(\.namespace)),
        ]
    }

    /// Argo CD's automated sync with pruning, self-heal, retries and server-side apply (large
    /// CRDs, such as the monitoring stack's, exceed the client-side annotation limit).
    func argoSyncPolicy(createNamespace: Bool) -> ConfigValue {
        .map([
            ConfigEntry("automated", .map([ConfigEntry("prune", true), ConfigEntry("selfHeal", true)])),
            ConfigEntry("syncOptions", .list((createNamespace ? ["CreateNamespace=true"] : []) + ["ServerSideApply=true"])),
            ConfigEntry("retry", .map([
                ConfigEntry("limit", 10),
                ConfigEntry("backoff", .map([ConfigEntry("duration", "30s"), ConfigEntry("factor", 2), ConfigEntry("maxDuration", "10m")])),
            ])),
        ])
    }

    /// An ApplicationSet over `targets` with a Go template.
    func applicationSet(name: String, targets: [Target], element: (Target) -> [ConfigEntry],
                        template: ConfigValue) -> ConfigValue {
        .map([
            ConfigEntry("apiVersion", "argoproj.io/v1alpha1"),
            ConfigEntry("kind", "ApplicationSet"),
            metadata(name, namespace: Self.argoNamespace),
            ConfigEntry("spec", .map([
                ConfigEntry("goTemplate", true),
                ConfigEntry("goTemplateOptions", .list(["missingkey=error"])),
                ConfigEntry("generators", .list([.map([ConfigEntry("list", .map([
                    ConfigEntry("elements", .list(targets.map { .map(element($0)) })),
                ]))])])),
                ConfigEntry("template", template),
                // Deleting the ApplicationSet must not delete what runs on the clusters.
                ConfigEntry("syncPolicy", .map([ConfigEntry("preserveResourcesOnDeletion", true)])),
            ])),
        ])
    }

    var clusterTrees: ConfigValue {
        applicationSet(name: "\(projectName)-cluster-trees", targets: targets, element: { target in
            [ConfigEntry("cluster", .string(target.label)), ConfigEntry("destination", .string(target.destination)),
             ConfigEntry("path", .string(target.path))]
        }, template: .map([
            ConfigEntry("metadata", .map([
                ConfigEntry("name", "{{.cluster}}-design"),
                ConfigEntry("labels", .map([ConfigEntry("app.kubernetes.io/managed-by", "fleetplan"),
                                            ConfigEntry("fleetplan.io/cluster", "{{.cluster}}")])),
            ])),
            ConfigEntry("spec", .map([
                ConfigEntry("project", .string(clusterProject)),
                ConfigEntry("source", .map([
                    ConfigEntry("repoURL", .string(repository)),
                    ConfigEntry("targetRevision", .string(revision)),
                    ConfigEntry("path", "{{.path}}"),
                ])),
                ConfigEntry("destination", .map([ConfigEntry("name", "{{.destination}}")])),
                ConfigEntry("syncPolicy", argoSyncPolicy(createNamespace: false)),
            ])),
        ]))
    }

    func helmSource(_ chart: ManagementChart, values: ConfigValue) -> ConfigValue {
        .map([
            ConfigEntry("repoURL", .string(chart.repository)),
            ConfigEntry("chart", .string(chart.chart)),
            ConfigEntry("targetRevision", .string(chart.version)),
            ConfigEntry("helm", .map([ConfigEntry("releaseName", .string(chart.id)), ConfigEntry("valuesObject", values)])),
        ])
    }

    /// An Application of a pinned chart on one cluster.
    func application(_ name: String, _ chart: ManagementChart, destination: String, values: ConfigValue) -> ConfigValue {
        .map([
            ConfigEntry("apiVersion", "argoproj.io/v1alpha1"),
            ConfigEntry("kind", "Application"),
            metadata(name, namespace: Self.argoNamespace),
            ConfigEntry("spec", .map([
                ConfigEntry("project", .string(componentProject)),
                ConfigEntry("source", helmSource(chart, values: values)),
                ConfigEntry("destination", .map([ConfigEntry("name", .string(destination)), ConfigEntry("namespace", .string(chart.namespace))])),
                ConfigEntry("syncPolicy", argoSyncPolicy(createNamespace: true)),
            ])),
        ])
    }

    /// Management-only components as Applications on `in-cluster`; ExternalDNS as an Application
    /// per cluster (its access differs per cloud); the monitoring stack as an ApplicationSet
    /// whose values come from the list generator's elements.
    var argoComponents: [ConfigValue] {
        ManagementCharts.all.flatMap { chart -> [ConfigValue] in
            if !chart.everyCluster {
                return [application(chart.id, chart, destination: "in-cluster", values: values(chart, ValueInputs(targets[0])))]
            }
            if chart.id == ManagementCharts.externalDNS.id {
                return targets.map { target in
                    application("\(target.label)-\(chart.id)", chart, destination: target.destination, values: values(chart, ValueInputs(target)))
                }
            }
            return [applicationSet(name: chart.id, targets: targets, element: { target in
                [ConfigEntry("cluster", .string(target.label)), ConfigEntry("destination", .string(target.destination)),
                 ConfigEntry("environment", .string(target.cluster.environment)), ConfigEntry("region", .string(target.cluster.region)),
                 ConfigEntry("zone", .string(target.zone))]
            }, template: .map([
                ConfigEntry("metadata", .map([
                    ConfigEntry("name", .string("{{.cluster}}-\(chart.id)")),
                    ConfigEntry("labels", .map([ConfigEntry("app.kubernetes.io/managed-by", "fleetplan"),
                                                ConfigEntry("fleetplan.io/cluster", "{{.cluster}}")])),
                ])),
                ConfigEntry("spec", .map([
                    ConfigEntry("project", .string(componentProject)),
                    ConfigEntry("source", helmSource(chart, values: values(chart, .templated))),
                    ConfigEntry("destination", .map([ConfigEntry("name", "{{.destination}}"), ConfigEntry("namespace", .string(chart.namespace))])),
                    ConfigEntry("syncPolicy", argoSyncPolicy(createNamespace: true)),
                ])),
            ]))]
        }
    }
}
