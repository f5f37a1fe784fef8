import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents all at once: readers see the old bytes or the new, never half.
///
/// The target is first checked against ``OutputRule`` (never the input, a device, a FIFO, a
/// socket or a directory; an existing file only when `replacing`). A symbolic link is
/// written through: the file it points to is replaced and the link stays. The bytes go to a
/// temporary file in the same directory as that file (so the rename cannot cross file
/// systems), which is flushed to disk with `fsync`, given the original's permission bits and,
/// where the process may, its owner, and renamed over the original; the directory is then
/// synced so the rename itself survives a crash. On any failure the temporary file is
/// removed and the original is untouched.
public enum AtomicFile {
    /// Writes `data` to `path`, atomically. New files get `newMode` less the umask (0644 with the usual umask 022).
    ///
    /// - Returns: the path written: `path`, or the target of the symbolic link it is.
    @discardableResult
    ///
    /// - Parameter mode: permission bits to give the file whatever it had (recovery copies
    ///   follow their project file); `nil` keeps an existing file's and gives a new one `newMode`.
    public static func write(_ data: Data, to path: String, rule: OutputRule = OutputRule(), replacing: Bool = true,
                             newMode: mode_t = 0o666, mode forcedMode: mode_t? = nil) throws(StoreError) -> String {
        let target = try rule.fileTarget(path, replacing: replacing)
        let parts = FilePathParts(target)
        var template = Array(parts.sibling(named: ".\(parts.name).XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .cannotWrite(file: path, reason: errnoText()) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            if !committed { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            try writeAll(data, to: descriptor, path: path)
            var info = stat()
            let existing = stat(target, &info) == 0
            let mode: mode_t = forcedMode ?? (existing ? info.st_mode & 0o7777 : ProcessUmask.applied(to: newMode))
            if existing, info.st_uid != geteuid() || info.st_gid != getegid() {
                // Keeps the owner when root saves someone else's file; others cannot, and keep theirs.
                _ = fchown(descriptor, info.st_uid, info.st_gid)
            }
            guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw StoreError.cannotWrite(file: path, reason: errnoText()) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotWrite(file: path, reason: "\(error)")
        }
        guard rename(temporary, target) == 0 else { throw .cannotWrite(file: path, reason: errnoText()) }
        committed = true
        let directoryDescriptor = open(parts.directory, O_RDONLY)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
        return target
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(StoreError) {
        let failure: String? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errnoText()
                }
                offset += written
            }
            return nil
        }
        if let failure { throw .cannotWrite(file: path, reason: failure) }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
