import FleetModel

/// Everything `fleetplan score` reports: the evaluation, sensitivity, roadmap and an optional
/// side-by-side comparison, with renderers for text, JSON and CSV.
///
/// The CLI, the TUI and the export bundle all render this one value, so they agree.
public struct ScoreReport: Sendable {
    /// The project's name, shown in headings.
    public var projectName: String
    public var catalog: Catalog
    public var evaluation: MatrixEvaluation
    public var sensitivity: [Sensitivity]
    public var roadmap: MigrationRoadmap?
    public var comparison: PlatformComparison?
    /// What the design costs on Kubernetes as planned (every cluster), shown as the cost
    /// criterion's note; `nil` without clusters or when the instance catalog cannot be read.
    public var kubernetesCost: FleetCost?

    /// Scores a project and, when `compare` is given, compares those two platforms.
    public init(project: Project, catalog: Catalog, compare: (PlatformID, PlatformID)? = nil) {
        let evaluation = MatrixEvaluation.evaluate(project, catalog: catalog)
        projectName = project.metadata.name
        self.catalog = catalog
        self.evaluation = evaluation
        sensitivity = Sensitivity.analyse(evaluation)
        roadmap = MigrationRoadmap.draft(for: project, evaluation: evaluation)
        comparison = compare.map { PlatformComparison(evaluation, $0.0, $0.1) }
        kubernetesCost = project.topology.clusters.isEmpty ? nil : FleetPlan(project).costs(in: project)
    }

    /// The scoring formula as printed in reports.
    public static let formula = "score = 100 · Σ w·(s − 1) / (4 · Σ w)"
}
