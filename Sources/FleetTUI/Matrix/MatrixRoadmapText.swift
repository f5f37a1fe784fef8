import FleetEngine
import FleetModel
import TerminalCore

/// The roadmap page's lines: the move, the strategy, then each phase with its clusters,
/// steps, exit criteria and risks, wrapped to the pane.
enum MatrixRoadmapText {
    static func lines(_ roadmap: MigrationRoadmap, width: Int) -> [MatrixPageText.Line] {
        var lines: [MatrixPageText.Line] = []
        let heading: String
        switch roadmap.kind {
        case .greenfield: heading = "Greenfield roadmap to \(roadmap.to.displayName)"
        case .migration: heading = "Migration roadmap: \(roadmap.from?.displayName ?? "") to \(roadmap.to.displayName)"
        case .stay: heading = "Roadmap: stay on \(roadmap.to.displayName) and roll out the topology"
        }
        lines.append([(heading, .matrixScoreBest), ("  (\(roadmap.phases.count) phases)", .formLabel)])
        lines += MatrixPageText.wrapped(roadmap.strategy, width: width, role: .formValue)
        for (index, phase) in roadmap.phases.enumerated() {
            lines.append([])
            var title: MatrixPageText.Line = [("\(index + 1). \(phase.title)", .tableHeader)]
            if !phase.clusters.isEmpty { title.append(("  clusters: \(phase.clusters.joined(separator: ", "))", .formLabel)) }
            lines.append(title)
            lines += section("Steps", phase.steps, bullet: "-", role: .formValue, width: width)
            lines += section("Exit criteria", phase.exitCriteria, bullet: "✓", role: .formValue, width: width)
            lines += section("Risks", phase.risks, bullet: "!", role: .findingWarning, width: width)
        }
        return lines
    }

    static func section(_ title: String, _ items: [String], bullet: String, role: ThemeRole, width: Int) -> [MatrixPageText.Line] {
        guard !items.isEmpty else { return [] }
        var lines: [MatrixPageText.Line] = [[("   \(title)", .formLabel)]]
        for item in items {
            lines += MatrixPageText.wrapped("     \(bullet) \(item)", width: width, indent: "       ", role: role)
        }
        return lines
    }
}
