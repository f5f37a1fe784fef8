/// A vertical list of lines with one selected row, scrolled so the selection is visible.
///
/// Only the visible rows are rendered, so the cost depends on the height, not on the
/// number of items.
public struct ListView: Widget {
    public var items: [[Span]]
    public var selected: Int?
    public var selectedStyle: Style
    public var style: Style
    /// Text shown when there are no items.
    public var placeholder: String

    public init(items: [[Span]], selected: Int?, style: Style = .plain,
                selectedStyle: Style = Style(attributes: .reverse), placeholder: String = "") {
        self.items = items
        self.selected = selected
        self.style = style
        self.selectedStyle = selectedStyle
        self.placeholder = placeholder
    }

    /// A list of plain strings.
    public init(lines: [String], selected: Int?, style: Style = .plain,
                selectedStyle: Style = Style(attributes: .reverse), placeholder: String = "") {
        self.init(items: lines.map { [Span($0, style: style)] }, selected: selected, style: style,
                  selectedStyle: selectedStyle, placeholder: placeholder)
    }

    /// The first visible row for a selection in a list `height` rows tall.
    public static func offset(selected: Int?, count: Int, height: Int) -> Int {
        guard let selected, height > 0, selected >= height else { return 0 }
        return min(selected - height + 1, max(0, count - height))
    }

    public func render(in area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area, with: Cell(" ", style: style))
        if items.isEmpty {
            buffer.write(placeholder, x: area.x, y: area.y, maxWidth: area.width, style: style.adding(.dim))
            return
        }
        let first = Self.offset(selected: selected, count: items.count, height: area.height)
        for row in 0..<min(area.height, items.count - first) {
            let index = first + row
            let y = area.y + row
            if index == selected {
                let spans = items[index].map { Span($0.text, style: selectedStyle) }
                buffer.fill(area.row(row), with: Cell(" ", style: selectedStyle))
                buffer.write(spans, x: area.x, y: y, maxWidth: area.width)
            } else {
                buffer.write(items[index], x: area.x, y: y, maxWidth: area.width)
            }
        }
    }
}
