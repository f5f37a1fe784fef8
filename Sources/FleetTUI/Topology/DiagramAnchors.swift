import TerminalCore

/// Where each cluster box and region box starts in a drawn diagram, so the pane can
/// scroll the diagram to the row selected in the tree.
///
/// Found by reading the drawn lines once: a cluster's name is the first text of its box
/// (`│ name `, `| name ` in ASCII) and a region's name follows the top border of its box
/// (`═ name `, `= name `). A name cut short in the diagram has no anchor.
///
/// - Complexity: O(*c*) for the *c* characters of the diagram, once per diagram.
struct DiagramAnchors: Sendable {
    /// Line and display column of each cluster's name.
    private(set) var clusters: [String: (line: Int, column: Int)] = [:]
    /// Line and display column of each region's title.
    private(set) var regions: [String: (line: Int, column: Int)] = [:]

    init(lines: [String]) {
        for (number, line) in lines.enumerated() {
            var column = 0
            var previous: (Character, Character) = (" ", " ")
            var token: (text: String, column: Int, region: Bool)?
            for character in line {
                if var current = token {
                    if character == " " || character == "(" {
                        record(current, line: number)
                        token = nil
                    } else {
                        current.text.append(character)
                        token = current
                    }
                } else if character != " ", previous.1 == " " {
                    if previous.0 == "│" || previous.0 == "|" { token = (String(character), column, false) }
                    if previous.0 == "═" || previous.0 == "=" { token = (String(character), column, true) }
                }
                previous = (previous.1, character)
                column += TextWidth.of(character)
            }
            if let current = token { record(current, line: number) }
        }
    }

    private mutating func record(_ token: (text: String, column: Int, region: Bool), line: Int) {
        if token.region {
            if regions[token.text] == nil { regions[token.text] = (line, token.column) }
        } else if clusters[token.text] == nil {
            clusters[token.text] = (line, token.column)
        }
    }
}
