import FleetModel
import TerminalCore

/// The Requirements pane: a form over the project's metadata, Kubernetes version and
/// requirements, each field followed by the first finding about it.
enum RequirementsView {
    /// Renders the pane and returns the cursor position while a field is edited.
    static func render(_ state: AppState, context: ViewContext, in area: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        let block = Block(title: "Requirements: \(state.project.metadata.name)", borders: context.borders,
                          borderStyle: context.style(.paneBorderFocused), titleStyle: context.style(.paneTitleFocused))
        block.render(in: area, into: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return nil }
        let (formArea, summaryArea) = inner.splitBottom(1)
        let fields = RequirementField.allCases
        let selected = fields.firstIndex(of: state.selectedField) ?? 0
        let first = ListView.offset(selected: selected, count: fields.count, height: formArea.height)
        var cursor: (x: Int, y: Int)?
        for row in 0..<min(formArea.height, fields.count - first) {
            let field = fields[first + row]
            let rowArea = formArea.row(row)
            let widget = formField(field, state: state, context: context, selected: first + row == selected)
            widget.render(in: rowArea, into: &buffer)
            if let position = widget.cursorPosition(in: rowArea) { cursor = position }
        }
        let errors = state.findings.filter { $0.severity == .error }.count
        let warnings = state.findings.filter { $0.severity == .warning }.count
        let summary = state.findings.isEmpty ? "No findings." : "\(errors) error(s), \(warnings) warning(s): press \(PaneID.findings.digit) for Findings"
        buffer.write(summary, x: summaryArea.x, y: summaryArea.y, maxWidth: summaryArea.width,
                     style: context.style(errors > 0 ? .formError : .formLabel))
        return cursor
    }

    static func formField(_ field: RequirementField, state: AppState, context: ViewContext, selected: Bool) -> FormField {
        let project = state.project
        let value: FormValue
        var editing: TextInput?
        if selected, case .editing(let input) = state.mode { editing = input }
        switch field.kind {
        case .text:
            value = .text(field.text(in: project), editing: editing)
        case .number(let range):
            value = .number(Int(field.text(in: project)) ?? 0, range: range, editing: editing)
        case .toggle:
            value = .toggle(field.isOn(in: project))
        case .choice(let options):
            value = .choice(options, selected: options.firstIndex(of: field.text(in: project)) ?? 0)
        }
        let finding = state.findings(for: field).first
        let message = finding.map { "\($0.code) \($0.message)" } ?? ""
        let messageRole: ThemeRole = switch finding?.severity {
        case .error?: .findingError
        case .warning?: .findingWarning
        default: .findingInfo
        }
        return FormField(label: field.label, value: value, labelWidth: 20, focused: selected, message: message,
                         style: context.style(.formValue), labelStyle: context.style(selected ? .formFocused : .formLabel),
                         focusedStyle: context.style(.formFocused), editingStyle: context.style(.formEditing),
                         messageStyle: context.style(messageRole), unicode: context.unicode)
    }
}
