import FleetEngine
import FleetModel

extension AppState {
    /// Lets derived data slower than `seconds` be computed off the key loop (the runtime
    /// does this; see ``DerivedCache``). Forgets what was cached.
    public mutating func deferDerivedData(over seconds: Double) {
        derived = DerivedCache(budget: seconds)
    }

    /// Every finding of `Lint.findings(for: project)`, computed once per project value.
    ///
    /// - Complexity: O(1) after the first call for a project; the lint's cost on the first.
    public var findings: [Finding] {
        derived.value("findings", for: project, compute: Lint.findings(for:))
    }

    /// The tuned settings and capacity plan of the profile at `index`, computed once per
    /// project value; `nil` when there is no such profile.
    ///
    /// Panes showing one profile ask only for that one, so the cost of a frame does not
    /// grow with the number of profiles.
    public func plan(forProfile index: Int) -> ProfilePlan? {
        guard project.profiles.indices.contains(index) else { return nil }
        return derived.value("plan.\(index)", for: project) { project in
            Planner.plan(profile: project.profiles[index], in: project)
        }
    }

    /// Every cluster sized and allocated, and the fleet totals, computed once per project value.
    ///
    /// - Complexity: O(1) after the first call for a project; the allocation's cost on the first.
    public var fleetPlan: FleetPlan {
        derived.value("fleet", for: project) { FleetPlan($0) }
    }

    /// Every cluster's monthly estimate, computed once per project value; `nil` when the
    /// instance catalog cannot be read.
    public var fleetCost: FleetCost? {
        derived.value("fleet.cost", for: project) { project in FleetPlan(project).costs(in: project) }
    }

    /// How many clusters name each profile, computed once per project value.
    ///
    /// - Complexity: O(1) after the first call for a project; O(*c*) for *c* clusters on the first.
    public var clusterCountsByProfile: [String: Int] {
        derived.value("clusters.byProfile", for: project) { project in
            var counts: [String: Int] = [:]
            for cluster in project.topology.clusters { counts[cluster.profile, default: 0] += 1 }
            return counts
        }
    }

    /// The platform matrix scored against the bundled catalog, computed once per project
    /// value; `nil` only when the bundled catalog cannot be read.
    public var matrixEvaluation: MatrixEvaluation? {
        derived.value("matrix", for: project) { project in
            (try? Catalog.bundled()).map { MatrixEvaluation.evaluate(project, catalog: $0) }
        }
    }
}
