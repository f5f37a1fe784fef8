import TerminalCore

extension AppState {
    /// Messages for the Requirements pane: move between fields, start editing, step values.
    mutating func reduceRequirements(_ msg: Msg) -> [Effect] {
        let fields = RequirementField.allCases
        let index = fields.firstIndex(of: selectedField) ?? 0
        switch msg {
        case .moveSelection(let delta):
            selectedField = fields[min(max(index + delta, 0), fields.count - 1)]
        case .moveToFirst:
            selectedField = fields[0]
        case .moveToLast:
            selectedField = fields[fields.count - 1]
        case .activateField:
            switch selectedField.kind {
            case .text, .number:
                mode = .editing(TextInput(selectedField.text(in: project), prefilled: true))
                message = StatusMessage("editing \(selectedField.label): Enter keeps, Esc discards")
            case .toggle, .choice:
                step(by: 1)
            }
        case .adjustField(let delta):
            if !step(by: delta) {
                message = .error("\(selectedField.label) is text: press Enter to edit it")
            }
        default:
            break
        }
        return []
    }

    @discardableResult
    private mutating func step(by delta: Int) -> Bool {
        var edited = project
        guard selectedField.step(by: delta, in: &edited) else { return false }
        // Repeated steps of one number are one undo step; a toggle or a choice is its own.
        let repeats: Bool = if case .number = selectedField.kind { true } else { false }
        apply(edited, label: "set \(selectedField.label) to \(selectedField.text(in: edited))",
              coalescing: repeats ? "requirements.\(selectedField.rawValue).step" : nil)
        message = StatusMessage("\(selectedField.label): \(selectedField.text(in: project))")
        return true
    }

    /// Commits the text typed into the selected field; returns false (and keeps editing)
    /// when the text cannot be the field's type.
    mutating func commitEdit(_ input: TextInput) -> Bool {
        var edited = project
        if let problem = selectedField.set(input.text, in: &edited) {
            message = .error("\(selectedField.label): \(problem)")
            return false
        }
        history.breakCoalescing()
        apply(edited, label: "set \(selectedField.label) to \(selectedField.text(in: edited))")
        mode = .normal
        let problems = findings(for: selectedField)
        message = problems.first.map { .error("\(selectedField.label): \($0.message)") }
            ?? StatusMessage("\(selectedField.label) set")
        return true
    }
}
