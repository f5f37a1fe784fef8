/// Where a bundle will be written, once ``OutputRule/bundleTarget(_:force:)`` allowed it.
public struct BundleTarget: Sendable, Equatable {
    /// What the bundle replaces.
    public enum Existing: Sendable, Equatable {
        /// Nothing is there: the bundle directory is created.
        case nothing
        /// An empty directory.
        case emptyDirectory
        /// A bundle Fleetplan wrote, holding only the files its manifest lists.
        case previousBundle
        /// A regular file the user named with `--force`.
        case regularFile
    }

    /// The path to write: the one given, or the target of a symbolic link to a directory.
    public var path: String
    public var existing: Existing

    public init(path: String, existing: Existing) {
        self.path = path
        self.existing = existing
    }
}
