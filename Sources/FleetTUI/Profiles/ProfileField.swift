import FleetEngine
import FleetModel

/// A field of the Profiles form: the node shape, placement, workload mix, mesh load and
/// description of one cluster profile.
///
/// The name is not a field: renaming (`r`) also renames the clusters' references.
public enum ProfileField: String, Sendable, CaseIterable, Hashable {
    case vcpu, memoryGiB, provider, controlPlane, instanceType, maxPodsPerNode, prefixDelegation, podCIDRMaskSize
    case cpuIntensive, numaAware, headroomPercent, nodeMonthlyCostUSD
    case scheduling, pods, podCPU, podMemory, daemonSetCPU, daemonSetMemory, daemonSetPods, meshEnabled, maxConcurrentConnections
    case description

    /// The kind of input the field takes.
    public enum Kind: Sendable, Hashable {
        /// Free text.
        case text
        /// A Kubernetes quantity typed as text (`250m`, `1.5Gi`), checked on commit.
        case quantity
        /// A whole number; stepping stays inside the range, typing may leave it (a finding says so).
        case number(ClosedRange<Int>)
        case toggle
        case choice([String])
        /// Chosen from a list that opens over the pane (the instance-type picker).
        case picker
    }

    /// The label shown in the form.
    public var label: String {
        switch self {
        case .vcpu: "Node vCPU"
        case .memoryGiB: "Node memory GiB"
        case .provider: "Provider"
        case .controlPlane: "Control plane"
        case .instanceType: "Instance type"
        case .prefixDelegation: "Prefix delegation"
        case .nodeMonthlyCostUSD: "Node USD/month"
        case .maxPodsPerNode: "Max pods per node"
        case .podCIDRMaskSize: "Pod CIDR mask"
        case .cpuIntensive: "CPU intensive"
        case .numaAware: "NUMA aware"
        case .headroomPercent: "Headroom %"
        case .scheduling: "Scheduling"
        case .pods: "Pods"
        case .podCPU: "Pod CPU"
        case .podMemory: "Pod memory"
        case .daemonSetCPU: "DaemonSet CPU"
        case .daemonSetMemory: "DaemonSet memory"
        case .daemonSetPods: "DaemonSet pods"
        case .meshEnabled: "Mesh enabled"
        case .maxConcurrentConnections: "Mesh connections"
        case .description: "Description"
        }
    }

    /// The kind of input, with the ranges `Project.validate()` applies.
    public var kind: Kind {
        switch self {
        case .description: .text
        case .podCPU, .podMemory, .daemonSetCPU, .daemonSetMemory: .quantity
        case .vcpu: .number(1...1024)
        case .memoryGiB: .number(1...32768)
        case .maxPodsPerNode: .number(1...1024)
        case .podCIDRMaskSize: .number(16...28)
        case .headroomPercent: .number(0...90)
        case .pods: .number(0...10_000_000)
        case .daemonSetPods: .number(0...1024)
        case .maxConcurrentConnections: .number(0...10_000_000)
        case .nodeMonthlyCostUSD: .number(0...1_000_000)
        case .cpuIntensive, .numaAware, .meshEnabled, .prefixDelegation: .toggle
        case .provider: .choice(Provider.allCases.map(\.rawValue))
        case .controlPlane: .choice(ControlPlane.allCases.map(\.rawValue))
        case .instanceType: .picker
        case .scheduling: .choice(SchedulingStrategy.allCases.map(\.rawValue))
        }
    }

    /// Where the field lives under `spec.profiles[index]`, as findings name it.
    public func path(profile index: Int) -> FieldPath {
        let base = FieldPath.spec.key("profiles").index(index)
        switch self {
        case .vcpu: return base.key("node").key("vcpu")
        case .memoryGiB: return base.key("node").key("memoryGiB")
        case .pods, .podCPU, .podMemory, .daemonSetCPU, .daemonSetMemory, .daemonSetPods: return base.key("workload").key(rawValue)
        case .meshEnabled: return base.key("mesh").key("enabled")
        case .maxConcurrentConnections: return base.key("mesh").key("maxConcurrentConnections")
        default: return base.key(rawValue)
        }
    }

    /// The field a finding's path points into, for a profile at `index`.
    public static func field(for path: FieldPath, profile index: Int) -> ProfileField? {
        allCases.first { path.components.starts(with: $0.path(profile: index).components) }
    }

    /// The value as text: what an edit starts from and what the form shows.
    public func text(in profile: ClusterProfile) -> String {
        switch self {
        case .vcpu: String(Self.shape(of: profile).vcpu)
        case .memoryGiB: String(Self.shape(of: profile).memoryGiB)
        case .provider: profile.provider.rawValue
        case .controlPlane: profile.effectiveControlPlane.rawValue
        case .instanceType: profile.instanceType ?? ""
        case .nodeMonthlyCostUSD: profile.nodeMonthlyCostUSD.map(String.init) ?? ""
        case .maxPodsPerNode: String(profile.maxPodsPerNode)
        case .podCIDRMaskSize: String(profile.podCIDRMaskSize)
        case .cpuIntensive, .numaAware, .meshEnabled, .prefixDelegation: isOn(in: profile) ? "yes" : "no"
        case .headroomPercent: String(profile.headroomPercent)
        case .scheduling: profile.scheduling.rawValue
        case .pods: String(profile.workload.pods)
        case .podCPU: profile.workload.podCPU.text
        case .podMemory: profile.workload.podMemory.text
        case .daemonSetCPU: profile.workload.daemonSetCPU.text
        case .daemonSetMemory: profile.workload.daemonSetMemory.text
        case .daemonSetPods: String(profile.workload.daemonSetPods)
        case .maxConcurrentConnections: String(profile.mesh.maxConcurrentConnections)
        case .description: profile.description
        }
    }

    /// Whether a toggle is on (false for other kinds).
    public func isOn(in profile: ClusterProfile) -> Bool {
        switch self {
        case .cpuIntensive: profile.cpuIntensive
        case .numaAware: profile.numaAware
        case .meshEnabled: profile.mesh.enabled
        case .prefixDelegation: profile.prefixDelegation
        default: false
        }
    }

    /// The node shape the profile really has: its instance type's when the bundled catalog
    /// lists it, else the shape typed by hand.
    public static func shape(of profile: ClusterProfile) -> NodeShape {
        instanceEntry(of: profile)?.shape ?? profile.node
    }

    /// The catalog entry of the profile's instance type, if the bundled catalog lists it.
    public static func instanceEntry(of profile: ClusterProfile) -> InstanceType? {
        guard profile.instanceType != nil, let catalog = try? InstanceCatalog.bundled() else { return nil }
        return profile.instance(in: catalog)
    }

    /// Why the field cannot be changed on this profile right now; `nil` when it can.
    ///
    /// The node shape comes from a listed instance type; control plane and prefix
    /// delegation only mean something on some providers.
    public func lockReason(in profile: ClusterProfile) -> String? {
        switch self {
        case .vcpu, .memoryGiB:
            guard let entry = Self.instanceEntry(of: profile) else { return nil }
            return "\(label) comes from instance type \(entry.name): pick none under Instance type to type the shape"
        case .controlPlane where profile.provider == .bareMetal:
            return "bare metal is always self-managed (kubeadm)"
        case .prefixDelegation where profile.provider != .aws:
            return "prefix delegation is an AWS VPC CNI setting; this profile runs on \(profile.provider.rawValue)"
        default:
            return nil
        }
    }
}
