import Foundation

/// The mark of a design bundle Fleetplan wrote: `.fleetplan-manifest` at the bundle's root,
/// listing every file written with its SHA-256.
///
/// Only a directory whose manifest lists every file in it counts as a previous bundle, so
/// an export never deletes a file it did not write (see ``OutputRule``).
///
/// ```
/// # fleetplan bundle manifest 1
/// 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  README.md
/// …
/// ```
public struct BundleManifest: Sendable, Equatable {
    /// The manifest's file name at the bundle's root.
    public static let fileName = ".fleetplan-manifest"
    /// The first line: the format and its version.
    public static let header = "# fleetplan bundle manifest 1"

    /// SHA-256 (lowercase hex) by relative path, for every file but the manifest itself.
    public var digests: [String: String]

    public init(digests: [String: String]) {
        self.digests = digests
    }

    /// The manifest of `files` (relative path → bytes).
    ///
    /// - Complexity: O(*n*) in the total size of the files.
    public init(files: [String: Data]) {
        var digests: [String: String] = [:]
        digests.reserveCapacity(files.count)
        for (path, data) in files { digests[path] = SHA256.hex(of: [UInt8](data)) }
        self.init(digests: digests)
    }

    /// The manifest's text: the header, then one `DIGEST  PATH` line per file in byte order.
    public var text: String {
        let paths = digests.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var text = Self.header + "\n"
        for path in paths { text += "\(digests[path]!)  \(path)\n" }
        return text
    }

    /// Reads a manifest; `nil` when `text` is not one (wrong header, a malformed line, a
    /// path that is absolute or has `.`/`..` components).
    public static func parse(_ text: String) -> BundleManifest? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(header), lines.last == "" else { return nil }
        lines.removeFirst()
        lines.removeLast()
        var digests: [String: String] = [:]
        for line in lines {
            let digest = line.prefix(64)
            let rest = line.dropFirst(64)
            guard digest.count == 64, digest.allSatisfy(\.isHexDigit), rest.hasPrefix("  ") else { return nil }
            let path = String(rest.dropFirst(2))
            let components = path.split(separator: "/", omittingEmptySubsequences: false)
            guard !path.hasPrefix("/"), components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
            digests[path] = String(digest)
        }
        return BundleManifest(digests: digests)
    }
}
