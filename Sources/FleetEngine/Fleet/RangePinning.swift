import FleetModel

/// Keeps clusters' ranges where they were across an edit: a range moves only when its own
/// cluster's size changes.
///
/// First-fit allocation (``AddressAllocation``) places unpinned clusters in file order, so
/// deleting or inserting a cluster, or growing one, can move the unpinned clusters after it
/// on its network. The workbench applies every edit through this: each cluster whose range
/// of a kind would move although the size it asks for did not change gets its old range
/// pinned, so nothing that was planned moves as a side effect.
///
/// ```swift
/// let (kept, pinned) = RangePinning.keepingRanges(of: before, in: after)
/// // pinned == ["staging-eu", "prod-eu"] after deleting dev-eu
/// ```
public enum RangePinning {
    /// `edited` with the moved ranges of unchanged clusters pinned, and those clusters' names.
    ///
    /// - Complexity: two allocations, O(*n*²/*w*) each, when the topology, the profiles or
    ///   the requirements changed; O(1) comparisons otherwise.
    public static func keepingRanges(of original: Project, in edited: Project) -> (project: Project, pinned: [String]) {
        guard original.topology != edited.topology || original.profiles != edited.profiles
            || original.requirements != edited.requirements else { return (edited, []) }
        // Nothing can move when every cluster keeps its place, network, pins and sizes.
        let oldSizings = ClusterSizing.all(for: original)
        let newSizings = ClusterSizing.all(for: edited)
        if original.topology.addressPlan == edited.topology.addressPlan,
           AddressAllocation.requests(project: original, sizings: oldSizings)
            == AddressAllocation.requests(project: edited, sizings: newSizings) {
            return (edited, [])
        }
        let before = FleetPlan(original)
        let after = FleetPlan(edited)
        var previous: [String: (ranges: AddressAllocation.ClusterRanges, network: String)] = [:]
        for ranges in before.allocation.clusters { previous[ranges.cluster] = (ranges, ranges.network) }
        var result = edited
        var pinned: [String] = []
        for ranges in after.allocation.clusters {
            guard let old = previous[ranges.cluster], old.network == ranges.network else { continue }
            var changed = false
            for kind in AddressKind.allCases {
                guard let now = ranges[kind], !now.pinned, let then = old.ranges[kind], !then.pinned,
                      let oldRange = then.range, now.range != oldRange, now.plannedPrefix == then.plannedPrefix
                else { continue }
                result.topology.clusters[ranges.index].pin(kind, oldRange.description)
                changed = true
            }
            if changed { pinned.append(ranges.cluster) }
        }
        return (result, pinned)
    }
}
