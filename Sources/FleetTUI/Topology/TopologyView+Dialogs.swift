import FleetModel
import TerminalCore

extension TopologyView {
    /// Draws the open dialog centred over the pane; returns the cursor for a typed field.
    static func renderDialog(_ dialog: TopologyDialog, state: AppState, context: ViewContext, in area: Rect,
                             into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        switch dialog {
        case .form(let form):
            return renderForm(form, context: context, in: area, into: &buffer)
        case .confirmDelete(let name):
            let followers = state.project.topology.clusters.filter { $0.primary == name }.map(\.name)
            var message = ["Delete cluster \(name)?"]
            if !followers.isEmpty { message.append("\(followers.joined(separator: ", ")) follow it as primary.") }
            Dialog(title: "Delete", message: message, kind: .confirm(hint: "y delete   n keep"), borders: context.borders,
                   borderStyle: context.style(.dialogBorder), style: context.style(.dialog), hintStyle: context.style(.dialogHint))
                .render(in: area, into: &buffer)
            return nil
        case .draft(let review):
            renderDraft(review, context: context, in: area, into: &buffer)
            return nil
        }
    }

    /// A box `width`×`height` centred in `area`, cleared and bordered; returns its inside.
    private static func box(title: String, width: Int, height: Int, context: ViewContext, in area: Rect,
                            into buffer: inout CellBuffer) -> Rect {
        let frame = area.centered(width: width, height: height)
        buffer.fill(frame, with: Cell(" ", style: context.style(.dialog)))
        let block = Block(title: title, borders: context.borders, borderStyle: context.style(.dialogBorder),
                          titleStyle: context.style(.dialogBorder))
        block.render(in: frame, into: &buffer)
        return block.inner(frame).inset(horizontal: 1, vertical: 0)
    }

    static func renderForm(_ form: TopologyForm, context: ViewContext, in area: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        let inner = box(title: form.title, width: min(area.width - 2, 72), height: form.entries.count + 4,
                        context: context, in: area, into: &buffer)
        guard !inner.isEmpty else { return nil }
        var cursor: (x: Int, y: Int)?
        for (index, entry) in form.entries.enumerated() where index < inner.height - 2 {
            let focused = index == form.focused
            let value: FormValue
            var note = ""
            switch entry.kind {
            case .choice(let options):
                value = .choice(options, selected: options.firstIndex(of: entry.input.text) ?? 0)
                if focused { note = context.unicode ? "← → choose" : "Left/Right choose" }
            case .combo(let options):
                value = .text(entry.input.text, editing: focused ? entry.input : nil)
                if focused, !options.isEmpty { note = context.unicode ? "type, or ← → for \(options.count) choice(s)" : "type, or Left/Right" }
            case .text:
                value = .text(entry.input.text, editing: focused ? entry.input : nil)
            }
            let field = FormField(label: entry.label, value: value, labelWidth: 14, focused: focused, message: note,
                                  style: context.style(.dialog), labelStyle: context.style(focused ? .formFocused : .formLabel),
                                  focusedStyle: context.style(.formFocused), editingStyle: context.style(.formEditing),
                                  messageStyle: context.style(.dialogHint), unicode: context.unicode)
            let rowArea = inner.row(index)
            field.render(in: rowArea, into: &buffer)
            if let position = field.cursorPosition(in: rowArea) { cursor = position }
        }
        if let problem = form.problem {
            buffer.write(problem, x: inner.x, y: inner.bottom - 2, maxWidth: inner.width, style: context.style(.formError))
        }
        buffer.write("Enter apply  Esc cancel  Tab/Up/Down field", x: inner.x, y: inner.bottom - 1, maxWidth: inner.width,
                     style: context.style(.dialogHint))
        return cursor
    }

    static func renderDraft(_ review: DraftReview, context: ViewContext, in area: Rect, into buffer: inout CellBuffer) {
        let accepted = review.accepted.count { $0 }
        let title = "Draft from requirements: \(accepted) of \(review.changes.count) accepted"
        let widest = review.changes.map { TextWidth.of($0.summary) + 4 }.max() ?? 0
        let inner = box(title: title, width: min(area.width - 2, max(56, widest + 4)),
                        height: min(area.height - 2, review.changes.count + 4), context: context, in: area, into: &buffer)
        guard inner.height >= 2 else { return }
        let (list, hint) = inner.splitBottom(2)
        let first = ListView.offset(selected: review.selected, count: review.changes.count, height: list.height)
        for line in 0..<min(list.height, review.changes.count - first) {
            let index = first + line
            let mark = review.accepted[index] ? "[x] " : "[ ] "
            let style = context.style(index == review.selected ? .listSelected : .dialog)
            buffer.fill(list.row(line), with: Cell(" ", style: style))
            buffer.write(mark + review.changes[index].summary, x: list.x, y: list.y + line, maxWidth: list.width, style: style)
        }
        buffer.write("Space accept/reject  a all  n none  Enter merge  Esc cancel", x: hint.x, y: hint.bottom - 1,
                     maxWidth: hint.width, style: context.style(.dialogHint))
    }
}
