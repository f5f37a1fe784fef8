/// A piece of text with one style; a line of styled text is an array of spans.
public struct Span: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

extension CellBuffer {
    /// Writes spans one after another from (`x`, `y`), clipped to `maxWidth` columns.
    ///
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ spans: [Span], x: Int, y: Int, maxWidth: Int) -> Int {
        var used = 0
        for span in spans where used < maxWidth {
            used += write(span.text, x: x + used, y: y, maxWidth: maxWidth - used, style: span.style)
        }
        return used
    }
}

extension [Span] {
    /// Total columns of the spans' text.
    public var width: Int { reduce(0) { $0 + TextWidth.of($1.text) } }
}
