/// Lines of styled text, scrolled vertically; lines wider than the area are clipped.
public struct TextView: Widget {
    public var lines: [[Span]]
    /// The first line shown; clamped so the view never scrolls past the end.
    public var scroll: Int
    public var style: Style

    public init(lines: [[Span]], scroll: Int = 0, style: Style = .plain) {
        self.lines = lines
        self.scroll = scroll
        self.style = style
    }

    /// The largest useful scroll offset for a view `height` rows tall.
    public static func maxScroll(lineCount: Int, height: Int) -> Int { max(0, lineCount - max(0, height)) }

    public func render(in area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area, with: Cell(" ", style: style))
        let first = min(max(0, scroll), Self.maxScroll(lineCount: lines.count, height: area.height))
        for row in 0..<min(area.height, lines.count - first) {
            buffer.write(lines[first + row], x: area.x, y: area.y + row, maxWidth: area.width)
        }
    }
}
