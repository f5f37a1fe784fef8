import Yams

/// The fields an upstream API type accepts, written down from its source, so every emitted
/// document can be checked key by key.
///
/// Paths use the form of `ConfigValue.keyPaths()`: map keys joined by `.`, `[]` for list
/// elements (`spec.servers[].port.number`). A field may restrict its value: an enumeration,
/// a Kubernetes quantity, a Go duration, or a map whose keys are data.
///
/// ```swift
/// let schema = UpstreamSchemas.peerAuthentication
/// schema.problems(at: "spec.mtls.mode", value: "STRICT")   // []
/// schema.problems(at: "spec.mtls.mood", value: nil)        // ["spec.mtls.mood: unknown field …"]
/// ```
public struct DocumentSchema: Sendable {
    /// What a field accepts besides its name.
    public enum Rule: Sendable, Equatable {
        /// Any value of the field's type.
        case any
        /// One of these strings (an upstream enum).
        case oneOf(Set<String>)
        /// A resource quantity such as `250m` or `512Mi`.
        case quantity
        /// A Go duration such as `30s` or `1m0s`.
        case duration
        /// A map whose keys are data (labels, selectors, gate names); `allowed` limits them.
        case freeKeys(allowed: Set<String>?)
    }

    /// One accepted field.
    public struct Field: Sendable, Equatable {
        /// The key path, `[]` for list elements.
        public var path: String
        /// What the value must be.
        public var rule: Rule

        public init(_ path: String, _ rule: Rule = .any) {
            self.path = path
            self.rule = rule
        }
    }

    /// The `apiVersion` documents of this type carry.
    public var apiVersion: String
    /// The `kind` documents of this type carry.
    public var kind: String
    /// Where the field names were read: `owner/repo path` of the upstream type.
    public var source: String
    /// Every accepted field, `apiVersion` and `kind` first.
    public let fields: [Field]

    /// Required members: object path (`.` for the root, `[]` for list elements) → the keys an
    /// object at that path must hold, as the upstream schema's `required` lists them.
    public let required: [String: [String]]

    public init(apiVersion: String, kind: String, source: String, fields: [Field], required: [String: [String]] = [:]) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.source = source
        self.required = required
        self.fields = [Field("apiVersion", .oneOf([apiVersion])), Field("kind", .oneOf([kind]))] + fields
        var index: [String: Int] = [:]
        for (position, field) in self.fields.enumerated() where index[field.path] == nil { index[field.path] = position }
        self.index = index
    }

    /// A type whose fields are an extracted table (`scripts/extract-upstream-fields.py`): one
    /// field per line, `path`, or `path<TAB>rule` with the rule `oneOf a|b|c`, `duration` or
    /// `freeKeys`; `@required path a|b` lines name the members an object must hold; lines
    /// starting with `#` are comments. `prefix` fields come first (the `metadata` table a CRD
    /// leaves out).
    ///
    /// An unreadable rule is a programming error in a generated file and stops the program.
    public init(apiVersion: String, kind: String, source: String, prefix: [Field] = [], table: String) {
        var required: [String: [String]] = [:]
        let parsed = table.split(separator: "\n").compactMap { line -> Field? in
            if line.hasPrefix("#") || line.isEmpty { return nil }
            if line.hasPrefix("@required ") {
                let parts = line.dropFirst("@required ".count).split(separator: " ", maxSplits: 1)
                precondition(parts.count == 2, "\(kind): unreadable line \"\(line)\"")
                required[String(parts[0])] = parts[1].split(separator: "|").map(String.init)
                return nil
            }
            let parts = line.split(separator: "\t", maxSplits: 1)
            let path = String(parts[0])
            guard parts.count == 2 else { return Field(path) }
            let rule = parts[1]
            if rule == "duration" { return Field(path, .duration) }
            if rule == "freeKeys" { return Field(path, .freeKeys(allowed: nil)) }
            if rule.hasPrefix("oneOf ") { return Field(path, .oneOf(Set(rule.dropFirst(6).split(separator: "|").map(String.init)))) }
            preconditionFailure("\(kind): unreadable rule \"\(rule)\" for \(path)")
        }
        self.init(apiVersion: apiVersion, kind: kind, source: source, fields: prefix + parsed, required: required)
    }

    /// The required members missing from `node`, an object at `path` of a document of this type
    /// (`.` for the document itself), and from every object below it.
    public func missingMembers(in node: Node, at path: String = ".") -> [String] {
        var problems: [String] = []
        switch node {
        case .mapping(let mapping):
            let keys = Set(mapping.keys.compactMap(\.string))
            for name in required[path] ?? [] where !keys.contains(name) {
                problems.append("\(path == "." ? "" : path + ": ")\(name) is required by \(apiVersion) \(kind) (\(source))")
            }
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                problems += missingMembers(in: value, at: path == "." ? name : "\(path).\(name)")
            }
        case .sequence(let sequence):
            for element in sequence { problems += missingMembers(in: element, at: path + "[]") }
        case .scalar, .alias:
            break
        }
        return problems
    }

    /// Position of each path in `fields`.
    private let index: [String: Int]

    /// The field at `path`, if the type has one.
    ///
    /// - Complexity: O(1).
    public func field(at path: String) -> Field? {
        index[path].map { fields[$0] }
    }

    /// Why `path` (with its scalar `value`, if any) is not accepted; empty when it is.
    ///
    /// A path under a free-key map is accepted when its key is allowed and it has no deeper keys.
    public func problems(at path: String, value: String?) -> [String] {
        if let field = field(at: path) {
            guard let value else { return [] }
            return Self.problems(value, for: field.rule).map { "\(path): \($0)" }
        }
        for parent in fields {
            guard case .freeKeys(let allowed) = parent.rule else { continue }
            // A map's keys follow `path.`; a list of free objects (`elements[]`) is free below `path[].`.
            let below = path.hasPrefix(parent.path + ".") ? parent.path.count + 1
                : path.hasPrefix(parent.path + "[].") ? parent.path.count + 3 : nil
            guard let below else { continue }
            let key = String(path.dropFirst(below))
            if let allowed, !allowed.contains(key) {
                return ["\(path): \(kind) accepts only \(allowed.sorted().joined(separator: ", ")) under \(parent.path)"]
            }
            return []
        }
        return ["\(path): unknown field of \(apiVersion) \(kind) (\(source))"]
    }

    static func problems(_ value: String, for rule: Rule) -> [String] {
        switch rule {
        case .any, .freeKeys:
            return []
        case .oneOf(let allowed):
            return allowed.contains(value) ? [] : ["\"\(value)\" is not one of \(allowed.sorted().joined(separator: ", "))"]
        case .quantity:
            return UpstreamFormats.isQuantity(value) ? [] : ["\"\(value)\" is not a resource quantity"]
        case .duration:
            return UpstreamFormats.isDuration(value) ? [] : ["\"\(value)\" is not a duration"]
        }
    }
}
