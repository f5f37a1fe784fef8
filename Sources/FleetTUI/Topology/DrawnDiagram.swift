/// A diagram as drawn for the pane: its lines, its widest line in columns, and where
/// each cluster and region appears in it.
struct DrawnDiagram: Sendable {
    let lines: [String]
    let columns: Int
    let anchors: DiagramAnchors
}
