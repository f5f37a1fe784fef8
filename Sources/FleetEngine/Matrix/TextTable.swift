/// A plain-text table with padded columns, for terminal and report output.
///
/// Widths come from `TextWidth`, which counts terminal columns rather than characters,
/// so names with combining marks or wide characters stay aligned.
public struct TextTable: Sendable {
    /// How a column is aligned.
    public enum Alignment: Sendable { case left, right }

    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(_ alignments: [Alignment]) {
        self.alignments = alignments
    }

    /// Appends a row; missing cells are empty.
    public mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    /// The table as lines joined by LF, each indented by `indent` and without trailing spaces.
    ///
    /// - Complexity: O(*r* · *c*) for *r* rows and *c* columns.
    public func render(indent: String = "  ", gap: String = "  ") -> String {
        let columns = max(alignments.count, rows.map(\.count).max() ?? 0)
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], Self.width(cell)) }
        }
        return rows.map { row in
            var parts: [String] = []
            for index in 0..<columns {
                let cell = index < row.count ? row[index] : ""
                let padding = String(repeating: " ", count: widths[index] - Self.width(cell))
                let alignment = index < alignments.count ? alignments[index] : .left
                parts.append(alignment == .left ? cell + padding : padding + cell)
            }
            return indent + trimmingTrailingSpaces(parts.joined(separator: gap))
        }.joined(separator: "\n")
    }

    /// The number of terminal columns a string takes (see `TextWidth`).
    public static func width(_ text: String) -> Int {
        TextWidth.of(text)
    }

    private func trimmingTrailingSpaces(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line = line.dropLast() }
        return String(line)
    }
}
