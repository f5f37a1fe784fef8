/// The field reference of `docs/file-format.md`, generated from `ProjectSchema`.
///
/// A test compares the committed document's generated section with this output, so the
/// reference cannot fall behind the reader.
public enum SchemaReference {
    /// Markdown tables, one per object of the format, in document order.
    public static func markdown() -> String {
        var sections: [(String, [SchemaField])] = []
        collect(ProjectSchema.document, path: "", into: &sections)
        var out = ""
        for (path, fields) in sections {
            out += "### `\(path.isEmpty ? "(document)" : path)`\n\n"
            out += "| Field | Type | Required | Default | Meaning |\n|---|---|---|---|---|\n"
            for field in fields {
                let defaultText = field.defaultValue.map { "`\($0)`" } ?? (field.required ? "" : "—")
                let row = [
                    "`\(field.name)`", typeName(field.type), field.required ? "yes" : "no", defaultText,
                    field.summary.replacingOccurrences(of: "|", with: "\\|"),
                ]
                out += "| " + row.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        return out
    }

    private static func collect(_ type: SchemaType, path: String, into sections: inout [(String, [SchemaField])]) {
        switch type {
        case .object(let fields):
            sections.append((path, fields))
            for field in fields {
                collect(field.type, path: path.isEmpty ? field.name : "\(path).\(field.name)", into: &sections)
            }
        case .list(let item):
            collect(item, path: "\(path)[]", into: &sections)
        default:
            break
        }
    }

    static func typeName(_ type: SchemaType) -> String {
        switch type {
        case .text: "text"
        case .name: "name (DNS-1123 label)"
        case .identifier: "identifier (no blanks)"
        case .integer(let range): "integer \(range.lowerBound)–\(range.upperBound)"
        case .boolean: "boolean"
        case .quantity: "quantity"
        case .version: "version string"
        case .choice(let values): values.map { "`\($0)`" }.joined(separator: " \\| ")
        case .list(let item): "list of \(typeName(item))"
        case .object: "mapping (below)"
        case .map(let keys, let value): "mapping \(typeName(keys)) → \(typeName(value))"
        }
    }
}
