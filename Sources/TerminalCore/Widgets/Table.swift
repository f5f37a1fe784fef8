/// A column of a ``Table``: its header and how wide it is.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var width: Constraint

    public init(_ title: String, width: Constraint) {
        self.title = title
        self.width = width
    }
}

/// Rows of cells under a header, with column widths from ``Layout`` constraints, one
/// selected row and vertical scrolling.
///
/// Cells wider than their column are cut with `…`. Columns are separated by one space.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rows: [[String]]
    /// An optional style per row (same count as `rows`); `nil` entries use `style`.
    public var rowStyles: [Style?]
    public var selected: Int?
    public var style: Style
    public var headerStyle: Style
    public var selectedStyle: Style

    public init(columns: [TableColumn], rows: [[String]], rowStyles: [Style?] = [], selected: Int?,
                style: Style = .plain, headerStyle: Style = Style(attributes: .bold),
                selectedStyle: Style = Style(attributes: .reverse)) {
        self.columns = columns
        self.rows = rows
        self.rowStyles = rowStyles
        self.selected = selected
        self.style = style
        self.headerStyle = headerStyle
        self.selectedStyle = selectedStyle
    }

    /// The column rectangles for an area (one cell of spacing between columns).
    public func columnAreas(_ area: Rect) -> [Rect] {
        guard !columns.isEmpty else { return [] }
        var constraints: [Constraint] = []
        for (index, column) in columns.enumerated() {
            if index > 0 { constraints.append(.length(1)) }
            constraints.append(column.width)
        }
        let parts = Layout.split(area, .horizontal, constraints)
        return stride(from: 0, to: parts.count, by: 2).map { parts[$0] }
    }

    public func render(in area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area, with: Cell(" ", style: style))
        let (header, body) = area.splitTop(1)
        let areas = columnAreas(header)
        buffer.fill(header, with: Cell(" ", style: headerStyle))
        for (column, columnArea) in zip(columns, areas) {
            buffer.write(TextWidth.truncate(column.title, to: columnArea.width), x: columnArea.x, y: header.y,
                         maxWidth: columnArea.width, style: headerStyle)
        }
        guard !body.isEmpty else { return }
        let first = ListView.offset(selected: selected, count: rows.count, height: body.height)
        for line in 0..<min(body.height, rows.count - first) {
            let index = first + line
            let rowStyle = index == selected ? selectedStyle : (index < rowStyles.count ? rowStyles[index] : nil) ?? style
            let y = body.y + line
            buffer.fill(body.row(line), with: Cell(" ", style: rowStyle))
            for (cell, columnArea) in zip(rows[index], areas) {
                buffer.write(TextWidth.truncate(cell, to: columnArea.width), x: columnArea.x, y: y,
                             maxWidth: columnArea.width, style: rowStyle)
            }
        }
    }
}
