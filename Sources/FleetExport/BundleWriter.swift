import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a design bundle to disk so that the output directory holds the old bundle or the
/// new one, never a half-written mix.
///
/// The files go to a temporary directory beside the target; once every file is written and
/// flushed, the temporary directory is exchanged with the target in one `renameat2` call
/// (`RENAME_EXCHANGE`), and the old bundle is removed. Where the file system cannot exchange,
/// two renames are used and the gap between them is the only moment the target is absent.
public struct BundleWriter: Sendable {
    /// Overwrite a non-empty directory that is not a previous bundle.
    public var force: Bool

    public init(force: Bool = false) {
        self.force = force
    }

    /// Writes `bundle` to `directory`.
    ///
    /// - Throws: `ExportError.notABundle` when `directory` holds something else and `force`
    ///   is off; `ExportError.cannotWrite` when the file system refuses.
    public func write(_ bundle: DesignBundle, to directory: String) throws(ExportError) {
        for path in bundle.paths where !BundlePath.isSafe(path) { throw .unsafePath(path) }
        let target = Self.trimmed(directory)
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: target, isDirectory: &isDirectory)
        if exists {
            let isEmptyDirectory = isDirectory.boolValue && ((try? manager.contentsOfDirectory(atPath: target))?.isEmpty ?? false)
            if !isEmptyDirectory && !Self.isBundle(target) && !force { throw .notABundle(directory: target) }
        }
        let (parent, name) = Self.split(target)
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: parent, reason: Self.reason(error))
        }
        var template = Array("\(parent)/.\(name).fleetplan-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw .cannotWrite(path: parent, reason: String(cString: strerror(errno)))
        }
        let staging = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var moved = false
        defer { if !moved { try? manager.removeItem(atPath: staging) } }
        try Self.writeFiles(bundle, into: staging)
        if exists {
            try Self.replace(target, with: staging)
        } else if rename(staging, target) != 0 {
            throw .cannotWrite(path: target, reason: String(cString: strerror(errno)))
        }
        moved = true
        Self.sync(parent)
    }

    /// True when `directory` looks like a bundle Fleetplan wrote: it has the checksum file and the project.
    public static func isBundle(_ directory: String) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: "\(directory)/\(DesignBundle.checksumFile)")
            && manager.fileExists(atPath: "\(directory)/\(BundleLayout.projectFile)")
    }

    private static func writeFiles(_ bundle: DesignBundle, into root: String) throws(ExportError) {
        let manager = FileManager.default
        for path in bundle.paths {
            let full = "\(root)/\(path)"
            do {
                try manager.createDirectory(atPath: split(full).parent, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: path, reason: reason(error))
            }
            let descriptor = open(full, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            let failure: String? = bundle.files[path]!.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return String(cString: strerror(errno))
                    }
                    offset += written
                }
                return fsync(descriptor) == 0 ? nil : String(cString: strerror(errno))
            }
            if let failure { throw .cannotWrite(path: path, reason: failure) }
        }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Puts `staging` where `target` is, atomically where the kernel allows, and removes the old target.
    private static func replace(_ target: String, with staging: String) throws(ExportError) {
        let manager = FileManager.default
        // glibc exports renameat2 but the Swift overlay does not declare it.
        if let symbol = dlsym(nil, "renameat2") {
            let renameAt2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let exchange: UInt32 = 2  // RENAME_EXCHANGE
            if renameAt2(AT_FDCWD, staging, AT_FDCWD, target, exchange) == 0 {
                try? manager.removeItem(atPath: staging)  // now holds the old bundle
                return
            }
        }
        let old = staging + ".old"
        guard rename(target, old) == 0 else { throw .cannotWrite(path: target, reason: String(cString: strerror(errno))) }
        guard rename(staging, target) == 0 else {
            let failure = String(cString: strerror(errno))
            _ = rename(old, target)
            throw .cannotWrite(path: target, reason: failure)
        }
        try? manager.removeItem(atPath: old)
    }

    private static func sync(_ directory: String) {
        let descriptor = open(directory, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// The parent directory (`.` for a bare name) and the last component of a path without a
    /// trailing slash. Plain string work: Foundation's `NSString` path methods trap on some
    /// one-character paths on Linux.
    static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = String(path[..<slash])
        return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
    }

    private static func trimmed(_ directory: String) -> String {
        var result = directory
        while result.count > 1 && result.hasSuffix("/") { result.removeLast() }
        return result
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
