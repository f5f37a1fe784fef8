import Yams

/// An upgrade of a project document from one format version to the next.
///
/// When the format changes, the reader keeps accepting files of every older version: it
/// finds the migration whose `from` matches the file's `apiVersion` and applies it and every
/// later one, in order, before decoding. The next save writes the current version.
public struct Migration: Sendable {
    /// The `apiVersion` this migration reads.
    public var from: String
    /// Rewrites a document of version `from` into the next version, `apiVersion` included.
    public var upgrade: @Sendable (Node) -> Node

    public init(from: String, upgrade: @escaping @Sendable (Node) -> Node) {
        self.from = from
        self.upgrade = upgrade
    }

    /// The migrations of this build, oldest first. `fleetplan/v1` is the first format, so
    /// there is nothing to upgrade from yet.
    public static let all: [Migration] = []
}
