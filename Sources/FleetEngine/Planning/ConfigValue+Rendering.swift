import FleetModel

extension ConfigValue {
    /// The value as JSON text, keys in tree order, two-space indentation, no trailing newline.
    ///
    /// Byte-stable: the same tree always gives the same text.
    ///
    /// - Complexity: O(*n*) in the size of the tree.
    public func json(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .string(let text): return Self.jsonQuoted(text)
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .list(let items):
            if items.isEmpty { return "[]" }
            let body = items.map { inner + $0.json(indent: indent + 1) }.joined(separator: ",\n")
            return "[\n\(body)\n\(pad)]"
        case .map(let entries):
            if entries.isEmpty { return "{}" }
            let body = entries.map { "\(inner)\(Self.jsonQuoted($0.key)): \($0.value.json(indent: indent + 1))" }
                .joined(separator: ",\n")
            return "{\n\(body)\n\(pad)}"
        }
    }

    /// The value as a YAML block (for a map or list) or scalar, ending in a newline for blocks.
    ///
    /// Strings are double-quoted whenever plain YAML could read them as something else
    /// (numbers, booleans, `null`, text with `:` or `#`), so `"10%"` and `"5m0s"` round-trip
    /// as strings.
    ///
    /// - Complexity: O(*n*) in the size of the tree.
    public func yaml(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        switch self {
        case .string, .int, .bool, .null:
            return yamlScalar + "\n"
        case .list(let items):
            if items.isEmpty { return pad + "[]\n" }
            return items.map { item -> String in
                switch item {
                case .map(let entries) where !entries.isEmpty:
                    let nested = item.yaml(indent: indent + 1)
                    let trimmed = nested.dropFirst(pad.count + 2)
                    return pad + "- " + trimmed
                case .list(let inner) where !inner.isEmpty:
                    return pad + "-\n" + item.yaml(indent: indent + 1)
                default:
                    return pad + "- " + item.yamlInline + "\n"
                }
            }.joined()
        case .map(let entries):
            if entries.isEmpty { return pad + "{}\n" }
            return entries.map { entry -> String in
                let key = Self.yamlKey(entry.key)
                switch entry.value {
                case .map(let inner) where !inner.isEmpty:
                    return "\(pad)\(key):\n" + entry.value.yaml(indent: indent + 1)
                case .list(let inner) where !inner.isEmpty:
                    return "\(pad)\(key):\n" + entry.value.yaml(indent: indent)
                default:
                    return "\(pad)\(key): \(entry.value.yamlInline)\n"
                }
            }.joined()
        }
    }

    private var yamlInline: String {
        switch self {
        case .list(let items) where items.isEmpty: return "[]"
        case .map(let entries) where entries.isEmpty: return "{}"
        default: return yamlScalar
        }
    }

    private var yamlScalar: String {
        switch self {
        case .string(let text): return Self.yamlString(text)
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .list, .map: return ""
        }
    }

    static func yamlKey(_ key: String) -> String {
        Self.needsQuotes(key) ? jsonQuoted(key) : key
    }

    static func yamlString(_ text: String) -> String {
        Self.needsQuotes(text) ? jsonQuoted(text) : text
    }

    private static func needsQuotes(_ text: String) -> Bool {
        if text.isEmpty { return true }
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        if reserved.contains(text.lowercased()) { return true }
        if Double(text) != nil || Int(text) != nil { return true }
        if let first = text.unicodeScalars.first, "-?:,[]{}#&*!|>'\"%@` ".unicodeScalars.contains(first) { return true }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") || text.hasSuffix(" ") { return true }
        return text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\"" || $0 == "\\" }
    }

    /// `text` as a JSON string literal.
    static func jsonQuoted(_ text: String) -> String { JSONValue.quoted(text) }
}
