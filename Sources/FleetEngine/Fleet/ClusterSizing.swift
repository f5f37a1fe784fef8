import FleetModel

/// How big one cluster of the topology is: its workload, the nodes it needs and the
/// sidecars its istiod serves. The light part of a cluster's plan, computed for every
/// cluster on every edit (lint, the Topology pane, the fleet roll-up).
///
/// ```swift
/// let sizing = ClusterSizing.all(for: project)[0]
/// sizing.pods              // the profile's pods, or the cluster's own workload
/// sizing.plannedNodes      // nodes that survive a zone loss (or a node loss, in one zone)
/// ```
public struct ClusterSizing: Sendable, Equatable {
    /// The cluster as written.
    public var cluster: Cluster
    /// Its position in `spec.topology.clusters`.
    public var index: Int
    /// Its profile, with `workload.pods` replaced by this cluster's pods.
    public var profile: ClusterProfile
    /// Zones the cluster spans (`zones`, or `requirements.zonesPerRegion`).
    public var zones: Int
    /// Application pods this cluster runs.
    public var pods: Int
    /// Sidecars this cluster's istiod serves: its own, plus those of the remotes that
    /// follow it in a primary-remote mesh; 0 when it runs no istiod.
    public var sidecarsServed: Int
    /// Pods per node, node counts and control-plane size for this cluster's workload.
    public var capacity: CapacityPlan

    /// The worker nodes the cluster is built with: enough to survive a zone loss, or a
    /// node loss with one zone; 0 when nothing fits on a node.
    public var plannedNodes: Int { capacity.nodesToSurviveZoneLoss ?? capacity.nodesToSurviveNodeLoss ?? 0 }

    /// True when the cluster runs Istio: its profile enables the mesh and it joins the
    /// topology's mesh, or it is a workload cluster outside it (a mesh of its own), or the
    /// topology has no multi-cluster mesh (each cluster is its own). The management cluster
    /// of a meshed design runs none.
    public var runsMesh: Bool

    /// The sizing of every cluster whose profile exists, in topology order.
    ///
    /// - Complexity: O(*n* + *p*) for *n* clusters and *p* profiles; each capacity plan is O(1).
    public static func all(for project: Project) -> [ClusterSizing] {
        var profiles: [String: ClusterProfile] = [:]
        // Profiles with their instance type's shape and pod limit resolved.
        for profile in project.profiles where profiles[profile.name] == nil { profiles[profile.name] = profile.resolvedForPlanning }
        let mesh = project.topology.mesh
        var sized: [ClusterSizing] = []
        var byName: [String: Int] = [:]
        // Clusters of one profile with the same pods and zones share one capacity plan.
        var capacities: [CapacityKey: CapacityPlan] = [:]
        for (index, cluster) in project.topology.clusters.enumerated() {
            guard var profile = profiles[cluster.profile] else { continue }
            // Never negative, even in a project that does not validate (the workbench sizes those too).
            let pods = max(0, cluster.workload?.pods(profilePods: profile.workload.pods) ?? profile.workload.pods)
            profile.workload.pods = pods
            let zones = cluster.zones ?? project.requirements.zonesPerRegion
            let runsMesh = profile.mesh.enabled && (cluster.meshRole != nil || mesh.model == .none || cluster.role == .workload)
            let own = runsMesh && cluster.meshRole != .remote ? pods : 0
            if byName[cluster.name] == nil { byName[cluster.name] = sized.count }
            let key = CapacityKey(profile: profile.name, pods: pods, zones: zones)
            let capacity = capacities[key] ?? CapacityPlan(profile: profile, zones: zones)
            capacities[key] = capacity
            sized.append(ClusterSizing(cluster: cluster, index: index, profile: profile, zones: zones, pods: pods,
                                       sidecarsServed: own, capacity: capacity, runsMesh: runsMesh))
        }
        // A primary's istiod also serves the sidecars of the remotes that follow it.
        if mesh.model == .primaryRemote {
            for remote in sized where remote.cluster.meshRole == .remote && remote.runsMesh {
                guard let name = remote.cluster.primary, let primary = byName[name],
                      sized[primary].cluster.meshRole == .primary, sized[primary].runsMesh else { continue }
                sized[primary].sidecarsServed = sized[primary].sidecarsServed.saturatingAdd(remote.pods)
            }
        }
        return sized
    }
}

/// What a cluster's capacity plan depends on besides its profile's fixed fields.
private struct CapacityKey: Hashable {
    var profile: String
    var pods: Int
    var zones: Int
}
