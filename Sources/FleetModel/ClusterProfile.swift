/// A class of clusters that share a node shape, a workload mix and a mesh load.
///
/// Clusters in the topology name a profile; the planning engine derives the tuned
/// control-plane, kubelet and Istio settings and the capacity plan from it.
public struct ClusterProfile: Sendable, Equatable, Identifiable {
    public var name: String
    public var description: String
    public var provider: Provider
    /// Who runs the control plane, as written; `nil` takes the provider's default
    /// (`Provider.defaultControlPlane`). Read ``runsManagedControlPlane`` for the effect.
    public var controlPlane: ControlPlane?
    /// The cloud instance type the nodes run (`m6i.2xlarge`); when the engine's instance
    /// catalog lists it for `provider`, its shape replaces `node`.
    public var instanceType: String?
    /// The node shape; when `instanceType` is set, the file leaves it out.
    public var node: NodeShape
    /// The kubelet's `maxPods`. Upstream tests up to 110 pods per node.
    public var maxPodsPerNode: Int
    /// The size of the per-node pod CIDR (`/24` gives 256 addresses).
    public var podCIDRMaskSize: Int
    /// Pin guaranteed pods to exclusive cores (`cpuManagerPolicy: static`).
    public var cpuIntensive: Bool
    /// Align CPU and device allocation with NUMA nodes (`topologyManagerPolicy`).
    public var numaAware: Bool
    /// Spare capacity kept on top of the workload, in percent (0–90).
    public var headroomPercent: Int
    /// How pods are placed: spread over nodes, or packed for a cluster autoscaler.
    public var scheduling: SchedulingStrategy
    public var workload: WorkloadMix
    public var mesh: MeshLoad
    /// Explicit reservations; required for `bare-metal`, optional override elsewhere.
    public var reserved: Reservations?
    /// Feature gates the profile asks for (gate name → enabled). Checked against the target version.
    public var featureGates: [String: Bool]
    /// AWS VPC CNI prefix delegation (`ENABLE_PREFIX_DELEGATION`): each ENI slot holds a /28.
    public var prefixDelegation: Bool
    /// What one node costs per month in USD, for nodes no catalog prices (bare metal).
    public var nodeMonthlyCostUSD: Int?

    public var id: String { name }

    /// The control plane in effect: the one written, or the provider's default.
    public var effectiveControlPlane: ControlPlane { controlPlane ?? provider.defaultControlPlane }

    /// True when the provider's managed service (EKS, GKE, AKS) runs the control plane, so the
    /// bundle writes the provider's own configuration instead of kubeadm. Bare metal never is.
    public var runsManagedControlPlane: Bool { effectiveControlPlane == .managed && provider != .bareMetal }

    public init(
        name: String,
        description: String = "",
        provider: Provider = .aws,
        node: NodeShape = NodeShape(vcpu: 8, memoryGiB: 32),
        maxPodsPerNode: Int = 110,
        podCIDRMaskSize: Int = 24,
        cpuIntensive: Bool = false,
        numaAware: Bool = false,
        headroomPercent: Int = 20,
        scheduling: SchedulingStrategy = .spread,
        workload: WorkloadMix = WorkloadMix(),
        mesh: MeshLoad = MeshLoad(),
        reserved: Reservations? = nil,
        featureGates: [String: Bool] = [:],
        instanceType: String? = nil,
        prefixDelegation: Bool = false,
        nodeMonthlyCostUSD: Int? = nil,
        controlPlane: ControlPlane? = nil
    ) {
        self.name = name
        self.description = description
        self.provider = provider
        self.node = node
        self.maxPodsPerNode = maxPodsPerNode
        self.podCIDRMaskSize = podCIDRMaskSize
        self.cpuIntensive = cpuIntensive
        self.numaAware = numaAware
        self.headroomPercent = headroomPercent
        self.scheduling = scheduling
        self.workload = workload
        self.mesh = mesh
        self.reserved = reserved
        self.featureGates = featureGates
        self.instanceType = instanceType
        self.prefixDelegation = prefixDelegation
        self.nodeMonthlyCostUSD = nodeMonthlyCostUSD
        self.controlPlane = controlPlane
    }
}

/// Where the nodes run; decides which published reservation formula applies.
public enum Provider: String, Sendable, CaseIterable, Codable {
    case aws, gcp, azure
    case bareMetal = "bare-metal"
}

/// Who runs a cluster's control plane.
public enum ControlPlane: String, Sendable, CaseIterable {
    /// The provider's managed service runs it (EKS, GKE, AKS): the bundle writes eksctl,
    /// gcloud or az configuration, and the provider fixes what it does not expose.
    case managed
    /// kubeadm on the profile's machines: the bundle writes kubeadm, scheduler and audit files.
    case selfManaged = "self-managed"
}

extension Provider {
    /// `managed` for the clouds, `self-managed` for bare metal (the only choice there).
    public var defaultControlPlane: ControlPlane { self == .bareMetal ? .selfManaged : .managed }
}

/// How the scheduler scores nodes.
public enum SchedulingStrategy: String, Sendable, CaseIterable {
    /// `LeastAllocated`: spread pods for resilience.
    case spread
    /// `MostAllocated`: pack pods so a cluster autoscaler can remove empty nodes.
    case binpack
}

/// A worker node's size.
public struct NodeShape: Sendable, Equatable {
    public var vcpu: Int
    public var memoryGiB: Int

    public init(vcpu: Int, memoryGiB: Int) {
        self.vcpu = vcpu
        self.memoryGiB = memoryGiB
    }
}

/// The pods a profile's clusters run, and what every node runs as DaemonSets.
public struct WorkloadMix: Sendable, Equatable {
    /// Application pods across one cluster of this profile.
    public var pods: Int
    /// CPU request of a typical pod.
    public var podCPU: Quantity
    /// Memory request of a typical pod.
    public var podMemory: Quantity
    /// CPU requested by all DaemonSets on one node together.
    public var daemonSetCPU: Quantity
    /// Memory requested by all DaemonSets on one node together.
    public var daemonSetMemory: Quantity
    /// DaemonSet pods on every node (kube-proxy or the provider's dataplane, the CNI agent,
    /// a log shipper, a metrics agent): they count against `maxPods` and the node's pod IPs.
    public var daemonSetPods: Int

    public static let defaultDaemonSetPods = 4

    public init(
        pods: Int = 100,
        podCPU: Quantity = Quantity(parsing: "250m")!,
        podMemory: Quantity = Quantity(parsing: "512Mi")!,
        daemonSetCPU: Quantity = Quantity(parsing: "200m")!,
        daemonSetMemory: Quantity = Quantity(parsing: "256Mi")!,
        daemonSetPods: Int = WorkloadMix.defaultDaemonSetPods
    ) {
        self.daemonSetPods = daemonSetPods
        self.pods = pods
        self.podCPU = podCPU
        self.podMemory = podMemory
        self.daemonSetCPU = daemonSetCPU
        self.daemonSetMemory = daemonSetMemory
    }
}

/// Whether the profile's clusters join the service mesh, and the load the sidecars carry.
public struct MeshLoad: Sendable, Equatable {
    public var enabled: Bool
    /// Peak concurrent connections through one pod's sidecar.
    public var maxConcurrentConnections: Int

    public init(enabled: Bool = false, maxConcurrentConnections: Int = 1000) {
        self.enabled = enabled
        self.maxConcurrentConnections = maxConcurrentConnections
    }
}

/// Explicit `systemReserved`, `kubeReserved` and hard eviction memory of a node.
public struct Reservations: Sendable, Equatable {
    public var systemCPU: Quantity
    public var systemMemory: Quantity
    public var kubeCPU: Quantity
    public var kubeMemory: Quantity
    public var evictionMemory: Quantity

    public init(
        systemCPU: Quantity, systemMemory: Quantity,
        kubeCPU: Quantity, kubeMemory: Quantity,
        evictionMemory: Quantity = Quantity(parsing: "100Mi")!
    ) {
        self.systemCPU = systemCPU
        self.systemMemory = systemMemory
        self.kubeCPU = kubeCPU
        self.kubeMemory = kubeMemory
        self.evictionMemory = evictionMemory
    }
}
