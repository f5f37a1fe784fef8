import FleetEngine
import FleetModel
import TerminalCore

/// The Findings pane: every finding of `Lint.findings(for:)`, filtered by `/`, with the
/// selected finding's whole message and hint, wrapped, below the table (the table's
/// message column is cut to its width).
enum FindingsView {
    static func render(_ state: AppState, context: ViewContext, in area: Rect, into buffer: inout CellBuffer) {
        let visible = state.visibleFindings
        var title = "Findings: \(visible.count)"
        if !state.findingsFilter.isEmpty { title += " of \(state.findings.count) matching /\(state.findingsFilter)" }
        let block = Block(title: title, borders: context.borders, borderStyle: context.style(.paneBorderFocused),
                          titleStyle: context.style(.paneTitleFocused))
        block.render(in: area, into: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return }
        if visible.isEmpty {
            let text = state.findings.isEmpty ? "No findings: the project is clean." : "No finding matches the filter (Esc clears it)."
            buffer.write(text, x: inner.x, y: inner.y, maxWidth: inner.width, style: context.style(.formLabel))
            return
        }
        let selected = visible[min(state.selectedFinding, visible.count - 1)]
        var detail = FleetEngine.TextWidth.wrapped("\(selected.code) \(selected.path): \(selected.message)", to: max(10, inner.width))
        let messageLines = detail.count
        if !selected.hint.isEmpty { detail += FleetEngine.TextWidth.wrapped("hint: \(selected.hint)", to: max(10, inner.width), indent: "  ") }
        // The detail takes what it needs, up to half the pane; the table keeps at least three rows.
        let detailHeight = max(1, min(detail.count, inner.height / 2, max(1, inner.height - 4)))
        let (tableArea, detailArea) = inner.splitBottom(detailHeight + 1)
        let rows = visible.map { [$0.severity.rawValue, $0.code, $0.path.description, $0.message] }
        let styles: [Style?] = visible.map { finding in
            switch finding.severity {
            case .error: context.style(.findingError)
            case .warning: context.style(.findingWarning)
            case .info: context.style(.findingInfo)
            }
        }
        Table(columns: [TableColumn("Severity", width: .length(8)), TableColumn("Code", width: .length(6)),
                        TableColumn("Field", width: .percentage(35)), TableColumn("Message", width: .fill(1))],
              rows: rows, rowStyles: styles, selected: min(state.selectedFinding, visible.count - 1),
              style: context.style(.formValue), headerStyle: context.style(.tableHeader),
              selectedStyle: context.style(.listSelected))
            .render(in: tableArea, into: &buffer)
        for (offset, line) in detail.prefix(detailHeight).enumerated() {
            let cut = offset == detailHeight - 1 && detail.count > detailHeight
            let text = cut ? TerminalCore.TextWidth.truncate(line + " …", to: detailArea.width) : line
            buffer.write(text, x: detailArea.x, y: detailArea.y + 1 + offset, maxWidth: detailArea.width,
                         style: context.style(offset < messageLines ? .formValue : .formLabel))
        }
    }
}
