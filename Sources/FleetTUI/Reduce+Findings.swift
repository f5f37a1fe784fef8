import FleetModel

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
            } else if showTopologyRow(at: finding.path) {
                message = StatusMessage("\(finding.code) \(finding.path): Enter edits it, M the mesh")
            } else {
                message = .error("\(finding.path) has no field in a pane yet: :edit opens the file at its line")
            }
        case .clearFilter:
            findingsFilter = ""
            selectedFinding = 0
        default:
            break
        }
        return []
    }

    /// Focuses the Topology pane on the row a finding under `spec.topology` is about: its
    /// cluster's row for `clusters[i]…`, else the mesh row (the topology as a whole).
    mutating func showTopologyRow(at path: FieldPath) -> Bool {
        let parts = path.components
        guard parts.count >= 2, parts[0] == .key("spec"), parts[1] == .key("topology") else { return false }
        let rows = topologyOutline.rows
        var target = 0
        if parts.count >= 4, parts[2] == .key("clusters"), case .index(let position) = parts[3],
           let row = rows.firstIndex(of: .cluster(position)) {
            target = row
        }
        focus = .topology
        topology.selectedRow = target
        return true
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
