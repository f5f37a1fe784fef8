import FleetModel

/// The project file format (`apiVersion: fleetplan/v1`), field by field.
///
/// Ranges and choices here are the ones `Project.validate()` and the reader enforce; a
/// test checks each integer range against the validator.
public enum ProjectSchema {
    static let platformIDs = PlatformID.allCases.map(\.rawValue)

    /// The whole document.
    public static let document = SchemaType.object([
        SchemaField("apiVersion", .choice([Project.apiVersion]), required: true, "Format version; this build reads and writes `\(Project.apiVersion)`."),
        SchemaField("kind", .choice([Project.kind]), required: true, "Always `\(Project.kind)`."),
        SchemaField("metadata", metadata, required: true, "The project's name and description."),
        SchemaField("spec", spec, required: true, "The design."),
    ])

    static let metadata = SchemaType.object([
        SchemaField("name", .name, required: true, "Name of the design; used in exported file names."),
        SchemaField("description", .text, default: "\"\"", "Free text (use it instead of YAML comments, which a save drops)."),
    ])

    static let spec = SchemaType.object([
        SchemaField("kubernetesVersion", .version, required: true, "Target Kubernetes minor version, e.g. \"1.34\"; every generated setting is checked against it."),
        SchemaField("requirements", requirements, "What the platform must do; drives weights, constraints, drafting and lint."),
        SchemaField("profiles", .list(profile), default: "[]", "Cluster profiles: node shape, workload and mesh load."),
        SchemaField("matrix", matrix, "Your changes to the platform comparison."),
        SchemaField("topology", topology, "The multi-cluster design."),
    ])

    static let requirements = SchemaType.object([
        SchemaField("environments", .list(.name), default: "[dev, prod]", "Environments, e.g. dev, staging, prod."),
        SchemaField("regions", .list(.identifier), default: "[eu-west-1]", "Regions the platform must run in."),
        SchemaField("zonesPerRegion", .integer(1...6), default: "3", "Availability zones production must span in each region."),
        SchemaField("multiCloud", .boolean, default: "false", "Must run on more than one cloud provider."),
        SchemaField("onPremises", .boolean, default: "false", "Must run in your own data centres."),
        SchemaField("currentPlatform", .choice(platformIDs + ["none"]), default: "none", "The platform in use today (the migration roadmap starts here)."),
        SchemaField("teamExperience", .choice(TeamExperience.allCases.map(\.rawValue)), default: "medium", "The team's experience operating Kubernetes."),
        SchemaField("workloads", .list(.choice(WorkloadKind.allCases.map(\.rawValue))), default: "[stateless]", "Kinds of workload to run."),
        SchemaField("gpu", .boolean, default: "false", "GPU workloads must be supported."),
        SchemaField("windows", .boolean, default: "false", "Windows containers must be supported."),
        SchemaField("mtlsRequired", .boolean, default: "false", "Service-to-service traffic must use mutual TLS."),
        SchemaField("expectedNodes", .integer(0...1_000_000), default: "10", "Worker nodes expected across the fleet."),
        SchemaField("expectedServices", .integer(0...1_000_000), default: "20", "Services expected across the fleet."),
    ])

    static let node = SchemaType.object([
        SchemaField("vcpu", .integer(1...1024), required: true, "Virtual CPUs per node."),
        SchemaField("memoryGiB", .integer(1...32768), required: true, "Memory per node in GiB."),
    ])

    static let workload = SchemaType.object([
        SchemaField("pods", .integer(0...10_000_000), default: "100", "Application pods in one cluster of this profile."),
        SchemaField("podCPU", .quantity, default: "250m", "CPU request of a typical pod (> 0, whole millicores)."),
        SchemaField("podMemory", .quantity, default: "512Mi", "Memory request of a typical pod (> 0)."),
        SchemaField("daemonSetCPU", .quantity, default: "200m", "CPU requested on every node by DaemonSets together."),
        SchemaField("daemonSetMemory", .quantity, default: "256Mi", "Memory requested on every node by DaemonSets together."),
        SchemaField("daemonSetPods", .integer(0...1024), default: "4", "DaemonSet pods on every node (kube-proxy, CNI agent, log shipper, metrics agent); they count against maxPodsPerNode and the node's pod IPs."),
    ])

    static let meshLoad = SchemaType.object([
        SchemaField("enabled", .boolean, default: "false", "Clusters of this profile run Istio sidecars."),
        SchemaField("maxConcurrentConnections", .integer(0...10_000_000), default: "1000", "Peak concurrent connections through one sidecar."),
    ])

    static let reserved = SchemaType.object([
        SchemaField("systemCPU", .quantity, required: true, "`systemReserved.cpu`."),
        SchemaField("systemMemory", .quantity, required: true, "`systemReserved.memory`."),
        SchemaField("kubeCPU", .quantity, required: true, "`kubeReserved.cpu`."),
        SchemaField("kubeMemory", .quantity, required: true, "`kubeReserved.memory`."),
        SchemaField("evictionMemory", .quantity, default: "100Mi", "Hard eviction threshold `memory.available`."),
    ])

    static let profile = SchemaType.object([
        SchemaField("name", .name, required: true, "Profile name, referenced by clusters."),
        SchemaField("description", .text, default: "\"\"", "Free text."),
        SchemaField("provider", .choice(Provider.allCases.map(\.rawValue)), default: "aws", "Where nodes run; selects the node-reservation formula."),
        SchemaField("controlPlane", .choice(ControlPlane.allCases.map(\.rawValue)),
                    "managed (the default on aws, gcp, azure): EKS, GKE or AKS runs it and the bundle writes the provider's configuration; self-managed: kubeadm files (the only choice on bare-metal). See docs/export-bundle.md."),
        SchemaField("instanceType", .text, "Cloud instance type of the nodes (e.g. m6i.2xlarge); gives the node shape. See docs/instances.md."),
        SchemaField("node", node, "Worker node shape; required unless instanceType is given (bare metal, unlisted types)."),
        SchemaField("maxPodsPerNode", .integer(1...1024), default: "110", "The kubelet's maxPods; on aws at most the instance type's ENI limit."),
        SchemaField("prefixDelegation", .boolean, default: "false", "aws: the VPC CNI assigns /28 prefixes, raising the pods per node."),
        SchemaField("nodeMonthlyCostUSD", .integer(0...10_000_000), "What one node costs per month in USD (bare metal, unlisted types)."),
        SchemaField("podCIDRMaskSize", .integer(16...28), default: "24", "Prefix length of each node's pod CIDR."),
        SchemaField("cpuIntensive", .boolean, default: "false", "Give guaranteed pods exclusive cores (static CPU manager)."),
        SchemaField("numaAware", .boolean, default: "false", "Align resources to NUMA nodes (topology manager)."),
        SchemaField("headroomPercent", .integer(0...90), default: "20", "Spare capacity kept above the workload."),
        SchemaField("scheduling", .choice(SchedulingStrategy.allCases.map(\.rawValue)), default: "spread", "spread (LeastAllocated) or binpack (MostAllocated, with an autoscaler)."),
        SchemaField("workload", workload, "The pods this profile's clusters run."),
        SchemaField("mesh", meshLoad, "Service-mesh participation and load."),
        SchemaField("reserved", reserved, "Explicit node reservations (needed for bare-metal)."),
        SchemaField("featureGates", .map(keys: .identifier, value: .boolean), default: "{}", "Feature gates to set; checked against the target version."),
    ])

    static let override = SchemaType.object([
        SchemaField("platform", .choice(platformIDs), required: true, "Platform whose score changes."),
        SchemaField("criterion", .choice(Criterion.allCases.map(\.rawValue)), required: true, "Criterion whose score changes."),
        SchemaField("score", .integer(1...5), required: true, "The new score (5 = best for you)."),
        SchemaField("note", .text, required: true, "Why; shown in the matrix and the report."),
    ])

    static let decision = SchemaType.object([
        SchemaField("platform", .choice(platformIDs), default: "the recommendation",
                    "The platform the team chose; the bundle is built for it instead of the top-ranked one."),
        SchemaField("status", .choice(DecisionStatus.allCases.map(\.rawValue)), default: "proposed", "MADR status of the platform decision."),
        SchemaField("date", .text, default: "\"\"", "YYYY-MM-DD the decision was last updated (the record never uses the clock)."),
        SchemaField("deciders", .list(.text), default: "[]", "Who makes the decision (MADR decision-makers)."),
        SchemaField("consulted", .list(.text), default: "[]", "Whose opinion was sought."),
        SchemaField("informed", .list(.text), default: "[]", "Who is kept up to date."),
    ])

    static let matrix = SchemaType.object([
        SchemaField("weights", .map(keys: .choice(Criterion.allCases.map(\.rawValue)), value: .integer(0...10)), default: "{}",
                    "Criterion → weight 0–10; criteria not listed take the weight derived from the requirements."),
        SchemaField("overrides", .list(override), default: "[]", "Scores you set instead of the catalog's."),
        SchemaField("decision", decision, "Status, date and people of the decision record."),
    ])

    static let failover = SchemaType.object([
        SchemaField("from", .identifier, required: true, "Region whose traffic fails over."),
        SchemaField("to", .list(.identifier), required: true, "Fallback regions, in order."),
    ])

    static let mesh = SchemaType.object([
        SchemaField("model", .choice(MeshModel.allCases.map(\.rawValue)), default: "none", "Istio multi-cluster model."),
        SchemaField("meshID", .text, default: "\"\"", "Istio meshID shared by all clusters."),
        SchemaField("trustDomain", .text, default: "cluster.local", "SPIFFE trust domain shared by all clusters."),
        SchemaField("eastWestGateways", .list(.identifier), default: "[]", "Networks that run an east-west gateway."),
        SchemaField("failover", .list(failover), default: "[]", "Locality failover between regions."),
        SchemaField("networkConnectivity", .choice(NetworkConnectivity.allCases.map(\.rawValue)), default: "internet",
                    "How the networks reach each other: internet (public east-west load balancers) or private (internal ones)."),
    ])

    static let cluster = SchemaType.object([
        SchemaField("name", .name, required: true, "Cluster name."),
        SchemaField("description", .text, default: "\"\"", "Free text."),
        SchemaField("role", .choice(ClusterRole.allCases.map(\.rawValue)), default: "workload", "workload or management."),
        SchemaField("environment", .identifier, required: true, "Environment (from requirements, or `shared`)."),
        SchemaField("region", .identifier, required: true, "Region the cluster runs in."),
        SchemaField("zones", .integer(1...6), "Zones the nodes span; defaults to requirements.zonesPerRegion."),
        SchemaField("profile", .name, required: true, "Cluster profile (spec.profiles[].name)."),
        SchemaField("network", .identifier, required: true, "Network the cluster's pods are on (Istio network)."),
        SchemaField("meshRole", .choice(MeshRole.allCases.map(\.rawValue)), "primary or remote; omit to stay out of the mesh."),
        SchemaField("primary", .name, "For a remote: the primary cluster it follows."),
        SchemaField("workload", clusterWorkload, "This cluster's own workload, when it differs from its profile's."),
        SchemaField("nodeCIDR", .identifier, "Pinned node range (IPv4 CIDR); allocated from addressPlan.nodePool when omitted."),
        SchemaField("podCIDR", .identifier, "Pinned pod range (cluster CIDR); allocated from addressPlan.podPool when omitted."),
        SchemaField("serviceCIDR", .identifier, "Pinned service range; allocated from addressPlan.servicePool when omitted."),
        SchemaField("kubeContext", .text, "Kube context that reaches the cluster; the mesh runbook's default for CTX_<NAME>."),
        SchemaField("eastWestAddress", .text, "Address (IP or DNS name) of the cluster's east-west gateway, once known."),
    ])

    static let clusterWorkload = SchemaType.object([
        SchemaField("pods", .integer(0...10_000_000), "Application pods in this cluster; defaults to the profile's workload.pods."),
        SchemaField("percent", .integer(1...1000), default: "100", "Percent of those pods this cluster runs (10 = a tenth)."),
    ])

    static let addressPlan = SchemaType.object([
        SchemaField("nodePool", .identifier, default: AddressPlan.defaultNodePool, "Private IPv4 block node ranges are allocated from."),
        SchemaField("podPool", .identifier, default: AddressPlan.defaultPodPool, "Private IPv4 block pod ranges are allocated from."),
        SchemaField("servicePool", .identifier, default: AddressPlan.defaultServicePool, "Private IPv4 block service ranges are allocated from."),
        SchemaField("growthPercent", .integer(0...900), default: "\(AddressPlan.defaultGrowthPercent)", "Room above the planned nodes when a range is sized."),
    ])

    static let gitops = SchemaType.object([
        SchemaField("tool", .choice(GitOpsTool.allCases.map(\.rawValue)), default: "argo-cd", "GitOps controller on the management cluster."),
        SchemaField("repository", .text, default: "\"\"", "Git repository URL the bundle is committed to."),
        SchemaField("revision", .text, default: GitOpsSettings.defaultRevision, "Branch to deliver, or a full refs/tags/… name."),
        SchemaField("dnsZone", .text, default: "\"\"", "Parent DNS zone; each region's clusters publish under <region>.<dnsZone>."),
        SchemaField("clusterAPI", .boolean, default: "false", "Create the workload clusters through Cluster API from the management cluster."),
    ])

    static let topology = SchemaType.object([
        SchemaField("mesh", mesh, "Service mesh settings."),
        SchemaField("addressPlan", addressPlan, "Pools for the clusters' node, pod and service ranges."),
        SchemaField("clusters", .list(cluster), default: "[]", "The clusters."),
        SchemaField("gitops", gitops, "GitOps delivery from the management cluster."),
    ])
}
