import FleetEngine
import FleetModel

/// `management/cluster-api/`: every workload cluster as Cluster API objects the management
/// cluster reconciles, when `topology.gitops.clusterAPI` is on.
///
/// Core objects are `cluster.x-k8s.io/v1beta2` (Cluster API v1.13.5, references by
/// `apiGroup`/`kind`/`name`). A self-managed cluster is a `Cluster`, a `KubeadmControlPlane`
/// (one machine per etcd member, the plan's kube-apiserver and etcd flags), one
/// `MachineDeployment` per zone with its `KubeadmConfigTemplate`, and the infrastructure
/// provider's cluster and machine templates (CAPA v2.11.1 `AWSCluster`/`AWSMachineTemplate`,
/// CAPG v1.12.0 `GCPCluster`/`GCPMachineTemplate`, CAPZ v1.26.0
/// `AzureCluster`/`AzureMachineTemplate`, Metal3 v1.13.2 `Metal3Cluster`/`Metal3MachineTemplate`).
/// A managed cluster uses the provider's managed kinds: EKS `AWSManagedControlPlane`,
/// `AWSManagedCluster`, `AWSManagedMachinePool`; GKE `GCPManagedControlPlane`,
/// `GCPManagedCluster`, `GCPManagedMachinePool` (CAPG's `GKE` feature gate); AKS
/// `AzureASOManagedControlPlane`, `AzureASOManagedCluster`, `AzureASOManagedMachinePool`
/// carrying Azure Service Operator resources (the `AzureManaged*` kinds are deprecated in CAPZ
/// v1.26). Machine counts are the plan's (`plannedNodes`, spread over the zones), machine types
/// the profile's `instanceType` (or a `REPLACE-` placeholder), control-plane machines the
/// smallest catalog instance that holds the planned control-plane machine.
struct ClusterAPIFiles {
    var context: BundleContext
    var instances: InstanceCatalog?

    /// Versions the management cluster's operator installs (`ManagementFiles.clusterAPIValues`).
    /// Core v1.13.5 rather than v1.14: the providers are built against Cluster API 1.11–1.13.
    static let coreVersion = "v1.13.5"
    static let providerVersions: [Provider: String] = [.aws: "v2.11.1", .gcp: "v1.12.0", .azure: "v1.26.0", .bareMetal: "v1.13.2"]

    static let coreGroup = "cluster.x-k8s.io"
    static let controlPlaneGroup = "controlplane.cluster.x-k8s.io"
    static let bootstrapGroup = "bootstrap.cluster.x-k8s.io"
    static let infrastructureGroup = "infrastructure.cluster.x-k8s.io"

    var project: Project { context.project }
    /// The namespace the objects live in on the management cluster.
    var namespace: String { String(DNSLabel.sanitized("\(project.metadata.name)-clusters").prefix(DNSLabel.maxLength)) }

    /// The workload clusters with a plan, in topology order.
    var plans: [ClusterPlan] {
        context.clusters.filter { $0.role == .workload }.compactMap { context.clusterPlan(for: $0) }
    }

    var files: [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        var listed = ["namespace.yaml"]
        files.append(("management/cluster-api/namespace.yaml", ConfigValue.map([
            ConfigEntry("apiVersion", "v1"), ConfigEntry("kind", "Namespace"),
            ConfigEntry("metadata", .map([ConfigEntry("name", .string(namespace))])),
        ]).yaml()))
        for plan in plans {
            let name = "\(BundlePath.component(plan.name)).yaml"
            listed.append(name)
            files.append(("management/cluster-api/\(name)", documents(plan).map { $0.yaml() }.joined(separator: "---\n")))
        }
        files.append(("management/cluster-api/kustomization.yaml", GitOpsTree.kustomization(listing: listed).yaml()))
        return files
    }

    // MARK: Shared pieces

    func metadata(_ name: String, cluster: String) -> ConfigEntry {
        ConfigEntry("metadata", .map([
            ConfigEntry("name", .string(name)),
            ConfigEntry("namespace", .string(namespace)),
            ConfigEntry("labels", .map([
                ConfigEntry("app.kubernetes.io/managed-by", "fleetplan"),
                ConfigEntry("cluster.x-k8s.io/cluster-name", .string(cluster)),
            ])),
        ]))
    }

    static func reference(_ group: String, _ kind: String, _ name: String) -> ConfigValue {
        .map([ConfigEntry("apiGroup", .string(group)), ConfigEntry("kind", .string(kind)), ConfigEntry("name", .string(name))])
    }

    func object(_ apiVersion: String, _ kind: String, _ name: String, cluster: String, spec: [ConfigEntry]) -> ConfigValue {
        .map([ConfigEntry("apiVersion", .string(apiVersion)), ConfigEntry("kind", .string(kind)),
              metadata(name, cluster: cluster), ConfigEntry("spec", .map(spec))])
    }

    /// `v1.34.0`, as kubeadm and Cluster API take it (the first patch of the target minor).
    var fullVersion: String { "v\(project.kubernetesVersion.major).\(project.kubernetesVersion.minor).0" }
    var minorVersion: String { "\(project.kubernetesVersion.major).\(project.kubernetesVersion.minor)" }

    /// The worker instance type: the profile's, or a placeholder naming the planned shape.
    func workerType(_ plan: ClusterPlan) -> String {
        let profile = plan.sizing.profile
        return profile.instanceType ?? "REPLACE-INSTANCE-TYPE-\(profile.node.vcpu)vcpu-\(profile.node.memoryGiB)gib"
    }

    /// The control-plane machine type: the smallest catalog instance of the provider (no GPU,
    /// x86) that holds the planned control-plane machine, else a placeholder.
    func controlPlaneType(_ plan: ClusterPlan) -> String {
        let sizing = plan.capacity.controlPlane
        let provider = plan.sizing.profile.provider
        let fits = (instances?.instances ?? []).filter {
            $0.provider == provider && !$0.hasGPU && $0.arch == "x86_64" && $0.vcpu >= sizing.machineVCPU && $0.memoryGiB >= sizing.machineMemoryGiB
        }
        let best = fits.min { ($0.vcpu, $0.memoryGiB, $0.name) < ($1.vcpu, $1.memoryGiB, $1.name) }
        return best?.name ?? "REPLACE-INSTANCE-TYPE-\(sizing.machineVCPU)vcpu-\(sizing.machineMemoryGiB)gib"
    }

    /// The zones the workers spread over, as each provider names them: AWS `<region>a…`, GCP
    /// `<region>-a…`, Azure `1`, `2`, `3`; none on bare metal (one MachineDeployment).
    func failureDomains(_ plan: ClusterPlan) -> [String?] {
        let zones = max(1, plan.sizing.zones)
        let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
        let region = plan.cluster.region
        switch plan.sizing.profile.provider {
        case .aws: return (0..<min(zones, 26)).map { "\(region)\(letters[$0])" }
        case .gcp: return (0..<min(zones, 26)).map { "\(region)-\(letters[$0])" }
        case .azure: return (0..<min(zones, 3)).map { String($0 + 1) }
        case .bareMetal: return [nil]
        }
    }

    /// `total` split over `parts`, the first ones taking the remainder.
    static func split(_ total: Int, into parts: Int) -> [Int] {
        let parts = max(1, parts)
        return (0..<parts).map { total / parts + ($0 < total % parts ? 1 : 0) }
    }

    func documents(_ plan: ClusterPlan) -> [ConfigValue] {
        plan.sizing.profile.runsManagedControlPlane ? managed(plan) : selfManaged(plan)
    }

    func clusterNetwork(_ plan: ClusterPlan) -> [ConfigEntry] {
        var network: [ConfigEntry] = []
        if let pods = plan.range(.pod) { network.append(ConfigEntry("pods", .map([ConfigEntry("cidrBlocks", .list([.string(pods.description)]))]))) }
        if let services = plan.range(.service) {
            network.append(ConfigEntry("services", .map([ConfigEntry("cidrBlocks", .list([.string(services.description)]))])))
        }
        return network.isEmpty ? [] : [ConfigEntry("clusterNetwork", .map(network))]
    }

    func cluster(_ plan: ClusterPlan, controlPlane: ConfigValue, infrastructure: ConfigValue) -> ConfigValue {
        let name = BundlePath.component(plan.name)
        return object("\(Self.coreGroup)/v1beta2", "Cluster", name, cluster: name, spec: clusterNetwork(plan) + [
            ConfigEntry("controlPlaneRef", controlPlane),
            ConfigEntry("infrastructureRef", infrastructure),
        ])
    }

    // MARK: Self-managed: kubeadm control plane and MachineDeployments

    /// The infrastructure provider's kinds for a self-managed cluster.
    static func infrastructureKinds(_ provider: Provider) -> (apiVersion: String, cluster: String, template: String) {
        switch provider {
        case .aws: ("\(infrastructureGroup)/v1beta2", "AWSCluster", "AWSMachineTemplate")
        case .gcp: ("\(infrastructureGroup)/v1beta1", "GCPCluster", "GCPMachineTemplate")
        case .azure: ("\(infrastructureGroup)/v1beta1", "AzureCluster", "AzureMachineTemplate")
        case .bareMetal: ("\(infrastructureGroup)/v1beta2", "Metal3Cluster", "Metal3MachineTemplate")
        }
    }

    func selfManaged(_ plan: ClusterPlan) -> [ConfigValue] {
        let name = BundlePath.component(plan.name)
        let provider = plan.sizing.profile.provider
        let kinds = Self.infrastructureKinds(provider)
        let controlPlaneName = "\(name)-control-plane"
        var documents = [cluster(plan, controlPlane: Self.reference(Self.controlPlaneGroup, "KubeadmControlPlane", controlPlaneName),
                                 infrastructure: Self.reference(Self.infrastructureGroup, kinds.cluster, name))]
        documents.append(infrastructureCluster(plan, name: name))
        let kubeadm = KubeadmConfiguration(
            clusterName: name, version: plan.tuning.tableVersion,
            apiServerFlags: plan.tuning.apiServer.value, etcdFlags: plan.tuning.etcd.value,
            podCIDRMaskSize: plan.sizing.profile.podCIDRMaskSize,
            podSubnet: plan.range(.pod)?.description ?? "", serviceSubnet: plan.range(.service)?.description ?? "")
        // The kubeadm ClusterConfiguration's control-plane sections, as the bundle's
        // kubeadm-config.yaml has them, with the files they name written on each machine.
        var clusterConfiguration: [ConfigEntry] = []
        for key in ["etcd", "apiServer", "controllerManager", "scheduler"] {
            if let value = kubeadm.document[key] { clusterConfiguration.append(ConfigEntry(key, value)) }
        }
        var controlPlaneFiles: [ConfigValue] = [
            Self.file(KubeadmConfiguration.schedulerConfigPath, plan.tuning.scheduler.value.yaml()),
        ]
        if kubeadm.audits { controlPlaneFiles.append(Self.file(KubeadmConfiguration.auditPolicyPath, AuditPolicy.document.yaml())) }
        let kubelet = Self.file(Self.kubeletPatch, plan.tuning.kubelet.value.yaml())
        let patches = ConfigEntry("patches", .map([ConfigEntry("directory", .string(Self.patchDirectory))]))
        documents.append(object("\(Self.controlPlaneGroup)/v1beta2", "KubeadmControlPlane", controlPlaneName, cluster: name, spec: [
            ConfigEntry("replicas", .int(plan.capacity.controlPlane.etcdMembers)),
            ConfigEntry("version", .string(fullVersion)),
            ConfigEntry("machineTemplate", .map([ConfigEntry("spec", .map([
                ConfigEntry("infrastructureRef", Self.reference(Self.infrastructureGroup, kinds.template, controlPlaneName)),
            ]))])),
            ConfigEntry("kubeadmConfigSpec", .map([
                ConfigEntry("clusterConfiguration", .map(clusterConfiguration)),
                ConfigEntry("initConfiguration", .map([patches])),
                ConfigEntry("joinConfiguration", .map([patches])),
                ConfigEntry("files", .list(controlPlaneFiles + [kubelet])),
            ])),
        ]))
        documents.append(machineTemplate(plan, name: controlPlaneName, type: controlPlaneType(plan)))
        let workerTemplate = "\(name)-workers"
        documents.append(machineTemplate(plan, name: workerTemplate, type: workerType(plan)))
        documents.append(object("\(Self.bootstrapGroup)/v1beta2", "KubeadmConfigTemplate", workerTemplate, cluster: name, spec: [
            ConfigEntry("template", .map([ConfigEntry("spec", .map([
                ConfigEntry("joinConfiguration", .map([patches])),
                ConfigEntry("files", .list([kubelet])),
            ]))])),
        ]))
        let domains = failureDomains(plan)
        let counts = Self.split(max(plan.plannedNodes, 1), into: domains.count)
        for (index, domain) in domains.enumerated() {
            var spec: [ConfigEntry] = [
                ConfigEntry("clusterName", .string(name)),
                ConfigEntry("version", .string(fullVersion)),
                ConfigEntry("bootstrap", .map([ConfigEntry("configRef", Self.reference(Self.bootstrapGroup, "KubeadmConfigTemplate", workerTemplate))])),
                ConfigEntry("infrastructureRef", Self.reference(Self.infrastructureGroup, kinds.template, workerTemplate)),
            ]
            if let domain { spec.append(ConfigEntry("failureDomain", .string(domain))) }
            let deployment = domain.map { "\(name)-\(BundlePath.component($0))" } ?? "\(name)-workers"
            let labels = ConfigValue.map([ConfigEntry("cluster.x-k8s.io/cluster-name", .string(name)),
                                          ConfigEntry("fleetplan.io/machine-deployment", .string(deployment))])
            documents.append(object("\(Self.coreGroup)/v1beta2", "MachineDeployment", deployment, cluster: name, spec: [
                ConfigEntry("clusterName", .string(name)),
                ConfigEntry("replicas", .int(counts[index])),
                ConfigEntry("selector", .map([ConfigEntry("matchLabels", labels)])),
                ConfigEntry("template", .map([
                    ConfigEntry("metadata", .map([ConfigEntry("labels", labels)])),
                    ConfigEntry("spec", .map(spec)),
                ])),
            ]))
        }
        return documents
    }

    /// Where kubeadm reads patches on every machine, and the planned KubeletConfiguration as a
    /// merge patch of the `kubeletconfiguration` target (kubeadm's patch file naming:
    /// `<target><suffix>+<patchtype>.yaml`).
    static let patchDirectory = "/etc/kubernetes/patches"
    static let kubeletPatch = "\(patchDirectory)/kubeletconfiguration0+merge.yaml"

    /// A file cloud-init writes before kubeadm runs.
    static func file(_ path: String, _ content: String) -> ConfigValue {
        .map([ConfigEntry("path", .string(path)), ConfigEntry("owner", "root:root"),
              ConfigEntry("permissions", "0644"), ConfigEntry("content", .string(content))])
    }

    func infrastructureCluster(_ plan: ClusterPlan, name: String) -> ConfigValue {
        let kinds = Self.infrastructureKinds(plan.sizing.profile.provider)
        let region = plan.cluster.region
        let spec: [ConfigEntry]
        switch plan.sizing.profile.provider {
        case .aws:
            spec = [ConfigEntry("region", .string(region)), ConfigEntry("sshKeyName", "REPLACE-SSH-KEY-NAME")] + vpc(plan)
        case .gcp:
            spec = [ConfigEntry("project", "REPLACE-GCP-PROJECT"), ConfigEntry("region", .string(region)),
                    ConfigEntry("network", .map([ConfigEntry("name", .string("\(name)-network"))]))]
        case .azure:
            spec = [ConfigEntry("location", .string(region)), ConfigEntry("resourceGroup", .string("\(name)-rg")),
                    ConfigEntry("subscriptionID", "REPLACE-SUBSCRIPTION-ID"),
                    ConfigEntry("identityRef", .map([ConfigEntry("kind", "AzureClusterIdentity"), ConfigEntry("name", "REPLACE-CLUSTER-IDENTITY")]))]
        case .bareMetal:
            // No cloud load balancer: the API endpoint is a virtual IP the team provides.
            spec = [ConfigEntry("controlPlaneEndpoint", .map([ConfigEntry("host", "REPLACE-API-VIP"), ConfigEntry("port", 6443)]))]
        }
        return object(kinds.apiVersion, kinds.cluster, name, cluster: name, spec: spec)
    }

    func machineTemplate(_ plan: ClusterPlan, name: String, type: String) -> ConfigValue {
        let kinds = Self.infrastructureKinds(plan.sizing.profile.provider)
        let machine: [ConfigEntry]
        switch plan.sizing.profile.provider {
        case .aws:
            machine = [ConfigEntry("instanceType", .string(type)),
                       ConfigEntry("iamInstanceProfile", .string(name.hasSuffix("-control-plane")
                        ? "control-plane.cluster-api-provider-aws.sigs.k8s.io" : "nodes.cluster-api-provider-aws.sigs.k8s.io")),
                       ConfigEntry("sshKeyName", "REPLACE-SSH-KEY-NAME")]
        case .gcp:
            machine = [ConfigEntry("instanceType", .string(type))]
        case .azure:
            machine = [ConfigEntry("vmSize", .string(type)),
                       ConfigEntry("osDisk", .map([ConfigEntry("osType", "Linux"), ConfigEntry("diskSizeGB", 128)]))]
        case .bareMetal:
            // The host is chosen by Metal3 from the BareMetalHosts; the image is the team's.
            machine = [ConfigEntry("image", .map([
                ConfigEntry("url", "REPLACE-IMAGE-URL"), ConfigEntry("checksum", "REPLACE-IMAGE-CHECKSUM-URL"),
                ConfigEntry("checksumType", "sha256"), ConfigEntry("diskFormat", "qcow2"),
            ]))]
        }
        return object(kinds.apiVersion, kinds.template, name, cluster: BundlePath.component(plan.name),
                      spec: [ConfigEntry("template", .map([ConfigEntry("spec", .map(machine))]))])
    }

    // MARK: Managed: the provider's managed control plane and machine pools

    func managed(_ plan: ClusterPlan) -> [ConfigValue] {
        let name = BundlePath.component(plan.name)
        let nodes = max(plan.plannedNodes, 1)
        let minimum = min(max(plan.sizing.zones, 1), nodes)
        let region = plan.cluster.region
        let pool = "\(name)-pool-0"
        var documents: [ConfigValue]
        let poolKind: (apiVersion: String, kind: String)
        let poolSpec: [ConfigEntry]
        switch plan.sizing.profile.provider {
        case .aws:
            documents = [cluster(plan, controlPlane: Self.reference(Self.controlPlaneGroup, "AWSManagedControlPlane", "\(name)-control-plane"),
                                 infrastructure: Self.reference(Self.infrastructureGroup, "AWSManagedCluster", name)),
                         object("\(Self.infrastructureGroup)/v1beta2", "AWSManagedCluster", name, cluster: name, spec: []),
                         object("\(Self.controlPlaneGroup)/v1beta2", "AWSManagedControlPlane", "\(name)-control-plane", cluster: name, spec: [
                            ConfigEntry("eksClusterName", .string(name)),
                            ConfigEntry("region", .string(region)),
                            ConfigEntry("version", .string("v\(minorVersion)")),
                         ] + vpc(plan))]
            poolKind = ("\(Self.infrastructureGroup)/v1beta2", "AWSManagedMachinePool")
            poolSpec = [ConfigEntry("instanceType", .string(workerType(plan))),
                        ConfigEntry("scaling", .map([ConfigEntry("minSize", .int(minimum)), ConfigEntry("maxSize", .int(nodes * 2))]))]
        case .gcp:
            documents = [cluster(plan, controlPlane: Self.reference(Self.infrastructureGroup, "GCPManagedControlPlane", "\(name)-control-plane"),
                                 infrastructure: Self.reference(Self.infrastructureGroup, "GCPManagedCluster", name)),
                         object("\(Self.infrastructureGroup)/v1beta1", "GCPManagedCluster", name, cluster: name, spec: [
                            ConfigEntry("project", "REPLACE-GCP-PROJECT"), ConfigEntry("region", .string(region)),
                            ConfigEntry("network", .map([ConfigEntry("name", .string("\(name)-network"))])),
                         ]),
                         object("\(Self.infrastructureGroup)/v1beta1", "GCPManagedControlPlane", "\(name)-control-plane", cluster: name, spec: [
                            ConfigEntry("project", "REPLACE-GCP-PROJECT"), ConfigEntry("location", .string(region)),
                            ConfigEntry("clusterName", .string(name)), ConfigEntry("controlPlaneVersion", .string(minorVersion)),
                         ])]
            poolKind = ("\(Self.infrastructureGroup)/v1beta1", "GCPManagedMachinePool")
            poolSpec = [ConfigEntry("machineType", .string(workerType(plan))),
                        ConfigEntry("scaling", .map([ConfigEntry("minCount", .int(1)), ConfigEntry("maxCount", .int(nodes * 2))]))]
        case .azure:
            let credential = ConfigEntry("annotations", .map([ConfigEntry("serviceoperator.azure.com/credential-from", "REPLACE-ASO-CREDENTIAL-SECRET")]))
            documents = [cluster(plan, controlPlane: Self.reference(Self.infrastructureGroup, "AzureASOManagedControlPlane", name),
                                 infrastructure: Self.reference(Self.infrastructureGroup, "AzureASOManagedCluster", name)),
                         object("\(Self.infrastructureGroup)/v1beta1", "AzureASOManagedCluster", name, cluster: name, spec: [
                            ConfigEntry("resources", .list([.map([
                                ConfigEntry("apiVersion", "resources.azure.com/v1api20200601"), ConfigEntry("kind", "ResourceGroup"),
                                ConfigEntry("metadata", .map([ConfigEntry("name", .string(name)), credential])),
                                ConfigEntry("spec", .map([ConfigEntry("location", .string(region))])),
                            ])])),
                         ]),
                         object("\(Self.infrastructureGroup)/v1beta1", "AzureASOManagedControlPlane", name, cluster: name, spec: [
                            ConfigEntry("version", .string(fullVersion)),
                            ConfigEntry("resources", .list([.map([
                                ConfigEntry("apiVersion", "containerservice.azure.com/v1api20240901"), ConfigEntry("kind", "ManagedCluster"),
                                ConfigEntry("metadata", .map([ConfigEntry("name", .string(name)), credential])),
                                ConfigEntry("spec", .map([
                                    ConfigEntry("dnsPrefix", .string(name)), ConfigEntry("location", .string(region)),
                                    ConfigEntry("identity", .map([ConfigEntry("type", "SystemAssigned")])),
                                    ConfigEntry("networkProfile", .map([ConfigEntry("networkPlugin", "azure")] + clusterNetworkProfile(plan))),
                                    ConfigEntry("owner", .map([ConfigEntry("name", .string(name))])),
                                    ConfigEntry("servicePrincipalProfile", .map([ConfigEntry("clientId", "msi")])),
                                ])),
                            ])])),
                         ])]
            poolKind = ("\(Self.infrastructureGroup)/v1beta1", "AzureASOManagedMachinePool")
            poolSpec = [ConfigEntry("resources", .list([.map([
                ConfigEntry("apiVersion", "containerservice.azure.com/v1api20240901"), ConfigEntry("kind", "ManagedClustersAgentPool"),
                ConfigEntry("metadata", .map([ConfigEntry("name", .string(pool)), credential])),
                ConfigEntry("spec", .map([
                    ConfigEntry("azureName", "pool0"), ConfigEntry("mode", "System"),
                    ConfigEntry("owner", .map([ConfigEntry("name", .string(name))])),
                    ConfigEntry("type", "VirtualMachineScaleSets"), ConfigEntry("vmSize", .string(workerType(plan))),
                    ConfigEntry("maxPods", .int(plan.sizing.profile.maxPodsPerNode)),
                ])),
            ])]))]
        case .bareMetal:
            return selfManaged(plan)
        }
        documents.append(object("\(Self.coreGroup)/v1beta2", "MachinePool", pool, cluster: name, spec: [
            ConfigEntry("clusterName", .string(name)),
            ConfigEntry("replicas", .int(nodes)),
            ConfigEntry("template", .map([ConfigEntry("spec", .map([
                ConfigEntry("clusterName", .string(name)),
                // The provider bootstraps its own nodes: no bootstrap configuration.
                ConfigEntry("bootstrap", .map([ConfigEntry("dataSecretName", "")])),
                ConfigEntry("infrastructureRef", Self.reference(Self.infrastructureGroup, poolKind.kind, pool)),
            ]))])),
        ]))
        documents.append(object(poolKind.apiVersion, poolKind.kind, pool, cluster: name, spec: poolSpec))
        return documents
    }

    /// The VPC CAPA creates: the cluster's node range, as the eksctl file has it (services take
    /// the Cluster's `clusterNetwork.services`).
    func vpc(_ plan: ClusterPlan) -> [ConfigEntry] {
        guard let nodes = plan.range(.node) else { return [] }
        return [ConfigEntry("network", .map([ConfigEntry("vpc", .map([ConfigEntry("cidrBlock", .string(nodes.description))]))]))]
    }

    /// AKS's pod and service ranges from the plan (Azure CNI overlay takes `podCidr`).
    func clusterNetworkProfile(_ plan: ClusterPlan) -> [ConfigEntry] {
        var entries: [ConfigEntry] = []
        if let pods = plan.range(.pod) {
            entries.append(ConfigEntry("networkPluginMode", "overlay"))
            entries.append(ConfigEntry("podCidr", .string(pods.description)))
        }
        if let services = plan.range(.service) {
            entries.append(ConfigEntry("serviceCidr", .string(services.description)))
            entries.append(ConfigEntry("dnsServiceIP", .string(ManagedCluster.address(in: services, offset: 10))))
        }
        return entries
    }
}
