import FleetEngine
import FleetModel

/// The scored matrix of one project: the evaluation and the sensitivity of each weight,
/// or why the matrix cannot be scored (the catalog failed to load).
public struct MatrixDerived: Sendable, Equatable {
    /// `nil` when the catalog could not be loaded.
    public let evaluation: MatrixEvaluation?
    /// One entry per criterion, in `Criterion` order; empty without a winner.
    public let sensitivity: [Sensitivity]
    /// What went wrong loading the catalog.
    public let error: String?

    /// Scores `project` against `catalog`.
    ///
    /// - Complexity: O(*p* · *c*) for *p* platforms and *c* criteria (one evaluation and
    ///   one sensitivity analysis).
    public init(project: Project, catalog: Result<Catalog, CatalogError>) {
        switch catalog {
        case .success(let catalog):
            let evaluation = MatrixEvaluation.evaluate(project, catalog: catalog)
            self.evaluation = evaluation
            sensitivity = Sensitivity.analyse(evaluation)
            error = nil
        case .failure(let failure):
            evaluation = nil
            sensitivity = []
            error = failure.description
        }
    }

    /// The sensitivity entry of a criterion.
    public func sensitivity(_ criterion: Criterion) -> Sensitivity? {
        sensitivity.first { $0.criterion == criterion }
    }
}
