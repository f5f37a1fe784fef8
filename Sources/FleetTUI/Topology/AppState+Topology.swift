import FleetEngine
import FleetModel
import TerminalCore

extension AppState {
    /// The Topology pane's tree for the current project, computed once per project value.
    ///
    /// The tree's rows point into the current project's clusters, so an older project's
    /// tree is never used: while the cache has none for this project (its computation was
    /// moved off the key loop) the tree is built in place; while the findings are still
    /// being computed the tree carries none, rather than another project's.
    ///
    /// - Complexity: O(1) after the first call for a project; O(*n* + *f*) otherwise.
    public var topologyOutline: TopologyOutline {
        let findings = self.findings
        guard derived.contains("findings", for: project) else {
            return TopologyOutline(project: project, findings: [])
        }
        let cached = derived.value("topology.outline", for: project) { TopologyOutline(project: $0, findings: findings) }
        return derived.contains("topology.outline", for: project) ? cached : TopologyOutline(project: project, findings: findings)
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
    ///
    /// The tree's rows (the mesh, each region, each cluster) follow from the project alone,
    /// so no lint runs to count them.
    mutating func clampTopologySelection() {
        let rows = 1 + TopologyRegion.regions(of: project).count + project.topology.clusters.count
        topology.selectedRow = min(max(0, topology.selectedRow), max(0, rows - 1))
    }
}
