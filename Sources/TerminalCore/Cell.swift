/// One cell of the terminal: the grapheme drawn there and its style.
///
/// A wide character (two columns) occupies its cell and the next one; the second cell is
/// a *continuation* with an empty symbol, which backends skip when drawing.
public struct Cell: Sendable, Hashable {
    /// The grapheme cluster shown in the cell; `""` for the right half of a wide character.
    public var symbol: String
    public var style: Style

    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    /// A space with the plain style.
    public static let blank = Cell()

    /// True for the right half of a wide character.
    public var isContinuation: Bool { symbol.isEmpty }
}
