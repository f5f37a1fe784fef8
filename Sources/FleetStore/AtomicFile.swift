import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents all at once: readers see the old bytes or the new, never half.
///
/// The bytes go to a temporary file in the same directory (so the rename cannot cross file
/// systems), which is flushed to disk with `fsync`, given the original's permission bits,
/// and renamed over the original; the directory is then synced so the rename itself survives
/// a crash. On any failure the temporary file is removed and the original is untouched.
public enum AtomicFile {
    /// Writes `data` to `path`, atomically. New files get mode 0644 (less the umask).
    public static func write(_ data: Data, to path: String) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        var template = Array("\(directory)/.\(base).XXXXXX".utf8CString)
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
            let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o7777 : defaultMode()
            guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw StoreError.cannotWrite(file: path, reason: errnoText()) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotWrite(file: path, reason: "\(error)")
        }
        guard rename(temporary, path) == 0 else { throw .cannotWrite(file: path, reason: errnoText()) }
        committed = true
        let directoryDescriptor = open(directory, O_RDONLY)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
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

    private static func defaultMode() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
