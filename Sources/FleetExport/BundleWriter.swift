import FleetStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a design bundle to disk so that the output directory holds the old bundle or the
/// new one, never a half-written mix, and never replaces what Fleetplan did not write.
///
/// The directory is first checked against FleetStore's `OutputRule` (never the input, a
/// device, a FIFO, a socket, or a directory holding files the previous bundle's manifest does
/// not list). The files, and a `.fleetplan-manifest` listing every one of them, go to a
/// temporary directory beside the target; once every file is written and flushed, the
/// temporary directory gets the umask's mode and is exchanged with the target in one
/// `renameat2` call (`RENAME_EXCHANGE`), and the old bundle is removed. Where the file system
/// cannot exchange, two renames are used and the gap between them is the only moment the
/// target is absent.
public struct BundleWriter: Sendable {
    /// Also replace a previous bundle whose files were edited, or a regular file at the output path.
    public var force: Bool
    /// The outputs' rule, with the program's input to protect.
    public var rule: OutputRule

    public init(force: Bool = false, rule: OutputRule = OutputRule()) {
        self.force = force
        self.rule = rule
    }

    /// Checks that `directory` may receive a bundle, without writing anything.
    ///
    /// - Throws: `ExportError.refused` for what is never replaced, `ExportError.needsForce`
    ///   for what only `force` replaces.
    public func target(for directory: String) throws(ExportError) -> BundleTarget {
        do {
            return try rule.bundleTarget(Self.trimmed(directory), force: force)
        } catch {
            throw ExportError(error)
        }
    }

    /// Writes `bundle` to `directory`.
    ///
    /// - Throws: what ``target(for:)`` throws; `ExportError.cannotWrite` when the file system refuses.
    public func write(_ bundle: DesignBundle, to directory: String) throws(ExportError) {
        for path in bundle.paths where !BundlePath.isSafe(path) { throw .unsafePath(path) }
        let destination = try target(for: directory)
        let (parent, name) = Self.split(destination.path)
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: parent, reason: Self.reason(error))
        }
        var template = Array("\(parent)/.\(name).fleetplan-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw .cannotWrite(path: parent, reason: String(cString: strerror(errno)))
        }
        let staging = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var moved = false
        defer { if !moved { try? FileManager.default.removeItem(atPath: staging) } }
        try BundleFiles.write(bundle, into: staging)
        guard chmod(staging, ProcessUmask.applied(to: 0o777)) == 0 else {
            throw .cannotWrite(path: destination.path, reason: String(cString: strerror(errno)))
        }
        if destination.existing == .nothing {
            guard rename(staging, destination.path) == 0 else {
                throw .cannotWrite(path: destination.path, reason: String(cString: strerror(errno)))
            }
        } else {
            try Self.replace(destination.path, with: staging)
        }
        moved = true
        BundleFiles.sync(parent)
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

    /// The parent directory (`.` for a bare name) and the last component of a path without a
    /// trailing slash.
    static func split(_ path: String) -> (parent: String, name: String) {
        let parts = FilePathParts(path)
        return (parts.directory, parts.name)
    }

    private static func trimmed(_ directory: String) -> String {
        var result = directory
        while result.count > 1 && result.hasSuffix("/") { result.removeLast() }
        return result
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
