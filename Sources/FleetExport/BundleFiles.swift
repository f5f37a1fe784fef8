import FleetStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a bundle's files and its manifest into a fresh directory, each flushed to disk.
enum BundleFiles {
    /// Every file of `bundle` under `root` (which exists and is empty), then `.fleetplan-manifest`.
    ///
    /// - Complexity: O(*n*) in the bundle's size.
    static func write(_ bundle: DesignBundle, into root: String) throws(ExportError) {
        let manager = FileManager.default
        var created: Set<String> = [root]
        for path in bundle.paths {
            let full = "\(root)/\(path)"
            let directory = FilePathParts(full).directory
            if !created.contains(directory) {
                do {
                    try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                } catch {
                    throw .cannotWrite(path: path, reason: BundleWriter.reason(error))
                }
                created.insert(directory)
            }
            try writeFile(bundle.files[path]!, to: full, shown: path)
        }
        let manifest = BundleManifest(files: bundle.files)
        try writeFile(Data(manifest.text.utf8), to: "\(root)/\(BundleManifest.fileName)", shown: BundleManifest.fileName)
    }

    private static func writeFile(_ data: Data, to full: String, shown: String) throws(ExportError) {
        let descriptor = open(full, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else { throw .cannotWrite(path: shown, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let failure: String? = data.withUnsafeBytes { buffer in
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
        if let failure { throw .cannotWrite(path: shown, reason: failure) }
    }

    /// Flushes a directory entry to disk.
    static func sync(_ directory: String) {
        let descriptor = open(directory, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }
}
