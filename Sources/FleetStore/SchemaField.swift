/// One field of the project file format: its key, type, default and meaning.
///
/// The format is described once, as data, in `ProjectSchema`. The reader takes its known
/// keys (and "did you mean" suggestions) from it, `fleetplan schema` prints it as JSON
/// Schema, and `docs/file-format.md` is generated from it, so the three cannot drift.
public struct SchemaField: Sendable {
    public var name: String
    public var type: SchemaType
    public var required: Bool
    /// The default as written in YAML, for optional fields that have one.
    public var defaultValue: String?
    public var summary: String

    public init(_ name: String, _ type: SchemaType, required: Bool = false, default defaultValue: String? = nil, _ summary: String) {
        self.name = name
        self.type = type
        self.required = required
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// The type of a field in the project file.
public indirect enum SchemaType: Sendable {
    /// Free text.
    case text
    /// A DNS-1123 label (lowercase letters, digits, `-`; at most 63).
    case name
    /// A token without blanks, such as a region or network id.
    case identifier
    case integer(ClosedRange<Int>)
    case boolean
    /// A Kubernetes quantity (`250m`, `512Mi`).
    case quantity
    /// A Kubernetes `major.minor` version, written as a quoted string.
    case version
    case choice([String])
    case list(SchemaType)
    case object([SchemaField])
    /// A mapping whose keys are not fixed: `keys` describes them, `value` the values.
    case map(keys: SchemaType, value: SchemaType)

    /// The fields of an object type; empty for others.
    public var fields: [SchemaField] {
        if case .object(let fields) = self { return fields }
        return []
    }
}
