import FleetModel
import Yams

/// Typed access to one YAML node, reporting wrong types, bad values and unknown keys.
///
/// Every accessor returns a usable value even when the input is wrong (the field's default),
/// so one read collects every problem in the file rather than stopping at the first.
struct NodeReader {
    let node: Node
    let path: FieldPath
    let context: DecodeContext

    var location: SourceLocation { DecodeContext.location(of: node) }

    func error(_ code: String, _ message: String, hint: String = "") {
        context.report(.error, code, at: path, location, message, hint: hint)
    }

    /// A human name for what the node is, for "expected X, found Y".
    var kindName: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if scalar.style != .plain { return "a string" }
            if scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" { return "nothing (null)" }
            if Int(scalar.string) != nil { return "a number" }
            if ["true", "false"].contains(scalar.string) { return "a boolean" }
            return "\"\(scalar.string)\""
        }
    }

    func typeError(expected: String) {
        error("FP003", "expected \(expected), found \(kindName)")
    }

    // MARK: Scalars

    /// The scalar's text; reports and returns `nil` for a mapping or list.
    var scalarText: String? {
        guard case .scalar(let scalar) = node else {
            typeError(expected: "a value")
            return nil
        }
        return scalar.string
    }

    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null"
    }

    func string() -> String? {
        guard case .scalar(let scalar) = node, !isNull else {
            typeError(expected: "a string")
            return nil
        }
        return scalar.string
    }

    func int() -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) else {
            if case .scalar(let scalar) = node, scalar.style == .plain,
               scalar.string.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }), !scalar.string.isEmpty {
                error("FP005", "\(scalar.string) is too large for a whole number")
                return nil
            }
            typeError(expected: "a whole number")
            return nil
        }
        return value
    }

    func bool() -> Bool? {
        guard case .scalar(let scalar) = node, scalar.style == .plain, ["true", "false"].contains(scalar.string) else {
            typeError(expected: "true or false")
            return nil
        }
        return scalar.string == "true"
    }

    func quantity() -> Quantity? {
        guard case .scalar(let scalar) = node, !isNull else {
            typeError(expected: "a quantity such as 250m or 512Mi")
            return nil
        }
        guard let quantity = Quantity(parsing: scalar.string) else {
            error("FP005", "\"\(scalar.string)\" is not a Kubernetes quantity",
                  hint: "write CPU as 250m or 2, memory as 512Mi or 2Gi")
            return nil
        }
        return quantity
    }

    /// A value from a fixed set, as its enum; reports the allowed values otherwise.
    func choice<Value: RawRepresentable>(_ type: Value.Type, allowed: [String]? = nil) -> Value? where Value.RawValue == String {
        guard let text = string() else { return nil }
        if let value = Value(rawValue: text) { return value }
        let options = allowed ?? []
        var hint = options.isEmpty ? "" : "one of: \(options.joined(separator: ", "))"
        if let suggestion = KeySuggestion.closest(to: text, in: options) { hint = "did you mean \"\(suggestion)\"? (\(hint))" }
        error("FP005", "\"\(text)\" is not an allowed value", hint: hint)
        return nil
    }

    // MARK: Collections

    /// The items of a list, each with its reader; reports a non-list.
    func items() -> [NodeReader] {
        guard case .sequence(let sequence) = node else {
            if !isNull { typeError(expected: "a list") }
            return []
        }
        var readers: [NodeReader] = []
        for (position, item) in sequence.enumerated() {
            let itemPath = path.index(position)
            guard context.admit(item, at: itemPath) else { continue }
            context.record(itemPath, item)
            readers.append(NodeReader(node: item, path: itemPath, context: context))
        }
        return readers
    }

    /// The key/value pairs of a mapping whose keys are data (weights, feature gates).
    func entries() -> [(key: String, keyLocation: SourceLocation, value: NodeReader)] {
        guard case .mapping(let mapping) = node else {
            if !isNull { typeError(expected: "a mapping") }
            return []
        }
        var result: [(key: String, keyLocation: SourceLocation, value: NodeReader)] = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let key) = keyNode else {
                NodeReader(node: keyNode, path: path, context: context).typeError(expected: "a key")
                continue
            }
            let valuePath = path.key(key.string)
            guard context.admit(valueNode, at: valuePath) else { continue }
            // Point at a scalar value itself; a block mapping or list starts on the next line, so point at its key.
            if case .scalar = valueNode { context.record(valuePath, valueNode) } else { context.record(valuePath, keyNode) }
            result.append((key.string, DecodeContext.location(of: keyNode), NodeReader(node: valueNode, path: valuePath, context: context)))
        }
        return result
    }

    /// The fields of a mapping checked against its schema: unknown keys and missing required keys are reported.
    func object(_ schema: SchemaType) -> ObjectReader? {
        guard case .mapping = node else {
            typeError(expected: "a mapping")
            return nil
        }
        return ObjectReader(reader: self, fields: schema.fields)
    }
}

/// A mapping read against the fields its schema allows.
struct ObjectReader {
    let reader: NodeReader
    private var values: [String: NodeReader] = [:]

    init(reader: NodeReader, fields: [SchemaField]) {
        self.reader = reader
        let known = fields.map(\.name)
        for (key, keyLocation, value) in reader.entries() {
            guard known.contains(key) else {
                var hint = "known fields here: \(known.joined(separator: ", "))"
                if let suggestion = KeySuggestion.closest(to: key, in: known) { hint = "did you mean \"\(suggestion)\"?" }
                reader.context.report(.error, "FP002", at: value.path, keyLocation,
                                      "unknown field \"\(key)\"", hint: hint)
                continue
            }
            values[key] = value
        }
        for field in fields where field.required {
            if let value = values[field.name] {
                if value.isNull { value.error("FP004", "required field \"\(field.name)\" has no value") }
            } else {
                reader.context.report(.error, "FP004", at: reader.path.key(field.name), reader.location,
                                      "missing required field \"\(field.name)\"")
            }
        }
    }

    subscript(key: String) -> NodeReader? {
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    func string(_ key: String, default fallback: String = "") -> String { self[key]?.string() ?? fallback }
    func int(_ key: String, default fallback: Int) -> Int { self[key]?.int() ?? fallback }
    func bool(_ key: String, default fallback: Bool = false) -> Bool { self[key]?.bool() ?? fallback }
    func quantity(_ key: String, default fallback: String) -> Quantity {
        self[key]?.quantity() ?? Quantity(parsing: fallback)!
    }
    func choice<Value: CaseIterable & RawRepresentable>(_ key: String, default fallback: Value) -> Value where Value.RawValue == String {
        self[key]?.choice(Value.self, allowed: Value.allCases.map(\.rawValue)) ?? fallback
    }
    func strings(_ key: String, default fallback: [String]) -> [String] {
        guard let list = self[key] else { return fallback }
        return list.items().compactMap { $0.string() }
    }
}
