/// The upstream fact a planned value rests on: a stable fact id and where to read it.
///
/// Fact ids (`CAP-24`, `K8S-09`, …) are the ones of the team's reference notes (`PLAT-4a`
/// is row (a) of their section 4, corrections to outdated guidance); ids starting `UP-` name
/// upstream files or pages cited directly by the planning tables.
public struct PlanSource: Sendable, Equatable, Hashable {
    /// A stable identifier such as `CAP-24`.
    public var id: String
    /// Where the fact can be read: a URL or `owner/repo path`.
    public var url: String

    public init(id: String, url: String) {
        self.id = id
        self.url = url
    }
}

extension PlanSource {
    // Upstream kubelet allocatable and eviction.
    static let allocatable = PlanSource(id: "CAP-01", url: "https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/")
    static let reservedDefaultsEmpty = PlanSource(id: "CAP-05", url: "https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/")
    static let evictionDefaults = PlanSource(id: "CAP-06", url: "https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/")
    static let evictionNotInherited = PlanSource(id: "CAP-10", url: "https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/")
    static let maxPodsDefault = PlanSource(id: "CAP-12", url: "kubernetes/kubernetes pkg/kubelet/apis/config/v1beta1/defaults.go")
    // Providers.
    static let gkeMemory = PlanSource(id: "CAP-14", url: "https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes")
    static let gkeCPU = PlanSource(id: "CAP-15", url: "https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes")
    static let gkeEviction = PlanSource(id: "CAP-16", url: "https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes")
    static let podCIDRPerNode = PlanSource(id: "CAP-21", url: "https://cloud.google.com/kubernetes-engine/docs/how-to/flexible-pod-cidr")
    static let eksMemory = PlanSource(id: "CAP-24", url: "awslabs/amazon-eks-ami nodeadm/internal/kubelet/config.go")
    static let eksCPU = PlanSource(id: "CAP-26", url: "awslabs/amazon-eks-ami nodeadm/internal/kubelet/config.go")
    static let eksEviction = PlanSource(id: "CAP-29", url: "awslabs/amazon-eks-ami nodeadm/internal/kubelet/config.go")
    static let aksCPU = PlanSource(id: "CAP-51", url: "https://learn.microsoft.com/azure/aks/node-resource-reservations")
    static let aksMemory = PlanSource(id: "CAP-52", url: "https://learn.microsoft.com/azure/aks/node-resource-reservations")
    static let aksMaxPods = PlanSource(id: "CAP-58", url: "https://learn.microsoft.com/azure/aks/concepts-network-ip-address-planning")
    // Scalability and control plane.
    static let scalability = PlanSource(id: "CAP-69", url: "https://kubernetes.io/docs/setup/best-practices/cluster-large/")
    static let controlPlanePerZone = PlanSource(id: "CAP-82", url: "https://kubernetes.io/docs/setup/best-practices/cluster-large/")
    static let etcdMembers = PlanSource(id: "CAP-84", url: "https://etcd.io/docs/v3.5/faq/")
    static let etcdQuota = PlanSource(id: "CAP-85", url: "https://etcd.io/docs/v3.5/dev-guide/limit/")
    static let etcdHardware = PlanSource(id: "CAP-88", url: "https://etcd.io/docs/v3.5/op-guide/hardware/")
    static let apiServerInflight = PlanSource(id: "K8S-09", url: "kubernetes/apiserver pkg/server/config.go")
    static let priorityAndFairness = PlanSource(id: "K8S-19", url: "https://kubernetes.io/docs/concepts/cluster-administration/flow-control/")
    static let etcdTuning = PlanSource(id: "UP-ETCD-TUNING", url: "https://etcd.io/docs/v3.5/tuning/")
    static let etcdSnapshotCount = PlanSource(id: "UP-ETCD-SNAPSHOT", url: "https://github.com/etcd-io/etcd/pull/15408")
    static let largeClusterFlags = PlanSource(
        id: "UP-K8S-LARGE-TUNING",
        url: "secondary: kubernetes/website blog draft on tuning large clusters (stored copy) and community large-cluster guides")
    static let apiServerFlags = PlanSource(
        id: "UP-APISERVER-FLAGS",
        url: "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/")
    static let serviceAccountIssuer = PlanSource(
        id: "UP-SA-ISSUER",
        url: "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#serviceaccount-token-volume-projection")
    // Config types.
    static let kubeletTypes = PlanSource(id: "UP-KUBELET-TYPES", url: "kubernetes/kubernetes staging/src/k8s.io/kubelet/config/v1beta1/types.go")
    static let schedulerTypes = PlanSource(id: "UP-SCHEDULER-TYPES", url: "kubernetes/kubernetes staging/src/k8s.io/kube-scheduler/config/v1/types.go")
    static let schedulerOptions = PlanSource(
        id: "UP-SCHEDULER-OPTIONS",
        url: "kubernetes/kubernetes cmd/kube-scheduler/app/options/options.go (deprecated flags apply only without --config; deprecated.go --kubeconfig help)")
    static let resourceBinPacking = PlanSource(
        id: "UP-BIN-PACKING",
        url: "https://kubernetes.io/docs/concepts/scheduling-eviction/resource-bin-packing/")
    static let cpuManager = PlanSource(
        id: "UP-CPU-MANAGER",
        url: "https://kubernetes.io/docs/tasks/administer-cluster/cpu-management-policies/")
    static let memoryManager = PlanSource(
        id: "UP-MEMORY-MANAGER",
        url: "https://kubernetes.io/docs/tasks/administer-cluster/memory-manager/")
    static let topologyManager = PlanSource(
        id: "UP-TOPOLOGY-MANAGER",
        url: "https://kubernetes.io/docs/tasks/administer-cluster/topology-manager/")
    static let pidLimiting = PlanSource(id: "UP-PID-LIMITING", url: "https://kubernetes.io/docs/concepts/policy/pid-limiting/")
    static let featureGates = PlanSource(
        id: "UP-FEATURE-GATES",
        url: "kubernetes/website content/en/docs/reference/command-line-tools-reference/feature-gates/")
    static let kubeletServerCert = PlanSource(id: "PLAT-4c", url: "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/")
    // Istio.
    static let istiod = PlanSource(id: "PLAT-4a", url: "https://istio.io/latest/docs/ops/deployment/architecture/")
    static let istioPerformance = PlanSource(
        id: "UP-ISTIO-PERF",
        url: "https://istio.io/v1.15/docs/ops/deployment/performance-and-scalability/")
    static let istioValues = PlanSource(id: "UP-ISTIO-VALUES", url: "istio/istio manifests/charts/istio-control/istio-discovery/values.yaml")
    static let istioProxyConfig = PlanSource(
        id: "UP-ISTIO-PROXYCONFIG",
        url: "https://istio.io/latest/docs/reference/config/networking/proxy-config/")
    static let istioTelemetry = PlanSource(id: "PLAT-4b", url: "https://istio.io/latest/docs/reference/config/telemetry/")
}
