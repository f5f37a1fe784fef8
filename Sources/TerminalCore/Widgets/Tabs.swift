/// A row of tab titles with the selected one highlighted: ` 1 Requirements │ 2 Findings `.
///
/// Titles that do not fit are clipped at the right edge.
public struct Tabs: Widget {
    public var titles: [String]
    public var selected: Int
    public var style: Style
    public var activeStyle: Style
    public var separator: String

    public init(titles: [String], selected: Int, style: Style = .plain, activeStyle: Style = Style(attributes: .reverse),
                separator: String = "│") {
        self.titles = titles
        self.selected = selected
        self.style = style
        self.activeStyle = activeStyle
        self.separator = separator
    }

    public func render(in area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area.row(0), with: Cell(" ", style: style))
        var x = area.x
        for (index, title) in titles.enumerated() {
            if index > 0 {
                x += buffer.write(separator, x: x, y: area.y, maxWidth: area.right - x, style: style)
            }
            guard x < area.right else { break }
            x += buffer.write(" \(title) ", x: x, y: area.y, maxWidth: area.right - x,
                              style: index == selected ? activeStyle : style)
        }
    }
}
