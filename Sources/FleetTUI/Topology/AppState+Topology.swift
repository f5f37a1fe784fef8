import FleetEngine
import FleetModel
import TerminalCore

extension AppState {
    /// The Topology pane's tree for the current project, computed once per project value.
    ///
    /// - Complexity: O(1) after the first call for a project; O(*n* + *f*) on the first.
    public var topologyOutline: TopologyOutline {
        let findings = self.findings
        return derived.value("topology.outline", for: project) { TopologyOutline(project: $0, findings: findings) }
    }

    /// The diagram drawn `width` columns wide (in ASCII when `ascii`), computed once per
    /// project value, width and character set, so scrolling and moving never redraw it.
    ///
    /// - Complexity: O(1) after the first call; O(*n* + *l*) for *n* clusters and *l* links on the first.
    func topologyDiagram(width: Int, ascii: Bool) -> DrawnDiagram {
        derived.value("topology.diagram.\(width).\(ascii ? "ascii" : "unicode")", for: project) { project in
            let lines = TopologyDiagram(width: width, ascii: ascii).lines(for: project)
            return DrawnDiagram(lines: lines, columns: lines.map { TerminalCore.TextWidth.of($0) }.max() ?? 0,
                                anchors: DiagramAnchors(lines: lines))
        }
    }

    /// Keeps the tree selection inside the tree after the project changed (undo, another pane's edit).
    mutating func clampTopologySelection() {
        topology.selectedRow = min(max(0, topology.selectedRow), max(0, topologyOutline.rows.count - 1))
    }
}

/// A diagram as drawn for the pane: its lines, its widest line in columns, and where
/// each cluster and region appears in it.
struct DrawnDiagram: Sendable {
    let lines: [String]
    let columns: Int
    let anchors: DiagramAnchors
}
