import FleetEngine
import FleetModel
import Synchronization
import TerminalCore

/// The Topology pane's derived data, computed once per project (and, for the diagram,
/// per width and character set) instead of once per frame.
///
/// A project that has not changed compares equal in O(1) (arrays and strings that share
/// storage compare by identity), so looking up an unchanged project is cheap even at
/// 2,000 clusters. Kept inside ``TopologyPaneState``; never part of its equality.
final class TopologyMemo: Sendable {
    private struct Entries {
        var outline: (project: Project, findings: [Finding], value: TopologyOutline)?
        var diagram: (project: Project, width: Int, ascii: Bool, drawn: DrawnDiagram)?
        var outlineBuilds = 0
        var diagramBuilds = 0
    }

    private let entries = Mutex(Entries())

    /// The outline of `project` with `findings` sorted onto its rows.
    func outline(for project: Project, findings: [Finding]) -> TopologyOutline {
        if let cached = entries.withLock({ $0.outline }), cached.project == project, cached.findings == findings {
            return cached.value
        }
        let value = TopologyOutline(project: project, findings: findings)
        entries.withLock {
            $0.outline = (project, findings, value)
            $0.outlineBuilds += 1
        }
        return value
    }

    /// The diagram of `project` drawn `width` columns wide.
    func diagram(for project: Project, width: Int, ascii: Bool) -> DrawnDiagram {
        if let cached = entries.withLock({ $0.diagram }), cached.width == width, cached.ascii == ascii,
           cached.project == project {
            return cached.drawn
        }
        let lines = TopologyDiagram(width: width, ascii: ascii).lines(for: project)
        let drawn = DrawnDiagram(lines: lines, columns: lines.map { TerminalCore.TextWidth.of($0) }.max() ?? 0,
                                 anchors: DiagramAnchors(lines: lines))
        entries.withLock {
            $0.diagram = (project, width, ascii, drawn)
            $0.diagramBuilds += 1
        }
        return drawn
    }

    /// How many times the outline and the diagram were built (for tests of the memo).
    var builds: (outline: Int, diagram: Int) {
        entries.withLock { ($0.outlineBuilds, $0.diagramBuilds) }
    }
}

/// A diagram as drawn for the pane: its lines, its widest line in columns, and where
/// each cluster and region appears in it.
struct DrawnDiagram: Sendable {
    let lines: [String]
    let columns: Int
    let anchors: DiagramAnchors
}
