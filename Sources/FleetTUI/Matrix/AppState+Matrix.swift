import FleetEngine
import FleetModel

extension AppState {
    /// The Matrix pane's scored matrix (evaluation and sensitivity) of the project,
    /// computed once per project value.
    ///
    /// - Complexity: O(1) after the first call for a project; one evaluation and one
    ///   sensitivity analysis (O(*p* · *c*)) on the first.
    public var matrixDerived: MatrixDerived {
        matrixDerived(for: project, slot: "matrix.pane")
    }

    /// The scored matrix of another project value (the prompt's preview), cached in its own slot.
    func matrixDerived(for project: Project, slot: String) -> MatrixDerived {
        let catalog = matrixPane.catalog
        return derived.value("\(slot).\(matrixPane.catalogGeneration)", for: project) { project in
            MatrixDerived(project: project, catalog: catalog)
        }
    }
}
