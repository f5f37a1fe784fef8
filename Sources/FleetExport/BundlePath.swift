import FleetModel
import FleetStore

/// Safe relative paths inside a design bundle.
///
/// Cluster and profile names become directory names; a hostile or broken name (`../../x`,
/// `a/b`, a NUL, a newline, 300 characters) must never reach outside the bundle or collide
/// with another. Names that are already DNS-1123 labels (every name of a valid project) are
/// kept as they are; any other is sanitised and given a short digest of the original, so two
/// different names never share a directory.
public enum BundlePath {
    /// A single path component for `name`.
    public static func component(_ name: String) -> String {
        if DNSLabel.problem(with: name) == nil { return name }
        let digest = String(SHA256.hex(of: Array(name.utf8)).prefix(8))
        let base = String(DNSLabel.sanitized(name).prefix(DNSLabel.maxLength - 9))
        return "\(base)-\(digest)"
    }

    /// True when `path` is relative, has no empty, `.` or `..` components, and only printable characters.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), path.utf8.count <= 1024 else { return false }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { component in
            !component.isEmpty && component != "." && component != ".."
        }
    }
}
