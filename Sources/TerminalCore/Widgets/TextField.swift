/// A one-line view of a ``TextInput``, scrolled horizontally so the cursor stays visible.
public struct TextField: Widget {
    public var input: TextInput
    public var style: Style
    /// Text before the input, such as `:` or `/`.
    public var prefix: String

    public init(input: TextInput, style: Style = .plain, prefix: String = "") {
        self.input = input
        self.style = style
        self.prefix = prefix
    }

    /// Where the terminal cursor goes when this field is being edited in `area`.
    public func cursorPosition(in area: Rect) -> (x: Int, y: Int)? {
        guard !area.isEmpty else { return nil }
        let prefixWidth = min(area.width, TextWidth.of(prefix))
        let shown = input.visible(width: area.width - prefixWidth)
        let x = area.x + prefixWidth + shown.cursorColumn
        return x < area.right ? (x, area.y) : nil
    }

    public func render(in area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area.row(0), with: Cell(" ", style: style))
        let used = buffer.write(prefix, x: area.x, y: area.y, maxWidth: area.width, style: style)
        let shown = input.visible(width: area.width - used)
        buffer.write(shown.text, x: area.x + used, y: area.y, maxWidth: area.width - used, style: style)
    }
}
