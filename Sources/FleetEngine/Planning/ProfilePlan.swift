import FleetModel

/// Everything the planner derives for one cluster profile: tuned settings by component,
/// the capacity plan, the reasons behind every value and the profile's FP1xx findings.
///
/// Built by `Planner.plan(profile:in:)`; rendered by `PlanReport`.
public struct ProfilePlan: Sendable, Equatable {
    /// The profile's name.
    public var name: String
    /// The profile's position in `spec.profiles`, for field paths.
    public var index: Int
    /// The release the project targets.
    public var targetVersion: KubernetesVersion
    /// The release whose tables were used: the target, or the nearest supported one.
    public var tableVersion: KubernetesVersion
    /// kube-apiserver flags (`--name` → value), in emission order.
    public var apiServer: TunedComponent
    /// etcd flags (`--name` → value), in emission order.
    public var etcd: TunedComponent
    /// The `KubeSchedulerConfiguration`.
    public var scheduler: TunedComponent
    /// The `KubeletConfiguration`.
    public var kubelet: TunedComponent
    /// Istio settings; `nil` when the profile's mesh is off.
    public var istio: TunedComponent?
    /// Allocatable, pods per node, node counts and control-plane size.
    public var capacity: CapacityPlan
    /// Why the capacity numbers are what they are.
    public var capacityReasons: [PlanReason]
    /// The FP1xx findings about this profile (plus project-level ones such as FP100).
    public var findings: [Finding]

    /// Every reason of the plan, component by component, in a stable order.
    public var reasons: [PlanReason] {
        apiServer.reasons + etcd.reasons + scheduler.reasons + kubelet.reasons + (istio?.reasons ?? []) + capacityReasons
    }
}
