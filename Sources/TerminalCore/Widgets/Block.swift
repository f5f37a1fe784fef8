/// A bordered box with an optional title, the frame around a pane or dialog.
///
/// ```
/// ┌ Title ───┐
/// │          │
/// └──────────┘
/// ```
/// Below 2×2 there is no room for a border and nothing is drawn. Use ``inner(_:)`` for
/// the area inside the border.
public struct Block: Widget {
    public var title: String
    public var borders: BorderSet
    public var borderStyle: Style
    public var titleStyle: Style
    /// Fill the inside with blanks of `fillStyle` (dialogs cover what is below them).
    public var fillStyle: Style?

    public init(title: String = "", borders: BorderSet = .unicode, borderStyle: Style = .plain,
                titleStyle: Style = .plain, fillStyle: Style? = nil) {
        self.title = title
        self.borders = borders
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.fillStyle = fillStyle
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect { area.inset(horizontal: 1, vertical: 1) }

    public func render(in area: Rect, into buffer: inout CellBuffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        if let fillStyle { buffer.fill(inner(area), with: Cell(" ", style: fillStyle)) }
        // Lines are filled cell by cell: no text to measure, the hot path of every frame.
        let horizontal = Cell(borders.horizontal, style: borderStyle)
        let vertical = Cell(borders.vertical, style: borderStyle)
        buffer.fill(Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1), with: horizontal)
        buffer.fill(Rect(x: area.x + 1, y: area.bottom - 1, width: area.width - 2, height: 1), with: horizontal)
        buffer.fill(Rect(x: area.x, y: area.y + 1, width: 1, height: area.height - 2), with: vertical)
        buffer.fill(Rect(x: area.right - 1, y: area.y + 1, width: 1, height: area.height - 2), with: vertical)
        buffer.set(x: area.x, y: area.y, Cell(borders.topLeft, style: borderStyle))
        buffer.set(x: area.right - 1, y: area.y, Cell(borders.topRight, style: borderStyle))
        buffer.set(x: area.x, y: area.bottom - 1, Cell(borders.bottomLeft, style: borderStyle))
        buffer.set(x: area.right - 1, y: area.bottom - 1, Cell(borders.bottomRight, style: borderStyle))
        if !title.isEmpty, area.width >= 5 {
            buffer.write(" \(title) ", x: area.x + 1, y: area.y, maxWidth: area.width - 2, style: titleStyle)
        }
    }
}
