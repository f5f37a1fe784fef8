/// A JSON document with ordered object keys, written byte-stably.
///
/// Reports use it instead of `JSONEncoder` so keys appear in the documented order and
/// numbers in a fixed format on every platform.
public indirect enum ReportJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written with at most two decimals (trailing zeros dropped).
    case number(Double)
    case string(String)
    case array([ReportJSON])
    /// Keys in the order given.
    case object([(String, ReportJSON)])

    public static func == (lhs: ReportJSON, rhs: ReportJSON) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// `value` as a string, or `null`.
    public static func optional(_ value: String?) -> ReportJSON { value.map(ReportJSON.string) ?? .null }
    /// `value` as an integer, or `null`.
    public static func optional(_ value: Int?) -> ReportJSON { value.map(ReportJSON.int) ?? .null }

    /// Pretty-printed with two-space indentation, ending with a newline.
    ///
    /// - Complexity: O(*n*) in the size of the document.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: "")
        return out + "\n"
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .number(let value): out += Self.number(value)
        case .string(let value): out += Self.quoted(value)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += indent + "  "
                item.write(into: &out, indent: indent + "  ")
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += indent + "  " + Self.quoted(key) + ": "
                value.write(into: &out, indent: indent + "  ")
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    static func number(_ value: Double) -> String {
        var text = value.fixedPoint(2)
        while text.hasSuffix("0") && text.contains(".") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
