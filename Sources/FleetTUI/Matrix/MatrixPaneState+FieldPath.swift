import FleetModel

extension MatrixPaneState {
    /// Moves the cursor to what a finding's path names, when the Matrix pane shows it.
    ///
    /// `spec.matrix.weights.<criterion>` selects the criterion's weight,
    /// `spec.matrix.overrides[i]…` the overridden score, anything else under `spec.matrix`
    /// just the grid. Returns false for paths outside `spec.matrix`.
    public mutating func select(_ path: FieldPath, in project: Project) -> Bool {
        let matrix = FieldPath.spec.key("matrix").components
        guard path.components.starts(with: matrix) else { return false }
        let rest = Array(path.components.dropFirst(matrix.count))
        page = .grid
        prompt = nil
        switch (rest.first, rest.dropFirst().first) {
        case (.key("weights")?, .key(let name)?):
            if let criterion = Criterion(rawValue: name) {
                self.criterion = criterion
                column = 0
            }
        case (.key("overrides")?, .index(let index)?):
            if project.matrix.overrides.indices.contains(index) {
                let override = project.matrix.overrides[index]
                criterion = override.criterion
                column = (PlatformID.allCases.firstIndex(of: override.platform) ?? 0) + 1
            }
        default:
            break
        }
        return true
    }
}
