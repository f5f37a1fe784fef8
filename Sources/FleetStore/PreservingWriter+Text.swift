import Foundation

/// A text as lines, with Yams marks (1-based line, 1-based column in Unicode scalars) turned
/// into positions.
struct TextLines: Sendable {
    var lines: [[Unicode.Scalar]]
    var endsWithNewline: Bool

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        endsWithNewline = text.hasSuffix("\n")
        if endsWithNewline { lines.removeLast() }
        self.lines = lines
    }

    func line(_ number: Int) -> [Unicode.Scalar] { lines.indices.contains(number - 1) ? lines[number - 1] : [] }

    func string(_ number: Int) -> String { String(String.UnicodeScalarView(line(number))) }

    /// The indentation of a line, in spaces.
    func indent(_ number: Int) -> Int { line(number).prefix { $0 == " " }.count }

    func isCommentOrBlank(_ number: Int) -> Bool {
        let rest = line(number).drop { $0 == " " }
        return rest.isEmpty || rest.first == "#"
    }

    /// The text with `edits` applied (each on the original line numbers).
    func applying(_ edits: [Edit]) -> String {
        var lines = self.lines.map { String(String.UnicodeScalarView($0)) }
        // Later positions first, so earlier line numbers stay valid.
        for edit in edits.sorted(by: { $0.order > $1.order }) {
            switch edit.kind {
            case .span(let line, let from, let to, let text):
                // Spans of one line apply right to left, so `from..<to` still holds.
                var scalars = Array(lines[line - 1].unicodeScalars)
                scalars.replaceSubrange(from..<to, with: Array(text.unicodeScalars))
                lines[line - 1] = String(String.UnicodeScalarView(scalars))
            case .insert(let after, let new):
                lines.insert(contentsOf: new, at: after)
            case .delete(let range):
                lines.removeSubrange((range.lowerBound - 1)..<range.upperBound)
            }
        }
        return lines.joined(separator: "\n") + (endsWithNewline ? "\n" : "")
    }
}

/// One change to the user's lines.
struct Edit: Sendable {
    enum Kind: Sendable {
        /// Replace scalars `from..<to` (0-based) of a line.
        case span(line: Int, from: Int, to: Int, text: String)
        /// Insert lines after line `after` (0 = at the top).
        case insert(after: Int, lines: [String])
        /// Delete lines (1-based, inclusive).
        case delete(ClosedRange<Int>)
    }

    var kind: Kind
    /// The order the patch made the edit in: inserts at one place keep it.
    var sequence = 0
    /// Sort key: edits apply from the end of the file backwards (several inserts after one line
    /// apply last-made first, so they end up in the order they were made).
    var order: (Int, Int, Int) {
        switch kind {
        case .span(let line, let from, _, _): (line, 1, from)
        case .insert(let after, _): (after, 2, sequence)
        case .delete(let range): (range.lowerBound, 0, 0)
        }
    }
}

