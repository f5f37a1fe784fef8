/// The value part of a form field: what kind of input it is and its current value.
public enum FormValue: Sendable, Hashable {
    /// Free text; `editing` holds the input while the user types.
    case text(String, editing: TextInput?)
    /// A whole number with its allowed range; `editing` holds the typed digits.
    case number(Int, range: ClosedRange<Int>, editing: TextInput?)
    /// On or off.
    case toggle(Bool)
    /// One of a list of options.
    case choice([String], selected: Int)
}

/// One row of a form: `label  value  message`.
///
/// The label column is `labelWidth` columns wide. A focused field uses `focusedStyle`
/// for its value; an edited text or number shows its input and reports the cursor
/// through ``cursorPosition(in:)``. A message (a validation error or hint) follows the
/// value in `messageStyle`. Toggles show `[x]`/`[ ]`, choices `‹ value ›` (`< value >`
/// with ASCII borders), numbers their range.
public struct FormField: Widget {
    public var label: String
    public var value: FormValue
    public var labelWidth: Int
    public var focused: Bool
    public var message: String
    public var style: Style
    public var labelStyle: Style
    public var focusedStyle: Style
    public var editingStyle: Style
    public var messageStyle: Style
    public var unicode: Bool

    public init(label: String, value: FormValue, labelWidth: Int = 20, focused: Bool = false, message: String = "",
                style: Style = .plain, labelStyle: Style = .plain, focusedStyle: Style = Style(attributes: .reverse),
                editingStyle: Style = Style(attributes: .underline), messageStyle: Style = Style(attributes: .bold),
                unicode: Bool = true) {
        self.label = label
        self.value = value
        self.labelWidth = labelWidth
        self.focused = focused
        self.message = message
        self.style = style
        self.labelStyle = labelStyle
        self.focusedStyle = focusedStyle
        self.editingStyle = editingStyle
        self.messageStyle = messageStyle
        self.unicode = unicode
    }

    /// The value as shown when not being edited.
    public var displayValue: String {
        switch value {
        case .text(let text, _): return text
        case .number(let number, let range, _): return "\(number)  (\(range.lowerBound)…\(range.upperBound))"
        case .toggle(let on): return on ? "[x]" : "[ ]"
        case .choice(let options, let selected):
            let shown = options.indices.contains(selected) ? options[selected] : "?"
            return unicode ? "‹ \(shown) ›" : "< \(shown) >"
        }
    }

    /// The input being edited, if any.
    public var editingInput: TextInput? {
        switch value {
        case .text(_, let editing), .number(_, _, let editing): editing
        default: nil
        }
    }

    private func valueArea(_ area: Rect) -> Rect {
        let labelColumns = min(area.width, labelWidth)
        return Rect(x: area.x + labelColumns, y: area.y, width: area.width - labelColumns, height: min(1, area.height))
    }

    /// Where the terminal cursor goes while the field is edited.
    public func cursorPosition(in area: Rect) -> (x: Int, y: Int)? {
        guard let input = editingInput else { return nil }
        let valueArea = valueArea(area)
        let fieldWidth = min(valueArea.width, max(20, TextWidth.of(input.text) + 1))
        return TextField(input: input).cursorPosition(in: Rect(x: valueArea.x, y: valueArea.y, width: fieldWidth, height: 1))
    }

    public func render(in area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, with: Cell(" ", style: style))
        buffer.write(TextWidth.truncate(label, to: min(area.width, labelWidth) - 1), x: area.x, y: area.y,
                     maxWidth: min(area.width, labelWidth), style: labelStyle)
        let valueArea = valueArea(area)
        var used: Int
        if let input = editingInput {
            used = min(valueArea.width, max(20, TextWidth.of(input.text) + 1))
            TextField(input: input, style: editingStyle)
                .render(in: Rect(x: valueArea.x, y: valueArea.y, width: used, height: 1), into: &buffer)
        } else {
            used = buffer.write(displayValue, x: valueArea.x, y: valueArea.y, maxWidth: valueArea.width,
                                style: focused ? focusedStyle : style)
        }
        if !message.isEmpty, used + 2 < valueArea.width {
            buffer.write(TextWidth.truncate(message, to: valueArea.width - used - 2), x: valueArea.x + used + 2,
                         y: valueArea.y, maxWidth: valueArea.width - used - 2, style: messageStyle)
        }
    }
}
