import FleetModel
import TerminalCore

/// The export dialog: the findings that would be flagged (errors first, on top), what
/// happens to the directory, then the bundle's file tree, scrolled with `j`/`k`.
enum ExportDialogView {
    /// The fixed lines above the tree.
    static func header(for preview: ExportPreview, in state: AppState, width: Int = 72) -> [String] {
        let findings = state.findings
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        var lines: [String] = []
        if errors > 0 {
            lines.append("! \(errors) error-level finding(s): the bundle is for review only")
            for finding in findings.prefix(while: { $0.severity == .error }).prefix(3) {
                lines.append("  \(finding.code) \(finding.path): \(finding.message)")
            }
        }
        let infos = findings.count - errors - warnings
        lines.append(findings.isEmpty ? "No findings."
            : "\(errors) error(s), \(warnings) warning(s), \(infos) info: listed in the README and the Findings pane")
        if let refusal = preview.refusal {
            lines += ProfilesView.wrap("! cannot export to \(preview.directory): \(refusal)", width: width)
        } else if let reason = preview.forceReason {
            lines += ProfilesView.wrap("! \(preview.directory): \(reason): F replaces it", width: width)
        } else if preview.replacesBundle {
            lines.append("Replaces the previous bundle in \(preview.directory)")
        }
        lines.append("\(preview.paths.count) files in \(preview.directory)/:")
        return lines
    }

    static func render(_ state: AppState, preview: ExportPreview, scroll: Int, context: ViewContext,
                       in area: Rect, into buffer: inout CellBuffer) {
        let header = header(for: preview, in: state, width: ProfilesView.dialogWidth(area))
        let tree = preview.treeLines
        let room = max(0, area.height - 5 - header.count)
        let shown = Array(tree.dropFirst(min(scroll, max(0, tree.count - 1))).prefix(room))
        let more = tree.count > room
            ? " (lines \(min(scroll + 1, tree.count))-\(min(scroll + room, tree.count)) of \(tree.count))" : ""
        let hint = preview.refusal != nil ? "j/k scroll   Esc cancel"
            : preview.forceReason != nil ? "F replace and write   j/k scroll   Esc cancel"
            : "Enter write   j/k scroll   Esc cancel"
        Dialog(title: "Export" + more, message: header + shown.map { "  " + $0 }, kind: .confirm(hint: hint),
               borders: context.borders, borderStyle: context.style(.dialogBorder), style: context.style(.dialog),
               hintStyle: context.style(.dialogHint))
            .render(in: area, into: &buffer)
    }
}
