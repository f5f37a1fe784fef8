import Foundation
import FleetModel

/// The project file format as a JSON Schema (draft 2020-12), generated from `ProjectSchema`.
///
/// Editors with a YAML language server complete and validate project files against it
/// (see `docs/file-format.md`). The committed copy, `docs/schema/project.schema.json`, is
/// checked by a test against this output.
public enum JSONSchema {
    /// The schema document.
    public static func document() -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("$schema", "https://json-schema.org/draft/2020-12/schema"),
            ("title", "Fleetplan project"),
            ("description", .string("A Fleetplan project file (\(Project.apiVersion)).")),
        ]
        if case .object(let body) = schema(for: ProjectSchema.document) { pairs += body }
        return .object(pairs)
    }

    static func schema(for type: SchemaType) -> JSONValue {
        switch type {
        case .text: return .object([("type", "string")])
        case .name:
            return .object([("type", "string"), ("pattern", "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"), ("maxLength", .int(DNSLabel.maxLength))])
        case .identifier: return .object([("type", "string"), ("pattern", "^\\S+$")])
        case .integer(let range):
            return .object([("type", "integer"), ("minimum", .int(range.lowerBound)), ("maximum", .int(range.upperBound))])
        case .boolean: return .object([("type", "boolean")])
        case .quantity:
            return .object([
                ("type", ["string", "number"]),
                ("pattern", "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"),
            ])
        case .version: return .object([("type", "string"), ("pattern", "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$")])
        case .choice(let values): return .object([("enum", .array(values.map { .string($0) }))])
        case .list(let item): return .object([("type", "array"), ("items", schema(for: item))])
        case .map(let keys, let value):
            return .object([("type", "object"), ("propertyNames", schema(for: keys)), ("additionalProperties", schema(for: value))])
        case .object(let fields):
            let properties: [(String, JSONValue)] = fields.map { field in
                var property: [(String, JSONValue)] = [("description", .string(field.summary))]
                if case .object(let body) = schema(for: field.type) { property += body }
                if let value = field.defaultValue.flatMap({ defaultValue($0, for: field.type) }) { property.append(("default", value)) }
                return (field.name, .object(property))
            }
            var body: [(String, JSONValue)] = [("type", "object"), ("properties", .object(properties))]
            let required = fields.filter(\.required).map { JSONValue.string($0.name) }
            if !required.isEmpty { body.append(("required", .array(required))) }
            body.append(("additionalProperties", false))
            return .object(body)
        }
    }

    /// A default written as YAML text, as a JSON value.
    static func defaultValue(_ text: String, for type: SchemaType) -> JSONValue? {
        switch type {
        case .integer: return Int(text).map(JSONValue.int)
        case .boolean: return .bool(text == "true")
        case .list:
            guard text.hasPrefix("["), text.hasSuffix("]") else { return nil }
            let items = text.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return .array(items.filter { !$0.isEmpty }.map { .string($0) })
        case .map: return text == "{}" ? .object([]) : nil
        default:
            let unquoted = text.hasPrefix("\"") && text.hasSuffix("\"") && text.count >= 2 ? String(text.dropFirst().dropLast()) : text
            return .string(unquoted)
        }
    }
}
