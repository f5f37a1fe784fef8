#if canImport(Glibc)
import Glibc
#endif

/// Size, modification time and inode of a file, from `stat(2)`.
public struct FileStat: Sendable, Equatable {
    public var size: Int
    /// Seconds since 1970, with the nanoseconds.
    public var modified: Double
    public var inode: UInt64

    /// The file's stat, or `nil` when it does not exist.
    public static func of(_ path: String) -> FileStat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStat(size: Int(info.st_size),
                        modified: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1_000_000_000,
                        inode: UInt64(info.st_ino))
    }
}
