import FleetEngine
import FleetModel

/// What every part of a bundle reads, computed once per export: the findings, the plans,
/// the scored matrix and the clusters that get their own directory.
struct BundleContext: Sendable {
    var project: Project
    /// `Lint.findings(for:)`: the same list `fleetplan check` prints.
    var findings: [Finding]
    /// Plans by profile name, for the profiles that can be planned (see `plannable`).
    var plans: [String: ProfilePlan]
    var score: ScoreReport
    var diagram: [String]
    /// Clusters in topology order, each once per directory name.
    var clusters: [Cluster]
    /// Every cluster sized and allocated, and the fleet totals.
    var fleet: FleetPlan
    /// Each plannable cluster's full plan, by cluster name.
    var clusterPlans: [String: ClusterPlan]
    /// Each cluster's monthly estimate; `nil` when the instance catalog cannot be read.
    var costs: FleetCost?
    /// How the multi-cluster mesh is installed; `nil` without one.
    var meshInstall: MeshInstall?

    init(project: Project, catalog: Catalog) {
        self.project = project
        findings = Lint.findings(for: project)
        var plans: [String: ProfilePlan] = [:]
        for (index, profile) in project.profiles.enumerated()
        where plans[profile.name] == nil && Self.plannable(index, in: findings) {
            plans[profile.name] = Planner.plan(profile: profile, in: project)
        }
        self.plans = plans
        score = ScoreReport(project: project, catalog: catalog)
        diagram = TopologyDiagram(width: 100).lines(for: project)
        var seen = Set<String>()
        clusters = project.topology.clusters.filter { seen.insert(BundlePath.component($0.name)).inserted }
        fleet = FleetPlan(project)
        var clusterPlans: [String: ClusterPlan] = [:]
        for plan in fleet.clusterPlans(in: project) where plans[plan.cluster.profile] != nil && clusterPlans[plan.name] == nil {
            clusterPlans[plan.name] = plan
        }
        self.clusterPlans = clusterPlans
        costs = fleet.costs(in: project)
        meshInstall = MeshInstall(project: project)
    }

    /// The platform the bundle is built for: the one the decision pins, else the recommendation,
    /// else Kubernetes when no platform survives the hard constraints (the design is then
    /// exported for review).
    var platform: PlatformID { project.matrix.decision.platform ?? score.evaluation.winner ?? .kubernetes }

    /// True when the bundle carries Kubernetes cluster configuration.
    var isKubernetes: Bool { platform == .kubernetes }

    /// The plan of a cluster, when its profile exists and can be planned.
    func clusterPlan(for cluster: Cluster) -> ClusterPlan? { clusterPlans[cluster.name] }

    /// `plan.json`: the same document as `fleetplan plan --format json`.
    var planDocument: String {
        FleetReport.json(profiles: project.profiles.compactMap { plans[$0.name] }.uniqued(by: \.name),
                         clusters: fleet.clusterPlans(in: project).filter { plans[$0.cluster.profile] != nil },
                         fleet: fleet, version: project.kubernetesVersion, costs: costs)
    }

    /// Error-level findings.
    var errors: [Finding] { findings.filter { $0.severity == .error } }

    /// The plan of a cluster's profile, when the profile exists and can be planned.
    func plan(for cluster: Cluster) -> ProfilePlan? { plans[cluster.profile] }

    /// A profile is planned unless a structural error sits inside its numbers: the planner
    /// relies on validated ranges, while a bad name or description does not disturb it.
    static func plannable(_ index: Int, in findings: [Finding]) -> Bool {
        let prefix = FieldPath.spec.key("profiles").index(index)
        return !findings.contains { finding in
            guard finding.severity == .error, finding.code < "FP1" else { return false }
            let components = finding.path.components
            guard components.starts(with: prefix.components) else { return false }
            let rest = components.dropFirst(prefix.components.count)
            return rest.first != .key("name") && rest.first != .key("description") && rest.first != .key("featureGates")
        }
    }

    /// The node count a profile's control plane and pod subnet are sized for.
    static func plannedNodes(_ plan: ProfilePlan) -> Int {
        plan.capacity.nodesToSurviveZoneLoss ?? plan.capacity.nodesToSurviveNodeLoss ?? 0
    }
}

extension Array {
    /// The elements whose key was not seen before, in order.
    func uniqued<Key: Hashable>(by key: KeyPath<Element, Key>) -> [Element] {
        var seen = Set<Key>()
        return filter { seen.insert($0[keyPath: key]).inserted }
    }
}
