/// What a project file looked like on disk when it was read or written: its size,
/// modification time, inode and a digest of its content, captured by the runtime.
///
/// Saving compares the file's current stamp with the one remembered in ``AppState``; a
/// difference means someone else changed the file, and the workbench asks before
/// overwriting it.
public struct FileStamp: Sendable, Equatable {
    /// Size in bytes.
    public var size: Int
    /// Modification time, seconds since 1970 (nanosecond precision where the file system has it).
    public var modified: Double
    /// The file's inode: an atomic save by another program replaces it.
    public var inode: UInt64

    /// SHA-256 of the content: a same-size edit whose modification time was put back
    /// (`touch -r`, some editors and sync tools) still changes it. Empty when not taken.
    public var digest: String

    public init(size: Int, modified: Double, inode: UInt64 = 0, digest: String = "") {
        self.size = size
        self.modified = modified
        self.inode = inode
        self.digest = digest
    }
}
