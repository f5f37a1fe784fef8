import FleetModel
import Foundation
import Yams

/// The canonical layout of a project file (``ProjectWriter``), with the file's comments kept
/// where they have a place: `fleetplan fmt`.
///
/// Every comment is tied to the field it sits on or above: a full-line comment (or a block of
/// them) to the key or list item directly below it, a trailing comment to the key or item on
/// its line. List items are matched by what identifies them (`name`, `from`, platform and
/// criterion), so reordering keeps each item's comment. The comments before the first key
/// (such as the editor modeline) stay at the top. A comment whose field the canonical layout
/// does not write (a key at its default that the writer leaves out) has no place; it is
/// reported in ``Result/dropped``.
public struct ProjectFormatter: Sendable {
    public struct Result: Sendable, Equatable {
        /// The formatted text.
        public var text: String
        /// Comments that had no place in the canonical layout, with their line in the input.
        public var dropped: [(line: Int, text: String)]

        public static func == (lhs: Result, rhs: Result) -> Bool {
            lhs.text == rhs.text && lhs.dropped.map(\.line) == rhs.dropped.map(\.line) && lhs.dropped.map(\.text) == rhs.dropped.map(\.text)
        }
    }

    public init() {}

    /// The canonical layout of `text`, which reads as `project`.
    public func format(_ text: String, project: Project) -> Result {
        let canonical = ProjectWriter().text(for: project)
        guard let userNode = try? Yams.compose(yaml: text), let canonicalNode = try? Yams.compose(yaml: canonical) else {
            return Result(text: canonical, dropped: [])
        }
        let user = TextLines(text)
        var comments = Comments(text: user)
        comments.collect(userNode, path: "")
        var target = TextLines(canonical)
        var placed = Placement(text: target, comments: comments)
        placed.place(canonicalNode, path: "")
        target = placed.text
        var lines = target.lines.map { String(String.UnicodeScalarView($0)) }
        for (line, inserted) in placed.leading.sorted(by: { $0.key > $1.key }) {
            lines.insert(contentsOf: inserted, at: line - 1)
        }
        let header = comments.header
        let body = lines.joined(separator: "\n") + "\n"
        let dropped = comments.byLine.keys.sorted().filter { !placed.used.contains($0) }
            .map { (line: $0, text: comments.byLine[$0]?.first ?? "") }
        return Result(text: (header.isEmpty ? "" : header.joined(separator: "\n") + "\n") + body, dropped: dropped)
    }
}

/// The comments of a file, tied to field paths.
private struct Comments {
    var text: TextLines
    /// Path → full-line comments above it (text without indentation), and the input line of each.
    var leading: [String: [(line: Int, text: String)]] = [:]
    /// Path → the trailing comment on its line, that line, and the column it started at.
    var trailing: [String: (line: Int, text: String, column: Int)] = [:]
    /// Comment lines before the first key.
    var header: [String] = []
    /// Input lines whose comment is tied to a path.
    var claimed: Set<Int> = []
    /// Every input line with a comment → its comment texts (for the dropped report).
    var byLine: [Int: [String]] = [:]

    init(text: TextLines) {
        self.text = text
        var firstContent = text.lines.count + 1
        for number in 1...max(1, text.lines.count) where number <= text.lines.count {
            if !text.isCommentOrBlank(number) { firstContent = number; break }
        }
        for number in 1..<firstContent where number <= text.lines.count {
            let line = text.string(number)
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                header.append(line.trimmingCharacters(in: .whitespaces))
                claimed.insert(number)
            }
        }
        for number in firstContent..<(text.lines.count + 1) {
            let line = text.string(number)
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                byLine[number] = [line.trimmingCharacters(in: .whitespaces)]
            } else if let comment = Self.trailingComment(text.line(number)) {
                byLine[number] = [comment]
            }
        }
    }

    /// The `# …` at the end of a line, outside quotes, with its `#`.
    static func trailingComment(_ line: [Unicode.Scalar]) -> String? {
        var quote: Unicode.Scalar?
        var index = 0
        while index < line.count {
            let c = line[index]
            if let open = quote {
                if c == "\\", open == "\"" { index += 2; continue }
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                if index == 0 || " [{,:".unicodeScalars.contains(line[index - 1]) { quote = c }
            } else if c == "#", index > 0, line[index - 1] == " " {
                return String(String.UnicodeScalarView(line[index...]))
            }
            index += 1
        }
        return nil
    }

    mutating func claim(_ path: String, line: Int) {
        guard line >= 1 else { return }
        var above: [(line: Int, text: String)] = []
        var number = line - 1
        while number >= 1, !claimed.contains(number) {
            let string = text.string(number).trimmingCharacters(in: .whitespaces)
            guard string.hasPrefix("#") else { break }
            above.insert((number, string), at: 0)
            number -= 1
        }
        if !above.isEmpty {
            leading[path] = above
            above.forEach { claimed.insert($0.line) }
        }
        if !claimed.contains(line), let comment = Self.trailingComment(text.line(line)) {
            trailing[path] = (line, comment, text.line(line).count - comment.unicodeScalars.count)
            claimed.insert(line)
        }
    }

    mutating func collect(_ node: Node, path: String) {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                let child = path.isEmpty ? (key.string ?? "") : "\(path).\(key.string ?? "")"
                if let line = key.mark?.line { claim(child, line: line) }
                collect(value, path: child)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                let child = "\(path)[\(Patch.identity(item) ?? String(index))]"
                if let line = item.mark?.line { claim(child, line: line) }
                collect(item, path: child)
            }
        case .scalar, .alias:
            break
        }
    }
}

/// Puts the collected comments on the canonical text.
private struct Placement {
    var text: TextLines
    var comments: Comments
    /// Canonical line → comment lines to insert above it.
    var leading: [Int: [String]] = [:]
    /// Input lines whose comments found a place.
    var used: Set<Int> = []
    var trailingDone: Set<Int> = []

    mutating func attach(_ path: String, line: Int) {
        let indent = String(repeating: " ", count: text.indent(line))
        if let above = comments.leading[path] {
            leading[line, default: []] += above.map { indent + $0.text }
            above.forEach { used.insert($0.line) }
        }
        if let trailing = comments.trailing[path], !trailingDone.contains(line) {
            var scalars = text.lines[line - 1]
            if Comments.trailingComment(scalars) == nil {
                // At the column the file had it, when the canonical line leaves room (aligned
                // comments stay aligned), else two spaces after the value.
                let gap = max(2, trailing.column - scalars.count)
                scalars += Array((String(repeating: " ", count: gap) + trailing.text).unicodeScalars)
                text.lines[line - 1] = scalars
                trailingDone.insert(line)
                used.insert(trailing.line)
            }
        }
    }

    mutating func place(_ node: Node, path: String) {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                let child = path.isEmpty ? (key.string ?? "") : "\(path).\(key.string ?? "")"
                if let line = key.mark?.line { attach(child, line: line) }
                place(value, path: child)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                let child = "\(path)[\(Patch.identity(item) ?? String(index))]"
                if let line = item.mark?.line { attach(child, line: line) }
                place(item, path: child)
            }
        case .scalar, .alias:
            break
        }
    }
}
