/// One full-width row: spans on the left, text on the right. The right side wins when space is
/// short (it names the file and whether it is saved): the left is cut to what remains.
public struct StatusBar: Widget {
    public var left: [Span]
    public var right: [Span]
    public var style: Style

    public init(left: [Span], right: [Span] = [], style: Style = Style(attributes: .reverse)) {
        self.left = left
        self.right = right
        self.style = style
    }

    public func render(in area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, with: Cell(" ", style: style))
        let rightWidth = min(right.width, area.width)
        let leftWidth = right.isEmpty ? area.width : max(0, area.width - rightWidth - 1)
        if leftWidth > 0 { buffer.write(left, x: area.x, y: area.y, maxWidth: leftWidth) }
        if !right.isEmpty {
            buffer.write(right, x: area.right - rightWidth, y: area.y, maxWidth: rightWidth)
        }
    }
}
