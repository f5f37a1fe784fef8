/// The control-plane recommendation for a cluster: etcd members and machine size.
///
/// - etcd members (CAP-84, the etcd FAQ: odd sizes; five tolerate two failures, "which is
///   enough in most cases", and larger clusters write more slowly): 3 up to 500 nodes, one per
///   zone, which already survives the loss of any one zone; 5 above 500 nodes or with 5 or
///   more zones, so a member can be down for maintenance while another fails. Never 7.
/// - machine size per control-plane node (etcd stacked with the API server), from the
///   etcd hardware tiers (CAP-88): ≤ 50 nodes 2 vCPU / 8 GiB, ≤ 250 nodes 4 / 16,
///   ≤ 1,000 nodes 8 / 32, above that 16 / 64.
///
/// ```swift
/// ControlPlaneSizing(nodes: 150, zones: 3).etcdMembers   // 3
/// ControlPlaneSizing(nodes: 2000, zones: 3).etcdMembers  // 5
/// ```
public struct ControlPlaneSizing: Sendable, Equatable {
    /// The worker-node count sized for.
    public var nodes: Int
    /// The zones the control plane spreads over.
    public var zones: Int
    /// etcd members: 3 or 5.
    public var etcdMembers: Int
    /// vCPUs of each control-plane machine.
    public var machineVCPU: Int
    /// Memory of each control-plane machine, in GiB.
    public var machineMemoryGiB: Int
    /// The etcd size tier name of CAP-88 (`small`, `medium`, `large`, `xlarge`).
    public var tier: String

    /// Sizes the control plane of a cluster of `nodes` worker nodes in `zones` zones.
    ///
    /// - Complexity: O(1).
    public init(nodes: Int, zones: Int) {
        self.nodes = nodes
        self.zones = zones
        if nodes > 500 || zones >= 5 {
            etcdMembers = 5
        } else {
            etcdMembers = 3
        }
        switch nodes {
        case ...50: (machineVCPU, machineMemoryGiB, tier) = (2, 8, "small")
        case ...250: (machineVCPU, machineMemoryGiB, tier) = (4, 16, "medium")
        case ...1000: (machineVCPU, machineMemoryGiB, tier) = (8, 32, "large")
        default: (machineVCPU, machineMemoryGiB, tier) = (16, 64, "xlarge")
        }
    }

    /// Members that can fail while etcd keeps quorum: ⌊(n − 1) ÷ 2⌋ (CAP-84).
    public var faultTolerance: Int { (etcdMembers - 1) / 2 }
}
