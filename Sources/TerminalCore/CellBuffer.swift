/// A grid of cells that widgets render into; the next frame is diffed against the last.
///
/// Writes outside the buffer are clipped, never trapped, so a widget can render into a
/// 0×0 or 1×1 buffer safely. A wide character is stored as its cell plus an empty
/// continuation cell; overwriting either half blanks the other half, so the grid never
/// holds half a character.
///
/// ```swift
/// var buffer = CellBuffer(width: 10, height: 1)
/// buffer.write("集群 ok", x: 0, y: 0)
/// buffer.rows == ["集群 ok   "]
/// ```
public struct CellBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(width: width, height: height) }

    /// The cell at a position (a blank cell outside the buffer).
    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank }
        return cells[y * width + x]
    }

    func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Sets one cell, repairing any wide character it cuts in half. Ignored outside the buffer.
    public mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0 {
            cells[index - 1].symbol = " "
        } else if !old.isContinuation, !old.isASCII, x + 1 < width, cells[index + 1].isContinuation, TextWidth.of(old.symbol) == 2 {
            cells[index + 1].symbol = " "
        }
        cells[index] = cell
    }

    /// Writes text from (`x`, `y`) rightwards, clipped to `maxWidth` columns and the buffer edge.
    ///
    /// Zero-width graphemes are dropped; a wide character that would not fit in the room
    /// left becomes a space. Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(maxWidth ?? Int.max, width - x)
        guard limit > 0 else { return 0 }
        if TextWidth.isPrintableASCII(text) { return writeASCII(text.utf8, x: x, y: y, limit: limit, style: style) }
        if TextWidth.isSimpleNarrow(text) {
            return writeASCII(text.unicodeScalars.lazy.map(\.value), x: x, y: y, limit: limit, style: style)
        }
        var column = 0
        for character in text {
            let columns = TextWidth.of(character)
            if columns == 0 { continue }
            if column + columns > limit {
                if column < limit { set(x: x + column, y: y, Cell(" ", style: style)); column += 1 }
                break
            }
            if x + column >= 0 {
                set(x: x + column, y: y, Cell(String(character), style: style))
                if columns == 2 { set(x: x + column + 1, y: y, Cell("", style: style)) }
            }
            column += columns
        }
        return max(0, column)
    }

    /// The fast path of `write` for text of one-column scalars (see `TextWidth.isSimpleNarrow`):
    /// one scalar, one cell, no grapheme breaking.
    private mutating func writeASCII<Values: Sequence>(_ values: Values, x: Int, y: Int, limit: Int, style: Style) -> Int
    where Values.Element: BinaryInteger {
        var column = 0
        let width = self.width
        let rowStart = y * width
        cells.withUnsafeMutableBufferPointer { cells in
            for value in values {
                if column >= limit { break }
                let x = x + column
                column += 1
                guard x >= 0 else { continue }
                let index = rowStart + x
                // Repair a wide character this cell cuts in half (see `set`).
                let old = cells[index]
                if old.isContinuation {
                    if x > 0 { cells[index - 1].symbol = " " }
                } else if !old.isASCII, x + 1 < width, cells[index + 1].isContinuation, TextWidth.of(old.symbol) == 2 {
                    cells[index + 1].symbol = " "
                }
                cells[index] = Cell(scalar: UInt32(value), style: style)
            }
        }
        return column
    }

    /// Fills a rectangle (clipped to the buffer) with one cell.
    ///
    /// A cell of width 1 is assumed (a space or a single-column symbol); wide characters
    /// cut at the rectangle's left or right edge are blanked.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.bottom {
            let start = row * width + clipped.x
            let end = row * width + clipped.right
            let width = self.width
            cells.withUnsafeMutableBufferPointer { cells in
                if clipped.x > 0, cells[start].isContinuation { cells[start - 1].symbol = " " }
                if clipped.right < width, cells[end].isContinuation { cells[end].symbol = " " }
                for index in start..<end { cells[index] = cell }
            }
        }
    }

    /// Blanks every cell with `cell`, keeping the storage (a recycled frame costs no allocation).
    public mutating func clear(with cell: Cell = .blank) {
        cells.withUnsafeMutableBufferPointer { cells in
            for index in cells.indices { cells[index] = cell }
        }
    }

    /// Replaces the style of every cell in a rectangle, keeping the symbols.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        let clipped = rect.intersection(area)
        for row in clipped.y..<clipped.bottom {
            for column in clipped.x..<clipped.right { cells[row * width + column].style = style }
        }
    }

    /// The text of one row (continuation cells skipped), for tests and screen dumps.
    public func rowText(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for x in 0..<width { text += cells[y * width + x].symbol }
        return text
    }

    /// Every row's text, top to bottom.
    public var rows: [String] { (0..<height).map(rowText) }
}
