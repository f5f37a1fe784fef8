/// A Kubernetes minor release such as `1.34`, the target every generated setting is checked against.
///
/// Only `major.minor` matters for configuration: fields, flags and feature gates change
/// between minor releases, not patch releases. Which minors Fleetplan supports is data
/// kept by the planning engine; the model only knows the syntax.
public struct KubernetesVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(major: Int = 1, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Parses `"1.34"` (a trailing patch such as `"1.34.2"` or a leading `v` is accepted and dropped).
    public init?(_ text: String) {
        var body = Substring(text)
        if body.hasPrefix("v") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let major = Int(parts[0]), let minor = Int(parts[1]),
              major >= 0, minor >= 0, major < 100, minor < 1000
        else { return nil }
        self.init(major: major, minor: minor)
    }

    public var description: String { "\(major).\(minor)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}
