/// A GitHub-flavoured Markdown table whose cells cannot break the table.
///
/// Cell text is kept on one line: `|` is escaped, line breaks become spaces.
struct MarkdownTable {
    enum Alignment { case left, right }

    private var header: [String]
    private var alignments: [Alignment]
    private var rows: [[String]] = []

    init(_ header: [String], alignments: [Alignment]? = nil) {
        self.header = header
        self.alignments = alignments ?? header.map { _ in .left }
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    var isEmpty: Bool { rows.isEmpty }

    /// The table, one line per row, each ending in LF.
    func render() -> String {
        var lines = [Self.line(header)]
        lines.append("|" + alignments.map { $0 == .right ? "---:" : "---" }.joined(separator: "|") + "|")
        lines += rows.map(Self.line)
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(_ cells: [String]) -> String {
        "| " + cells.map(cell).joined(separator: " | ") + " |"
    }

    static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
