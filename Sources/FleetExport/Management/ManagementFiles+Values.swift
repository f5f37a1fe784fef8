import FleetEngine
import FleetModel

/// The components' values, derived from the design, and the Cluster API delivery objects.
extension ManagementFiles {

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
}
