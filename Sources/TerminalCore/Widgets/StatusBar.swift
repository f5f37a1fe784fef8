/// One full-width row: spans on the left, text on the right (dropped first when space is short).
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
        let rightWidth = right.width
        let bothFit = !right.isEmpty && left.width + rightWidth + 1 <= area.width
        buffer.write(left, x: area.x, y: area.y, maxWidth: area.width)
        if bothFit {
            buffer.write(right, x: area.right - rightWidth, y: area.y, maxWidth: rightWidth)
        }
    }
}
