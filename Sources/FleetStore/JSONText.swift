import Foundation

/// A JSON value whose objects keep their key order, written byte-stably.
///
/// Used for machine-readable output (`check --format json`, the JSON Schema): the same
/// value always prints the same bytes, with two-space indentation and a final newline.
public indirect enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text() == rhs.text() }

    /// The JSON text, pretty-printed, ending in a newline.
    public func text() -> String {
        var out = ""
        write(into: &out, depth: 0)
        return out + "\n"
    }

    private func write(into out: inout String, depth: Int) {
        let indent = String(repeating: "  ", count: depth + 1)
        let closing = String(repeating: "  ", count: depth)
        switch self {
        case .string(let text): out += Self.quoted(text)
        case .integer(let value): out += "\(value)"
        case .number(let value):
            out += value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : "\(value)") : "null"
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (position, item) in items.enumerated() {
                out += indent
                item.write(into: &out, depth: depth + 1)
                out += position == items.count - 1 ? "\n" : ",\n"
            }
            out += closing + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (position, pair) in pairs.enumerated() {
                out += indent + Self.quoted(pair.0) + ": "
                pair.1.write(into: &out, depth: depth + 1)
                out += position == pairs.count - 1 ? "\n" : ",\n"
            }
            out += closing + "}"
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
