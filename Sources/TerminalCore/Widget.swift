/// Something that draws itself into a rectangle of a ``CellBuffer``.
///
/// Widgets are plain values built fresh for every frame from the application state
/// (immediate mode, as in ratatui). They clip to `area` and to the buffer, so any size,
/// including 0×0, is safe.
public protocol Widget {
    /// Draws the widget into `area` of `buffer`.
    func render(in area: Rect, into buffer: inout CellBuffer)
}

extension CellBuffer {
    /// Renders a widget into an area of this buffer.
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(in: area, into: &self)
    }
}
