#if canImport(Glibc)
import Glibc
#endif

/// What is at a path, as far as the output rule cares: the type of the file it names
/// (through symbolic links), its identity and mode, and the resolved path.
enum FileKind: Sendable, Equatable {
    case regular, directory, device, fifo, socket, other

    struct Found {
        var kind: FileKind
        var identity: FileIdentity
        var mode: mode_t
        /// The path with a symbolic link resolved to its target; the path itself otherwise.
        var resolved: String
        var linkCount: Int
    }

    /// Why an output refuses this kind.
    var refusal: String {
        switch self {
        case .regular: "it is a file"
        case .directory: "it is a directory"
        case .device: "it is a device"
        case .fifo: "it is a named pipe (FIFO)"
        case .socket: "it is a socket"
        case .other: "it is not a regular file"
        }
    }

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        default: self = .other
        }
    }

    /// What `path` names, or `nil` when nothing is there.
    ///
    /// - Throws: ``StoreError/refused(file:reason:)`` for a broken or looping symbolic link,
    ///   or a path that cannot be looked at (a directory on the way without search permission).
    static func inspect(_ path: String) throws(StoreError) -> Found? {
        var info = stat()
        if lstat(path, &info) != 0 {
            if errno == ENOENT { return nil }
            throw .refused(file: path, reason: Self.lookupFailure(errno))
        }
        var resolved = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let real = realpath(path, nil) else {
                let failure = errno
                throw .refused(file: path, reason: failure == ENOENT
                               ? "it is a symbolic link to something that does not exist"
                               : Self.lookupFailure(failure))
            }
            resolved = String(cString: real)
            free(real)
            guard stat(resolved, &info) == 0 else { throw .refused(file: path, reason: Self.lookupFailure(errno)) }
        }
        return Found(kind: FileKind(mode: info.st_mode), identity: FileIdentity(info), mode: info.st_mode & 0o7777,
                     resolved: resolved, linkCount: Int(info.st_nlink))
    }

    /// A failed lookup in the user's terms.
    static func lookupFailure(_ code: Int32) -> String {
        switch code {
        case ELOOP: "too many levels of symbolic links (a symbolic link loop)"
        case EACCES: "permission denied: a directory on the way cannot be searched"
        case ENOTDIR: "a component on the way is not a directory"
        case ENAMETOOLONG: "the path is too long"
        default: String(cString: strerror(code))
        }
    }
}
