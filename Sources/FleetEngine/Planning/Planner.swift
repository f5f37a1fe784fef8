import FleetModel

/// Derives the tuned settings and capacity plan of cluster profiles.
///
/// Pure: the same project always gives the same plans, and nothing is read or written.
///
/// ```swift
/// let plans = Planner.plan(project)
/// plans[0].capacity.podsPerNode
/// plans[0].kubelet.value["maxPods"]     // .int(110)
/// ```
public enum Planner {
    /// The plan of every profile, in `spec.profiles` order.
    ///
    /// - Complexity: O(*p*) in the number of profiles (each plan is O(1) apart from gates).
    public static func plan(_ project: Project) -> [ProfilePlan] {
        project.profiles.map { plan(profile: $0, in: project) }
    }

    /// The plan of `profile`, read against the project's target version and requirements.
    ///
    /// An unsupported target version is planned with the nearest supported release's tables
    /// and carries an FP100 error.
    public static func plan(profile: ClusterProfile, in project: Project) -> ProfilePlan {
        plan(profile: profile, in: project, zones: project.requirements.zonesPerRegion, sidecars: nil)
    }

    /// The plan of `profile` over `zones` zones, with istiod sized for `sidecars` sidecars
    /// (`nil`: the profile's own pods). A cluster's plan passes its own zones and the
    /// sidecars its istiod serves (see `ClusterPlan`).
    public static func plan(profile given: ClusterProfile, in project: Project, zones: Int, sidecars: Int?) -> ProfilePlan {
        let profile = given.resolvedForPlanning
        let index = project.profiles.firstIndex { $0.name == profile.name } ?? 0
        let version = SupportedVersions.nearest(to: project.kubernetesVersion)
        let capacity = CapacityPlan(profile: profile, zones: zones)
        let gates = FeatureGateSelection(requested: profile.featureGates, version: version)
        return ProfilePlan(
            name: profile.name,
            index: index,
            targetVersion: project.kubernetesVersion,
            tableVersion: version,
            apiServer: ControlPlaneTuning.apiServer(capacity: capacity, gates: gates),
            etcd: ControlPlaneTuning.etcd(capacity: capacity),
            scheduler: SchedulerTuning.configuration(for: profile, capacity: capacity),
            kubelet: KubeletTuning.configuration(for: profile, capacity: capacity, gates: gates),
            istio: IstioTuning.configuration(for: profile, zones: zones, sidecars: sidecars,
                                             guaranteedSidecar: capacity.staticCPUPolicy),
            capacity: capacity,
            capacityReasons: capacityReasons(profile, capacity),
            findings: Lint.sorted(PlanningRules.projectFindings(project)
                + PlanningRules.findings(for: given, at: index, in: project))
        )
    }

    static func capacityReasons(_ profile: ClusterProfile, _ capacity: CapacityPlan) -> [PlanReason] {
        let reservation = capacity.reservation
        var reasons = [
            PlanReason("capacity.allocatable",
                       "capacity − kube-reserved − system-reserved − hard eviction; \(reservation.rule)",
                       source: reservation.sources.first ?? .allocatable),
            PlanReason("capacity.podsPerNode",
                       "least of maxPods \(capacity.limits[.maxPods]!), pod IPs \(capacity.limits[.podIPs].map(String.init) ?? "not limited by a node CIDR (VPC CNI)"), CPU \(capacity.limits[.cpu]!), memory \(capacity.limits[.memory]!), after \(profile.workload.daemonSetPods) DaemonSet pods (\(profile.workload.daemonSetCPU) / \(profile.workload.daemonSetMemory))",
                       source: .podCIDRPerNode),
        ]
        if profile.mesh.enabled {
            reasons.append(PlanReason("capacity.podRequest",
                                      "each pod's request includes its sidecar's (see istio.sidecar.resources)"))
        }
        reasons += [
            PlanReason("capacity.nodesRequired",
                       "⌈\(profile.workload.pods) pods × \(profile.headroomPercent.saturatingAdd(100))% ÷ \(capacity.podsPerNode) per node⌉"),
            PlanReason("capacity.nodesToSurviveNodeLoss", "one spare node (N+1)"),
            PlanReason("capacity.nodesToSurviveZoneLoss",
                       capacity.zones > 1
                           ? "the other \(capacity.zones.saturatingSubtract(1)) zone(s) must hold the required nodes: ⌈required ÷ \(capacity.zones.saturatingSubtract(1))⌉ per zone × \(capacity.zones)"
                           : "one zone: a zone loss cannot be survived"),
            PlanReason("capacity.etcdMembers",
                       "\(capacity.controlPlane.etcdMembers) members (tolerate \(capacity.controlPlane.faultTolerance)) for \(ControlPlaneTuning.plannedNodes(capacity)) nodes in \(capacity.zones) zone(s)",
                       source: .etcdMembers),
            PlanReason("capacity.controlPlaneMachine",
                       "\(capacity.controlPlane.tier) tier: \(capacity.controlPlane.machineVCPU) vCPU / \(capacity.controlPlane.machineMemoryGiB) GiB per control-plane node",
                       source: .etcdHardware),
        ]
        return reasons
    }
}
