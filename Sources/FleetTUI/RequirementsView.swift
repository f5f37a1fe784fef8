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
        let styles = FormStyles(context)
        // Read the findings once per frame: each read of `state.findings` checks the cache.
        let findings = state.findings
        for row in 0..<min(formArea.height, fields.count - first) {
            let field = fields[first + row]
            let rowArea = formArea.row(row)
            let fieldFindings = findings.filter { $0.path.components.starts(with: field.path.components) }
            let widget = formField(field, state: state, findings: fieldFindings, styles: styles, unicode: context.unicode,
                                   selected: first + row == selected)
            widget.render(in: rowArea, into: &buffer)
            if let position = widget.cursorPosition(in: rowArea) { cursor = position }
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let infos = findings.count - errors - warnings
        let summary = findings.isEmpty ? "No findings."
            : "\(errors) error(s), \(warnings) warning(s), \(infos) info: press \(PaneID.findings.digit) for Findings"
        buffer.write(summary, x: summaryArea.x, y: summaryArea.y, maxWidth: summaryArea.width,
                     style: context.style(errors > 0 ? .formError : .formLabel))
        return cursor
    }

    /// The theme's styles for the form, looked up once per frame rather than once per field.
    struct FormStyles {
        var value, label, focused, editing, error, warning, info: Style

        init(_ context: ViewContext) {
            value = context.style(.formValue)
            label = context.style(.formLabel)
            focused = context.style(.formFocused)
            editing = context.style(.formEditing)
            error = context.style(.findingError)
            warning = context.style(.findingWarning)
            info = context.style(.findingInfo)
        }
    }

    static func formField(_ field: RequirementField, state: AppState, findings: [Finding], styles: FormStyles, unicode: Bool,
                          selected: Bool) -> FormField {
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
        let finding = findings.first
        let message = finding.map { "\($0.code) \($0.message)" } ?? ""
        let messageStyle = switch finding?.severity {
        case .error?: styles.error
        case .warning?: styles.warning
        default: styles.info
        }
        return FormField(label: field.label, value: value, labelWidth: 20, focused: selected, message: message,
                         style: styles.value, labelStyle: selected ? styles.focused : styles.label,
                         focusedStyle: styles.focused, editingStyle: styles.editing,
                         messageStyle: messageStyle, unicode: unicode)
    }
}
