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
    public var fields: [Field]

    public init(apiVersion: String, kind: String, source: String, fields: [Field]) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.source = source
        self.fields = [Field("apiVersion", .oneOf([apiVersion])), Field("kind", .oneOf([kind]))] + fields
    }

    /// The field at `path`, if the type has one.
    ///
    /// - Complexity: O(*f*) in the number of fields.
    public func field(at path: String) -> Field? {
        fields.first { $0.path == path }
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
            guard case .freeKeys(let allowed) = parent.rule, path.hasPrefix(parent.path + ".") else { continue }
            let key = String(path.dropFirst(parent.path.count + 1))
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
