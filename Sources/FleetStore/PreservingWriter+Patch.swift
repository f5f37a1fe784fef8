import FleetModel
import Foundation
import Yams

/// The comparison of the canonical old and new trees, turned into edits of the user's text.
struct Patch {
    var user: TextLines
    var canonical: TextLines
    var edits: [Edit] = [] {
        didSet { if let last = edits.indices.last, edits[last].sequence == 0 { edits[last].sequence = edits.count } }
    }

    enum Parent {
        case flow
        case block
    }

    /// Equal trees (scalars by value, collections by their items), ignoring marks and styles.
    static func same(_ a: Node, _ b: Node) -> Bool {
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)): return x.string == y.string
        case (.mapping(let x), .mapping(let y)):
            guard x.count == y.count else { return false }
            return zip(x, y).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
        case (.sequence(let x), .sequence(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        default: return false
        }
    }

    /// Whether the canonical node being compared sits inside a flow collection of the canonical
    /// text (its plain scalars then end at `,`, `]` and `}`).
    var canonicalInFlow = false

    mutating func diff(old: Node, new: Node, user: Node, parent: Parent?) throws {
        if Self.same(old, new) { return }
        let outer = canonicalInFlow
        canonicalInFlow = outer || Self.isFlow(new, in: canonical)
        defer { canonicalInFlow = outer }
        switch (old, new, user) {
        case (.scalar, .scalar(let replacement), .scalar(let original)):
            canonicalInFlow = outer
            try replaceScalar(original, with: replacement, inFlow: parent == .flow)
        case (.mapping(let oldMap), .mapping(let newMap), .mapping(let userMap)):
            if Self.isFlow(user, in: self.user) {
                try diffFlowMapping(old: oldMap, new: newMap, user: userMap, node: user, newNode: new)
                return
            }
            try diffMapping(old: oldMap, new: newMap, user: userMap)
        case (.sequence(let oldSeq), .sequence(let newSeq), .sequence(let userSeq)):
            if Self.isFlow(user, in: self.user) || parent == .flow {
                try replaceFlow(user, with: new)
                return
            }
            try diffSequence(old: oldSeq, new: newSeq, user: userSeq)
        default:
            throw PatchFailure("a value changed its kind (a scalar became a list or a map)")
        }
    }

    /// True when a collection is written in flow style: its mark is on its `{` or `[`. (Yams
    /// reports the style of a collection's end event, which is always "any".)
    static func isFlow(_ node: Node, in text: TextLines) -> Bool {
        guard let mark = node.mark else { return false }
        let line = text.line(mark.line)
        let column = mark.column - 1
        return line.indices.contains(column) && (line[column] == "{" || line[column] == "[")
    }

    // MARK: Scalars

    /// The characters of a scalar on its line: `from..<to` (0-based), in `text`.
    static func scalarSpan(_ scalar: Node.Scalar, in text: TextLines, inFlow: Bool) throws -> (line: Int, from: Int, to: Int) {
        guard let mark = scalar.mark else { throw PatchFailure("a value has no position") }
        let line = text.line(mark.line)
        let start = mark.column - 1
        guard line.indices.contains(start) || (start == line.count && scalar.string.isEmpty) else {
            throw PatchFailure("a value's position is outside its line")
        }
        switch scalar.style {
        case .doubleQuoted:
            guard let close = closingDoubleQuote(line, from: start) else { throw PatchFailure("a quoted value spans lines") }
            return (mark.line, start, close + 1)
        case .singleQuoted:
            guard let close = closingSingleQuote(line, from: start) else { throw PatchFailure("a quoted value spans lines") }
            return (mark.line, start, close + 1)
        case .plain, .any:
            let end = plainEnd(line, from: start, inFlow: inFlow)
            // A plain scalar must not continue on the next line.
            if !inFlow, line[end...].allSatisfy({ $0 == " " }) || line[end...].drop(while: { $0 == " " }).first == "#" {
                let next = mark.line + 1
                if next <= text.lines.count, !text.isCommentOrBlank(next), text.indent(next) > text.indent(mark.line),
                   !text.line(next).drop(while: { $0 == " " }).starts(with: ["-"]),
                   !text.line(next).contains(":") {
                    throw PatchFailure("a value is written over several lines")
                }
            }
            return (mark.line, start, end)
        case .literal, .folded:
            throw PatchFailure("a block scalar (| or >) would have to change")
        }
    }

    /// Replaces a scalar's characters with the canonical writer's spelling of the new value,
    /// in the file's quoting style when the file quoted a string.
    mutating func replaceScalar(_ scalar: Node.Scalar, with replacement: Node.Scalar, inFlow: Bool) throws {
        let span = try Self.scalarSpan(scalar, in: user, inFlow: inFlow)
        let canonicalSpan = try Self.scalarSpan(replacement, in: canonical, inFlow: canonicalInFlow)
        var text = String(String.UnicodeScalarView(canonical.line(canonicalSpan.line)[canonicalSpan.from..<canonicalSpan.to]))
        let value = replacement.string
        let canonicalQuoted = replacement.style == .doubleQuoted || replacement.style == .singleQuoted
        switch scalar.style {
        case .doubleQuoted where canonicalQuoted || YAMLText.scalar(value, inFlow: inFlow) == value:
            text = YAMLText.quoted(value)
        case .singleQuoted where canonicalQuoted || YAMLText.scalar(value, inFlow: inFlow) == value:
            text = "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        default:
            if inFlow, !canonicalQuoted, !YAMLText.isPlainSafe(value, inFlow: true), Int(value) == nil, Double(value) == nil,
               !["true", "false"].contains(value) {
                text = YAMLText.quoted(value)
            }
        }
        edits.append(Edit(kind: .span(line: span.line, from: span.from, to: span.to, text: text)))
    }

    static func closingDoubleQuote(_ line: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        while index < line.count {
            if line[index] == "\\" { index += 2; continue }
            if line[index] == "\"" { return index }
            index += 1
        }
        return nil
    }

    static func closingSingleQuote(_ line: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        while index < line.count {
            if line[index] == "'" {
                if index + 1 < line.count, line[index + 1] == "'" { index += 2; continue }
                return index
            }
            index += 1
        }
        return nil
    }

    /// Where a plain scalar ends: before ` #`, before `,`, `]` or `}` in a flow collection, trailing
    /// spaces excluded.
    static func plainEnd(_ line: [Unicode.Scalar], from start: Int, inFlow: Bool) -> Int {
        var index = start
        while index < line.count {
            let c = line[index]
            if c == "#", index > start, line[index - 1] == " " { break }
            if inFlow, c == "," || c == "]" || c == "}" { break }
            if inFlow, c == ":", index + 1 < line.count, line[index + 1] == " " { break }
            index += 1
        }
        while index > start, line[index - 1] == " " { index -= 1 }
        return index
    }

    // MARK: Flow collections

    /// The span of a flow collection that starts at `mark`: `{` or `[` to its matching bracket,
    /// on one line.
    func flowSpan(_ node: Node) throws -> (line: Int, from: Int, to: Int) {
        guard let mark = node.mark else { throw PatchFailure("a collection has no position") }
        let line = user.line(mark.line)
        var index = mark.column - 1
        guard line.indices.contains(index), line[index] == "{" || line[index] == "[" else {
            throw PatchFailure("a flow collection's position is not its bracket")
        }
        let start = index
        var depth = 0
        var quote: Unicode.Scalar?
        while index < line.count {
            let c = line[index]
            if let open = quote {
                if c == "\\", open == "\"" { index += 2; continue }
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "{" || c == "[" {
                depth += 1
            } else if c == "}" || c == "]" {
                depth -= 1
                if depth == 0 { return (mark.line, start, index + 1) }
            }
            index += 1
        }
        throw PatchFailure("a flow collection spans several lines")
    }

    /// The canonical text of `node` (from the new canonical file) as one flow line, when the
    /// canonical writer wrote it as a flow collection on one line.
    func canonicalFlow(_ node: Node) throws -> String {
        guard let mark = node.mark else { throw PatchFailure("a canonical collection has no position") }
        let line = canonical.line(mark.line)
        let column = mark.column - 1
        if line.indices.contains(column), line[column] == "{" || line[column] == "[" {
            let span = try Patch(user: canonical, canonical: canonical).flowSpan(node)
            return String(String.UnicodeScalarView(line[span.from..<span.to]))
        }
        return try Self.flowText(node)
    }

    /// A flow rendering of a canonical node whose canonical form is block style.
    static func flowText(_ node: Node) throws -> String {
        switch node {
        case .scalar(let scalar): return flowScalar(scalar)
        case .sequence(let sequence): return "[" + (try sequence.map { try flowText($0) }).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            return "{" + (try mapping.map { "\(YAMLText.scalar($0.key.string ?? "", inFlow: true)): \(try flowText($0.value))" })
                .joined(separator: ", ") + "}"
        case .alias: throw PatchFailure("an alias")
        }
    }

    /// A canonical scalar as it goes inside a flow collection: the canonical writer's quoted
    /// strings stay quoted; plain values (numbers, booleans, names) stay plain unless they hold
    /// a flow indicator.
    static func flowScalar(_ scalar: Node.Scalar) -> String {
        let value = scalar.string
        if scalar.style == .doubleQuoted || scalar.style == .singleQuoted { return YAMLText.quoted(value) }
        let unsafe = value.contains { ",[]{}".contains($0) } || value.contains(": ") || value.contains(" #") || value.isEmpty
        return unsafe ? YAMLText.quoted(value) : value
    }

    /// A flow mapping edited key by key: changed values replace their own characters, a new key
    /// goes before the closing brace, a removed key rewrites the mapping.
    mutating func diffFlowMapping(old: Node.Mapping, new: Node.Mapping, user: Node.Mapping, node: Node, newNode: Node) throws {
        let userKeys = user.map { $0.key.string ?? "" }
        if old.contains(where: { new[$0.key.string ?? ""] == nil && userKeys.contains($0.key.string ?? "") }) {
            try replaceFlow(node, with: newNode)
            return
        }
        var additions: [String] = []
        for (key, newValue) in new {
            let name = key.string ?? ""
            if let index = userKeys.firstIndex(of: name) {
                let userValue = user.map(\.value)[index]
                if let oldValue = old[name] {
                    try diff(old: oldValue, new: newValue, user: userValue, parent: .flow)
                } else if !Self.same(userValue, newValue) {
                    throw PatchFailure("the file sets \(name), which the saved project does not hold as read")
                }
            } else if old[name].map({ Self.same($0, newValue) }) != true {
                additions.append("\(YAMLText.scalar(name, inFlow: true)): \(try Self.flowText(newValue))")
            }
        }
        guard !additions.isEmpty else { return }
        let span = try flowSpan(node)
        let empty = user.isEmpty
        edits.append(Edit(kind: .span(line: span.line, from: span.to - 1, to: span.to - 1,
                                      text: (empty ? "" : ", ") + additions.joined(separator: ", "))))
    }

    mutating func replaceFlow(_ user: Node, with new: Node) throws {
        let span = try flowSpan(user)
        edits.append(Edit(kind: .span(line: span.line, from: span.from, to: span.to, text: try canonicalFlow(new))))
    }

    // MARK: Block mappings

    /// The last line a node's text reaches (flow collections on one line, no block scalars).
    func lastLine(_ node: Node, in text: TextLines) throws -> Int {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .literal || scalar.style == .folded { throw PatchFailure("a block scalar (| or >)") }
            return scalar.mark?.line ?? 0
        case .mapping(let mapping):
            if Self.isFlow(node, in: text) { return mapping.mark?.line ?? 0 }
            return try mapping.reduce(mapping.mark?.line ?? 0) { max($0, try lastLine($1.value, in: text), $1.key.mark?.line ?? 0) }
        case .sequence(let sequence):
            if Self.isFlow(node, in: text) { return sequence.mark?.line ?? 0 }
            return try sequence.reduce(sequence.mark?.line ?? 0) { max($0, try lastLine($1, in: text)) }
        case .alias: throw PatchFailure("an alias")
        }
    }

    /// The first line of an entry with the full-line comments directly above it.
    func firstLineWithComments(_ line: Int, indent: Int) -> Int {
        var first = line
        while first > 1 {
            let above = user.line(first - 1)
            let rest = above.drop { $0 == " " }
            guard rest.first == "#", user.indent(first - 1) >= indent else { break }
            first -= 1
        }
        return first
    }

    /// The canonical lines of an entry (key line to its last line), re-indented by `shift`.
    func canonicalLines(from first: Int, to last: Int, shift: Int) -> [String] {
        (first...last).map { number in
            let line = canonical.string(number)
            if shift >= 0 { return String(repeating: " ", count: shift) + line }
            let spaces = line.prefix { $0 == " " }.count
            return String(line.dropFirst(min(spaces, -shift)))
        }
    }

    mutating func diffMapping(old: Node.Mapping, new: Node.Mapping, user: Node.Mapping) throws {
        let userKeys = user.map { $0.key.string ?? "" }
        for (key, newValue) in new {
            let name = key.string ?? ""
            if let userIndex = userKeys.firstIndex(of: name) {
                let userValue = user.map(\.value)[userIndex]
                if let oldValue = old[name] {
                    try diff(old: oldValue, new: newValue, user: userValue, parent: .block)
                } else if !Self.same(userValue, newValue) {
                    throw PatchFailure("the file sets \(name), which the saved project does not hold as read")
                }
            } else if old[name].map({ Self.same($0, newValue) }) != true {
                try insert(key: key, value: newValue, into: user, newMapping: new)
            }
        }
        for (key, _) in old where new[key.string ?? ""] == nil {
            let name = key.string ?? ""
            guard let index = userKeys.firstIndex(of: name) else { continue }
            let entry = Array(user)[index]
            try deleteEntry(key: entry.key, value: entry.value)
        }
    }

    mutating func insert(key: Node, value: Node, into user: Node.Mapping, newMapping: Node.Mapping) throws {
        guard let canonicalLine = key.mark?.line, let userFirst = user.first?.key.mark else {
            throw PatchFailure("a new setting has no place in the file")
        }
        let keyColumn = (key.mark?.column ?? 1) - 1
        let canonicalText = canonical.line(canonicalLine)
        let startsItsLine = canonicalText[..<keyColumn].allSatisfy { $0 == " " || $0 == "-" }
        let lines: [String]
        if startsItsLine {
            lines = canonicalLines(from: canonicalLine, to: try lastLine(value, in: canonical), shift: (userFirst.column - 1) - keyColumn)
            if canonicalText[..<keyColumn].contains("-") {
                // The canonical key follows a list dash; in the file it is one of the item's keys.
                throw PatchFailure("a list item's first setting would change")
            }
        } else {
            // The canonical writer put the mapping on one flow line; the file's is block style.
            lines = [String(repeating: " ", count: userFirst.column - 1) + "\(YAMLText.scalar(key.string ?? "")): \(try Self.flowText(value))"]
        }
        // After the nearest preceding key (in canonical order) the file has, else before the first key.
        let order = newMapping.map { $0.key.string ?? "" }
        let position = order.firstIndex(of: key.string ?? "") ?? 0
        let present = Dictionary(user.map { ($0.key.string ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        for previous in order[..<position].reversed() {
            if let entry = present[previous] {
                edits.append(Edit(kind: .insert(after: try lastLine(entry.value, in: self.user), lines: lines)))
                return
            }
        }
        let first = firstLineWithComments(userFirst.line, indent: userFirst.column - 1)
        edits.append(Edit(kind: .insert(after: first - 1, lines: lines)))
    }

    mutating func deleteEntry(key: Node, value: Node) throws {
        guard let mark = key.mark else { throw PatchFailure("a removed setting has no position") }
        let last = try lastLine(value, in: user)
        if Self.isFlow(value, in: user) {
            _ = try flowSpan(value)
        }
        let first = firstLineWithComments(mark.line, indent: mark.column - 1)
        edits.append(Edit(kind: .delete(first...last)))
    }

    // MARK: Block sequences

    /// What identifies a list item across edits: its `name`, `from`, or `platform`/`criterion`,
    /// else its whole value for scalars.
    static func identity(_ node: Node) -> String? {
        switch node {
        case .mapping(let mapping):
            if let name = mapping["name"]?.string { return "name:\(name)" }
            if let from = mapping["from"]?.string { return "from:\(from)" }
            if let platform = mapping["platform"]?.string, let criterion = mapping["criterion"]?.string { return "\(platform)/\(criterion)" }
            return nil
        case .scalar(let scalar): return "value:\(scalar.string)"
        default: return nil
        }
    }

    mutating func diffSequence(old: Node.Sequence, new: Node.Sequence, user: Node.Sequence) throws {
        let oldItems = Array(old), newItems = Array(new), userItems = Array(user)
        let oldIDs = oldItems.map(Self.identity), newIDs = newItems.map(Self.identity), userIDs = userItems.map(Self.identity)
        guard !oldIDs.contains(nil), !newIDs.contains(nil), Set(oldIDs).count == oldIDs.count, Set(newIDs).count == newIDs.count,
              userIDs == oldIDs else {
            // Items without an identity: only same-length lists change item by item.
            guard oldItems.count == newItems.count, userItems.count == oldItems.count else {
                throw PatchFailure("list items without names were added or removed")
            }
            for index in oldItems.indices { try diff(old: oldItems[index], new: newItems[index], user: userItems[index], parent: .block) }
            return
        }
        let kept = newIDs.filter { oldIDs.contains($0) }
        guard kept == oldIDs.filter({ newIDs.contains($0) }) else { throw PatchFailure("list items were reordered") }
        // Changed and removed items.
        for (index, id) in oldIDs.enumerated() {
            if let newIndex = newIDs.firstIndex(of: id) {
                try diff(old: oldItems[index], new: newItems[newIndex], user: userItems[index], parent: .block)
            } else {
                try deleteItem(userItems[index])
            }
        }
        // Added items: after the nearest preceding kept item, else before the first item.
        for (index, id) in newIDs.enumerated() where !oldIDs.contains(id) {
            try insertItem(newItems[index], at: index, newIDs: newIDs, oldIDs: oldIDs, user: userItems)
        }
    }

    /// The `- ` line of a block sequence item: its mark's line (a mapping item's first key is on
    /// the dash's line).
    func itemColumn(_ node: Node, in text: TextLines) throws -> (line: Int, dash: Int) {
        guard let mark = node.mark else { throw PatchFailure("a list item has no position") }
        let line = text.line(mark.line)
        var dash = mark.column - 2
        while dash >= 0, line[dash] == " " { dash -= 1 }
        guard dash >= 0, line[dash] == "-" else { throw PatchFailure("a list item is not on its dash's line") }
        return (mark.line, dash)
    }

    mutating func deleteItem(_ item: Node) throws {
        let position = try itemColumn(item, in: user)
        let last = try lastLine(item, in: user)
        edits.append(Edit(kind: .delete(firstLineWithComments(position.line, indent: position.dash)...last)))
    }

    mutating func insertItem(_ item: Node, at index: Int, newIDs: [String?], oldIDs: [String?], user: [Node]) throws {
        let canonicalPosition = try itemColumn(item, in: canonical)
        guard let anyUser = user.first else { throw PatchFailure("an item would be added to an empty list") }
        let userPosition = try itemColumn(anyUser, in: self.user)
        let lines = canonicalLines(from: canonicalPosition.line, to: try lastLine(item, in: canonical),
                                   shift: userPosition.dash - canonicalPosition.dash)
        for previous in newIDs[..<index].reversed() {
            if let oldIndex = oldIDs.firstIndex(of: previous) {
                edits.append(Edit(kind: .insert(after: try lastLine(user[oldIndex], in: self.user), lines: lines)))
                return
            }
        }
        let first = firstLineWithComments(userPosition.line, indent: userPosition.dash)
        edits.append(Edit(kind: .insert(after: first - 1, lines: lines)))
    }
}
