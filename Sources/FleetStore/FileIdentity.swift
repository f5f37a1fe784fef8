#if canImport(Glibc)
import Glibc
#endif

/// A file as the kernel knows it: device and inode, the same through every path and link.
///
/// Outputs compare identities, not path strings, so `p.fleet.yaml`, `./p.fleet.yaml`, a
/// symbolic link to it and a hard link all count as the same input.
public struct FileIdentity: Sendable, Hashable {
    public var device: UInt64
    public var inode: UInt64

    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// The identity of what `path` names, following symbolic links; `nil` when it does not exist.
    public static func of(_ path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(info)
    }

    init(_ info: stat) {
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
