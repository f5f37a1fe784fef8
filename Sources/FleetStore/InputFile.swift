import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads an input file the way every command does: only a regular file, never blocking on a
/// FIFO or a device, with failures named in the user's terms.
///
/// The file is opened with `O_NONBLOCK` (so opening a FIFO without a writer returns at
/// once) and checked with `fstat` before a byte is read: a directory, FIFO, socket or device
/// is ``StoreError/missing(file:reason:)`` (exit 66). Reads go through `read(2)` up to a
/// bound, so `/proc/self/mem` reports an I/O error instead of a Foundation error code.
public enum InputFile {
    /// The first `limit` bytes of the regular file at `path`, and the file's size.
    public static func read(_ path: String, limit: Int) throws(StoreError) -> (data: Data, size: Int) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .missing(file: path, reason: openFailure(errno, path)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .missing(file: path, reason: String(cString: strerror(errno))) }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular else {
            throw .missing(file: path, reason: kind == .directory ? "is a directory" : "\(kind.refusal.dropFirst(3)), not a regular file")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while data.count < limit {
            let wanted = min(buffer.count, limit - data.count)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .missing(file: path, reason: "read failed: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[..<count])
        }
        return (data, max(Int(info.st_size), data.count))
    }

    /// Why `open(2)` failed, in the user's terms.
    static func openFailure(_ code: Int32, _ path: String) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES:
            // Tell an unreadable file from a directory on the way that cannot be searched.
            var info = stat()
            return stat(path, &info) == 0 ? "permission denied: the file is not readable" : FileKind.lookupFailure(EACCES)
        default: return FileKind.lookupFailure(code)
        }
    }
}
