extension AppState {
    /// Messages for the Findings pane: move, jump to the field, clear the filter.
    mutating func reduceFindings(_ msg: Msg) -> [Effect] {
        let count = visibleFindings.count
        switch msg {
        case .moveSelection(let delta):
            selectedFinding = min(max(selectedFinding + delta, 0), max(0, count - 1))
        case .moveToFirst:
            selectedFinding = 0
        case .moveToLast:
            selectedFinding = max(0, count - 1)
        case .jumpToFinding:
            guard selectedFinding < count else { return [] }
            let finding = visibleFindings[selectedFinding]
            if let field = RequirementField.field(for: finding.path) {
                focus = .requirements
                selectedField = field
                message = StatusMessage("\(finding.code) \(finding.path)")
            } else if showProfileField(at: finding.path) {
                message = StatusMessage("\(finding.code) \(finding.path)")
            } else if matrixPane.select(finding.path, in: project) {
                focus = .matrix
                message = StatusMessage("\(finding.code) \(finding.path)")
            } else {
                message = .error("\(finding.path) is not shown in a pane yet")
            }
        case .clearFilter:
            findingsFilter = ""
            selectedFinding = 0
        default:
            break
        }
        return []
    }

    /// Keeps the Findings selection inside the list after the list changed.
    ///
    /// A selection on the first finding is always inside, so an edit with that selection never
    /// runs the lint just to clamp; any other selection is checked against the findings of the
    /// new project (served by the derived cache, which the next frame reads anyway).
    mutating func clampFindingSelection() {
        guard selectedFinding > 0 || derived.contains("findings", for: project) else { return }
        selectedFinding = min(selectedFinding, max(0, visibleFindings.count - 1))
    }
}
