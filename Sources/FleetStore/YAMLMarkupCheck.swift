import FleetModel
import Yams

/// Refuses what project files never use, on the composed YAML tree before decoding: tags
/// (FP009), anchors (FP014) and control characters that arrive through escapes such as
/// `"\x1B"` or `"\0"` (FP008), each at its line and column.
///
/// Tags are read from the tree before anything resolves them, so an explicit `!!str 3`
/// is told apart from a plain `3`. The walk is iterative and visits each source position
/// once, so deep nesting cannot exhaust the stack and an alias bomb stays linear.
///
/// - Complexity: O(*n*) in the nodes of the document.
enum YAMLMarkupCheck {
    /// Paths are spelled out to this depth; the format's deepest field is far above it.
    static let maxPathDepth = 16

    static func check(_ root: Node, context: DecodeContext) {
        var stack: [(node: Node, path: FieldPath, isKey: Bool)] = [(root, FieldPath(), false)]
        var seen: Set<SourceLocation> = []
        var budget = DecodeContext.maxNodes
        while let (node, path, isKey) = stack.popLast() {
            budget -= 1
            guard budget > 0 else { return }
            let location = DecodeContext.location(of: node)
            guard seen.insert(location).inserted else { continue }
            inspect(node, at: path, location, isKey: isKey, context: context)
            // Deeper than any real field, a child keeps its parent's path: copying long paths
            // for every node of a 100,000-level document would be quadratic.
            let deep = path.components.count >= maxPathDepth
            switch node {
            case .mapping(let mapping):
                for (key, value) in Array(mapping).reversed() {
                    let child = deep ? path : path.key(key.scalar?.string ?? "?")
                    stack.append((value, child, false))
                    stack.append((key, child, true))
                }
            case .sequence(let sequence):
                for (index, item) in Array(sequence).enumerated().reversed() { stack.append((item, deep ? path : path.index(index), false)) }
            case .scalar, .alias:
                break
            }
        }
    }

    private static func inspect(_ node: Node, at path: FieldPath, _ location: SourceLocation, isKey: Bool,
                                context: DecodeContext) {
        // Quoted scalars are strings and composing a mapping resolves its keys (to look for
        // merge keys), so there `!!str` cannot be told from no tag; it changes nothing either.
        if let tag = explicitTag(of: node), !(tag == "!!str" && (isKey || isQuoted(node))) {
            context.report(.error, "FP009", at: path, location,
                           "the YAML tag \(tag.singleLineSafe) is not allowed; project files use plain values",
                           hint: "remove the tag: values are read by their field's type")
        }
        if node.anchor != nil {
            context.report(.error, "FP014", at: path, location,
                           "YAML anchors (&name) are not allowed in project files",
                           hint: "remove the anchor and write each value out in full")
        }
        if case .scalar(let scalar) = node, let control = scalar.string.unicodeScalars.first(where: { $0.isControlCharacter || $0 == "\r" }) {
            context.report(.error, "FP008", at: path, location,
                           "the value contains the control character U+\(hex(control)), written as an escape; project files hold plain text",
                           hint: "remove the escape sequence (\\x.., \\0, \\e, \\u....) from the value")
        }
    }

    /// The tag as written, or `nil` when the node has none (its type comes from its value).
    private static func explicitTag(of node: Node) -> String? {
        let name: String
        switch node {
        case .scalar(let scalar): name = scalar.tag.description
        case .mapping(let mapping): name = mapping.tag.description
        case .sequence(let sequence): name = sequence.tag.description
        case .alias: return nil
        }
        guard !name.isEmpty else { return nil }
        if name.hasPrefix("tag:yaml.org,2002:") { return "!!" + name.dropFirst("tag:yaml.org,2002:".count) }
        return name
    }

    private static func isQuoted(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .singleQuoted || scalar.style == .doubleQuoted
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
