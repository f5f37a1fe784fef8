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

    // MARK: Values derived from the design

    /// What a component's values say about the cluster it runs on: the design's facts, or Argo CD
    /// Go-template references to the list generator's elements.
    struct ValueInputs {
        var cluster: String
        var environment: String
        var region: String
        var zone: String
        var provider: Provider

        init(_ target: Target) {
            cluster = target.label
            environment = target.cluster.environment
            region = target.cluster.region
            zone = target.zone
            provider = target.provider
        }

        init(cluster: String, environment: String, region: String, zone: String, provider: Provider) {
            self.cluster = cluster
            self.environment = environment
            self.region = region
            self.zone = zone
            self.provider = provider
        }

        /// The references an ApplicationSet template fills from each element (for components
        /// whose values do not depend on the cloud).
        static let templated = ValueInputs(cluster: "{{.cluster}}", environment: "{{.environment}}", region: "{{.region}}",
                                           zone: "{{.zone}}", provider: .bareMetal)
    }

    /// ExternalDNS needs write access to the zone: the cloud identity its service account
    /// assumes (EKS IAM roles for service accounts, GKE Workload Identity, AKS workload identity),
    /// or on bare metal an RFC 2136 server with a TSIG key. The parts the design cannot know are
    /// `REPLACE-…` placeholders.
    func externalDNSAccess(_ inputs: ValueInputs) -> [ConfigEntry] {
        func annotations(_ key: String, _ value: String) -> ConfigEntry {
            ConfigEntry("serviceAccount", .map([ConfigEntry("annotations", .map([ConfigEntry(key, .string(value))]))]))
        }
        switch inputs.provider {
        case .aws:
            return [annotations("eks.amazonaws.com/role-arn", "arn:aws:iam::REPLACE-ACCOUNT-ID:role/external-dns-\(inputs.cluster)")]
        case .gcp:
            return [annotations("iam.gke.io/gcp-service-account", "external-dns-\(inputs.cluster)@REPLACE-PROJECT.iam.gserviceaccount.com")]
        case .azure:
            return [annotations("azure.workload.identity/client-id", "REPLACE-CLIENT-ID"),
                    ConfigEntry("podLabels", .map([ConfigEntry("azure.workload.identity/use", "true")]))]
        case .bareMetal:
            return [ConfigEntry("extraArgs", .list([
                "--rfc2136-host=REPLACE-DNS-SERVER", "--rfc2136-port=53", .string("--rfc2136-zone=\(inputs.zone)"),
                "--rfc2136-tsig-secret-alg=hmac-sha256", "--rfc2136-tsig-keyname=REPLACE-TSIG-KEY-NAME", "--rfc2136-tsig-axfr",
            ]))]
        }
    }

    /// The values of a component for a cluster.
    func values(_ chart: ManagementChart, _ inputs: ValueInputs) -> ConfigValue {
        switch chart.id {
        case ManagementCharts.certManager.id:
            return .map([ConfigEntry("crds", .map([ConfigEntry("enabled", true)]))])
        case ManagementCharts.externalDNS.id:
            return .map([
                ConfigEntry("provider", .map([ConfigEntry("name", .string(ManagementCharts.externalDNSProvider(inputs.provider)))])),
                ConfigEntry("domainFilters", .list([.string(inputs.zone)])),
                ConfigEntry("txtOwnerId", .string(inputs.cluster)),
                ConfigEntry("policy", "upsert-only"),
                ConfigEntry("sources", .list(["service", "ingress"])),
            ] + externalDNSAccess(inputs))
        case ManagementCharts.kubePrometheusStack.id:
            return .map([
                ConfigEntry("prometheus", .map([ConfigEntry("prometheusSpec", .map([
                    ConfigEntry("externalLabels", .map([
                        ConfigEntry("cluster", .string(inputs.cluster)),
                        ConfigEntry("environment", .string(inputs.environment)),
                        ConfigEntry("region", .string(inputs.region)),
                    ])),
                    ConfigEntry("retention", "15d"),
                ]))])),
            ])
        default:
            return clusterAPIValues
        }
    }

    /// The Cluster API providers the design's clusters need, pinned: the core, kubeadm
    /// bootstrap and control plane when any cluster is self-managed, one infrastructure provider
    /// per cloud (CAPG with its `GKE` feature gate for managed GKE clusters), their credentials
    /// from the Secret `capi-provider-credentials` the team creates (clusterctl's variables,
    /// such as `AWS_B64ENCODED_CREDENTIALS`).
    var clusterAPIValues: ConfigValue {
        let profiles = project.topology.clusters.compactMap { cluster in project.profiles.first { $0.name == cluster.profile } }
        func version(_ value: String) -> ConfigValue { .map([ConfigEntry("version", .string(value))]) }
        var entries = [ConfigEntry("core", .map([ConfigEntry("cluster-api", version(ClusterAPIFiles.coreVersion))]))]
        if profiles.contains(where: { !$0.runsManagedControlPlane }) {
            entries.append(ConfigEntry("bootstrap", .map([ConfigEntry("kubeadm", version(ClusterAPIFiles.coreVersion))])))
            entries.append(ConfigEntry("controlPlane", .map([ConfigEntry("kubeadm", version(ClusterAPIFiles.coreVersion))])))
        }
        let providers = Set(profiles.map(\.provider)).sorted { ManagementCharts.infrastructureProvider($0) < ManagementCharts.infrastructureProvider($1) }
        entries.append(ConfigEntry("infrastructure", .map(providers.map { provider in
            var settings = [ConfigEntry("version", .string(ClusterAPIFiles.providerVersions[provider] ?? ""))]
            if provider == .gcp, profiles.contains(where: { $0.provider == .gcp && $0.runsManagedControlPlane }) {
                settings.append(ConfigEntry("manager", .map([ConfigEntry("featureGates", .map([ConfigEntry("GKE", true)]))])))
            }
            return ConfigEntry(ManagementCharts.infrastructureProvider(provider), .map(settings))
        })))
        entries.append(ConfigEntry("configSecret", .map([ConfigEntry("name", "capi-provider-credentials"),
                                                         ConfigEntry("namespace", .string(ManagementCharts.clusterAPIOperator.namespace))])))
        return .map(entries)
    }

    /// The Application that applies `management/cluster-api/` on the management cluster
    /// (retried until the operator has installed the providers' CRDs).
    func argoClusterAPI(_ files: ClusterAPIFiles) -> ConfigValue {
        .map([
            ConfigEntry("apiVersion", "argoproj.io/v1alpha1"),
            ConfigEntry("kind", "Application"),
            metadata("\(projectName)-cluster-api", namespace: Self.argoNamespace),
            ConfigEntry("spec", .map([
                ConfigEntry("project", .string(clusterProject)),
                ConfigEntry("source", .map([
                    ConfigEntry("repoURL", .string(repository)),
                    ConfigEntry("targetRevision", .string(revision)),
                    ConfigEntry("path", "management/cluster-api"),
                ])),
                ConfigEntry("destination", .map([ConfigEntry("name", "in-cluster"), ConfigEntry("namespace", .string(files.namespace))])),
                // Cluster API owns what it creates: no pruning of machines Argo CD did not write.
                ConfigEntry("syncPolicy", .map([
                    ConfigEntry("automated", .map([ConfigEntry("prune", false), ConfigEntry("selfHeal", true)])),
                    ConfigEntry("syncOptions", .list(["ServerSideApply=true"])),
                    ConfigEntry("retry", .map([
                        ConfigEntry("limit", 20),
                        ConfigEntry("backoff", .map([ConfigEntry("duration", "30s"), ConfigEntry("factor", 2), ConfigEntry("maxDuration", "10m")])),
                    ])),
                ])),
            ])),
        ])
    }

    /// The Kustomization that applies `management/cluster-api/` on the management cluster.
    var fluxClusterAPI: ConfigValue {
        // Never pruned: Cluster API owns what it creates.
        fluxKustomization(name: "\(projectName)-cluster-api", path: "./management/cluster-api", prune: false, retryInterval: "1m")
    }

    /// A Flux Kustomization of a path of the bundle's GitRepository.
    func fluxKustomization(name: String, path: String, prune: Bool, retryInterval: String, extra: [ConfigEntry] = []) -> ConfigValue {
        .map([
            ConfigEntry("apiVersion", "kustomize.toolkit.fluxcd.io/v1"),
            ConfigEntry("kind", "Kustomization"),
            metadata(name, namespace: Self.fluxNamespace),
            ConfigEntry("spec", .map([
                ConfigEntry("interval", "10m"),
                ConfigEntry("retryInterval", .string(retryInterval)),
                ConfigEntry("timeout", "5m"),
                ConfigEntry("path", .string(path)),
                ConfigEntry("prune", .bool(prune)),
                ConfigEntry("sourceRef", .map([ConfigEntry("kind", "GitRepository"), ConfigEntry("name", .string(projectName))])),
            ] + extra)),
        ])
    }

    // MARK: Argo CD

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

    // MARK: Flux

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

    // MARK: Scripts

    static func doubleQuoted(_ text: String) -> String { MeshRunbook.doubleQuoted(text) }

    var env: String {
        var lines = [
            "# shellcheck shell=sh",
            "# Kube contexts of the clusters of \(project.metadata.name); management/bootstrap.sh reads this file.",
            "# Export a variable to override it; a missing one stops the script and says how to find it.",
            "",
        ]
        for target in targets {
            let variable = target.contextVariable
            if let context = target.cluster.kubeContext, !context.isEmpty {
                lines.append("\(variable)=\"${\(variable):-\(Self.doubleQuoted(context))}\"")
            } else if createdByClusterAPI(target) {
                // Cluster API creates it: its context exists only after the first run.
                lines.append("\(variable)=\"${\(variable):-}\"")
            } else {
                lines.append(": \"${\(variable):?set \(variable) to the kube context of cluster \(Self.doubleQuoted(target.cluster.name)) (kubectl config get-contexts -o name)}\"")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// True when Cluster API creates the target (a workload cluster with `clusterAPI` on).
    func createdByClusterAPI(_ target: Target) -> Bool {
        gitops.clusterAPI && !target.isManagement && target.cluster.role == .workload
    }

    /// The registration of every non-management cluster: `register` for a cluster whose context
    /// is set; for one Cluster API creates and whose context is not set yet, how to get it.
    func registrations(_ register: (Target) -> [String]) -> [String] {
        var lines: [String] = []
        for target in targets.dropFirst() {
            guard createdByClusterAPI(target) else {
                lines += register(target)
                continue
            }
            let namespace = clusterAPI?.namespace ?? ""
            lines.append("if [ -n \"$\(target.contextVariable)\" ]; then")
            lines += register(target).map { "    " + $0 }
            lines.append("else")
            lines.append("    echo \"\(Self.doubleQuoted(target.cluster.name)): Cluster API creates it; once it is up, merge the output of "
                + "'clusterctl get kubeconfig \(target.label) -n \(namespace)' into your kubeconfig, set \(target.contextVariable) and run this script again\"")
            lines.append("fi")
        }
        return lines
    }

    func header(_ title: String) -> [String] {
        [
            "#!/bin/sh",
            "# \(title)",
            "# Commit the bundle to \(Self.doubleQuoted(repository)) (revision \(Self.doubleQuoted(gitops.revision))) first: the controller reads it from there.",
            "set -eu",
            "cd \"$(dirname \"$0\")/..\"",
            ". management/env.sh",
            "management=\"$\(targets[0].contextVariable)\"",
        ]
    }

    var argoBootstrap: String {
        var lines = header("Installs Argo CD \(ManagementCharts.argoCDVersion) on the management cluster \(management.name), registers every other cluster and applies management/.")
        lines += [
            "",
            "kubectl --context=\"$management\" create namespace argocd --dry-run=client -o yaml | kubectl --context=\"$management\" apply -f -",
            "kubectl --context=\"$management\" -n argocd apply --server-side --force-conflicts -f \(ManagementCharts.argoCDInstall)",
            "kubectl --context=\"$management\" -n argocd rollout status deployment/argocd-repo-server --timeout=10m",
            "kubectl --context=\"$management\" -n argocd rollout status deployment/argocd-applicationset-controller --timeout=10m",
            "",
            "# argocd in core mode talks to the cluster directly, in the namespace of its kube context: work on",
            "# a copy of the kubeconfig so the user's own file is left as it is.",
            "kubeconfig=$(mktemp)",
            "trap 'rm -f \"$kubeconfig\"' EXIT",
            "kubectl config view --raw --flatten > \"$kubeconfig\"",
            "KUBECONFIG=\"$kubeconfig\" kubectl config set-context \"$management\" --namespace=argocd > /dev/null",
        ]
        lines += registrations { target in
            ["KUBECONFIG=\"$kubeconfig\" argocd cluster add \"$\(target.contextVariable)\" --name \"\(Self.doubleQuoted(target.destination))\" "
                + "--core --kube-context \"$management\" --upsert --yes"]
        }
        lines += [
            "",
            "kubectl --context=\"$management\" apply --server-side -k management/",
            "echo \"Argo CD delivers every cluster tree; watch with: kubectl --context=$management -n argocd get applications\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    var fluxBootstrap: String {
        var lines = header("Installs Flux \(ManagementCharts.fluxVersion) on the management cluster \(management.name), gives it every other cluster's kubeconfig and applies management/.")
        lines += [
            "",
            "flux install --context=\"$management\" --version=\(ManagementCharts.fluxVersion)",
            "",
            "# Each remote cluster's kubeconfig, flattened, as the Secret its Kustomization and HelmReleases",
            "# name (key: value). Credentials that run a plugin (aws, gke-gcloud-auth-plugin, kubelogin) do",
            "# not work inside the controllers: use a service-account token for these contexts.",
            "kubeconfig=$(mktemp)",
            "trap 'rm -f \"$kubeconfig\"' EXIT",
        ]
        lines += registrations { target in
            ["kubectl config view --raw --flatten --minify --context=\"$\(target.contextVariable)\" > \"$kubeconfig\"",
             "kubectl --context=\"$management\" -n flux-system create secret generic \(kubeconfigSecret(target)) "
                + "--from-file=value=\"$kubeconfig\" --dry-run=client -o yaml | kubectl --context=\"$management\" apply -f -"]
        }
        lines += [
            "",
            "kubectl --context=\"$management\" apply --server-side -k management/",
            "echo \"Flux delivers every cluster tree; watch with: flux --context=$management get kustomizations\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
