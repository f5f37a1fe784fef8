/// An ordered configuration tree: the shape of a `KubeletConfiguration`, a
/// `KubeSchedulerConfiguration` or an Istio values file, before it becomes YAML or JSON.
///
/// Maps keep their keys in the order they were built, so every rendering is byte-stable
/// and reads the way upstream documents the type (`apiVersion`, `kind`, then fields).
///
/// ```swift
/// let eviction: ConfigValue = .map([
///     ConfigEntry("memory.available", .string("100Mi")),
///     ConfigEntry("nodefs.available", .string("10%")),
/// ])
/// eviction["memory.available"]   // .string("100Mi")
/// ```
public indirect enum ConfigValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case list([ConfigValue])
    case map([ConfigEntry])
    /// An absent value (`null` in JSON and YAML), e.g. a node count that cannot be met.
    case null

    /// The value under `key` when this is a map.
    ///
    /// - Complexity: O(*n*) in the number of keys.
    public subscript(key: String) -> ConfigValue? {
        guard case .map(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The value reached by following map keys in turn, such as
    /// `value(at: ["evictionHard", "memory.available"])` (keys may themselves contain dots).
    public func value(at keys: [String]) -> ConfigValue? {
        var current: ConfigValue? = self
        for key in keys { current = current?[key] }
        return current
    }

    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The integer, when this is an integer.
    public var intValue: Int? {
        if case .int(let number) = self { return number }
        return nil
    }

    /// Every key path in the tree, with `[]` for list elements, in document order.
    ///
    /// `profiles[].pluginConfig[].name` names the `name` key of any plugin config of any
    /// profile. Free-form map keys (gate names, eviction signals) are listed as they are;
    /// the field table decides which maps take free keys.
    ///
    /// - Complexity: O(*n*) in the number of nodes.
    public func keyPaths(prefix: String = "") -> [String] {
        switch self {
        case .string, .int, .bool, .null:
            return []
        case .list(let items):
            let itemPrefix = prefix + "[]"
            return items.flatMap { $0.keyPaths(prefix: itemPrefix) }
        case .map(let entries):
            return entries.flatMap { entry -> [String] in
                let path = prefix.isEmpty ? entry.key : "\(prefix).\(entry.key)"
                return [path] + entry.value.keyPaths(prefix: path)
            }
        }
    }
}

/// One key and its value inside a `ConfigValue.map`.
public struct ConfigEntry: Sendable, Equatable {
    /// The map key, exactly as upstream spells it.
    public var key: String
    /// The value under the key.
    public var value: ConfigValue

    public init(_ key: String, _ value: ConfigValue) {
        self.key = key
        self.value = value
    }
}

extension ConfigValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
