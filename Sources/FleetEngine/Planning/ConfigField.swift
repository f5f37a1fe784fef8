import FleetModel

/// One field of an upstream configuration type or command line, and the releases it exists in.
///
/// Paths use the form of `ConfigValue.keyPaths()`: `profiles[].pluginConfig[].name`.
/// A field with `freeKeys` is a map whose keys are data (eviction signals, resource names,
/// gate names); `allowedKeys`, when set, lists the keys upstream accepts.
public struct ConfigField: Sendable, Equatable {
    /// The key path, as `ConfigValue.keyPaths()` prints it.
    public var path: String
    /// The first minor release with the field.
    public var sinceMinor: Int
    /// The first minor release without the field, if it was removed.
    public var removedInMinor: Int?
    /// True for a map whose keys are data rather than field names.
    public var freeKeys: Bool
    /// The keys upstream accepts in a free-key map; `nil` for any.
    public var allowedKeys: Set<String>?

    public init(_ path: String, since: Int, removedIn: Int? = nil, freeKeys: Bool = false, allowedKeys: Set<String>? = nil) {
        self.path = path
        self.sinceMinor = since
        self.removedInMinor = removedIn
        self.freeKeys = freeKeys
        self.allowedKeys = allowedKeys
    }

    /// True when the field exists in `version`.
    public func exists(in version: KubernetesVersion) -> Bool {
        version.minor >= sinceMinor && removedInMinor.map { version.minor < $0 } ?? true
    }
}

/// A set of fields of one upstream type (or one binary's flags) with the file they come from.
public struct ConfigFieldTable: Sendable {
    /// The type or binary, as shown in reports.
    public var name: String
    /// The upstream file or page the fields were read from.
    public var source: String
    /// The fields, in no particular order.
    public var fields: [ConfigField]

    public init(name: String, source: String, fields: [ConfigField]) {
        self.name = name
        self.source = source
        self.fields = fields
    }

    /// The key paths of `value` that `version` would not accept, with why.
    ///
    /// A path is accepted when the table lists it for `version`, or when its parent is a
    /// free-key map that exists in `version` and (if restricted) allows the key.
    ///
    /// - Complexity: O(*p* × *f*) for *p* paths and *f* fields.
    public func rejectedPaths(in value: ConfigValue, version: KubernetesVersion) -> [String] {
        rejectedPaths(value.keyPaths(), version: version)
    }

    /// The paths among `paths` that `version` would not accept.
    public func rejectedPaths(_ paths: [String], version: KubernetesVersion) -> [String] {
        var rejected: [String] = []
        for path in paths {
            if let field = fields.first(where: { $0.path == path }) {
                if !field.exists(in: version) { rejected.append("\(path) (not in \(version))") }
                continue
            }
            if let (parent, key) = Self.split(path, among: fields.filter(\.freeKeys)),
               parent.exists(in: version), parent.allowedKeys.map({ $0.contains(key) }) ?? true {
                continue
            }
            // Children of accepted free keys (none today) and unknown fields are rejected.
            rejected.append("\(path) (unknown field)")
        }
        return rejected
    }

    private static func split(_ path: String, among parents: [ConfigField]) -> (ConfigField, String)? {
        for parent in parents where path.hasPrefix(parent.path + ".") {
            let key = String(path.dropFirst(parent.path.count + 1))
            return (parent, key)
        }
        return nil
    }
}
