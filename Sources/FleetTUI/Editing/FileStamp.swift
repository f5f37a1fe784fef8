/// What a project file looked like on disk when it was read or written: its size and
/// modification time, captured by the runtime.
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

    public init(size: Int, modified: Double, inode: UInt64 = 0) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }
}
