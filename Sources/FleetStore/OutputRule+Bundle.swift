import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension OutputRule {
    /// Checks that a design bundle may be written at `directory`.
    ///
    /// Allowed: nothing there, an empty directory, a previous bundle whose manifest lists
    /// every file in it (files of it that were edited since need `force`), and, with
    /// `force`, a regular file. Never: a directory holding anything the manifest does not
    /// list or holding the input, a device, a FIFO, a socket.
    ///
    /// - Complexity: O(*n*) in the size of the files in the directory (each is hashed).
    public func bundleTarget(_ directory: String, force: Bool) throws(StoreError) -> BundleTarget {
        guard let found = try FileKind.inspect(directory) else { return BundleTarget(path: directory, existing: .nothing) }
        switch found.kind {
        case .regular:
            if let input = inputNames[found.identity] { throw .refused(file: directory, reason: Self.inputReason(input)) }
            if !force { throw .needsForce(file: directory, reason: "it is a file, not a directory") }
            return BundleTarget(path: found.resolved, existing: .regularFile)
        case .directory:
            return try inspectDirectory(directory, resolved: found.resolved, force: force)
        default:
            throw .refused(file: directory, reason: found.kind.refusal)
        }
    }

    private func inspectDirectory(_ directory: String, resolved: String, force: Bool) throws(StoreError) -> BundleTarget {
        let top = try Self.entries(resolved, shown: directory)
        if top.isEmpty { return BundleTarget(path: resolved, existing: .emptyDirectory) }
        let manifestPath = resolved + "/" + BundleManifest.fileName
        guard top.contains(BundleManifest.fileName),
              let text = try? String(contentsOfFile: manifestPath, encoding: .utf8),
              let manifest = BundleManifest.parse(text) else {
            let shown = top.sorted().prefix(3).joined(separator: ", ")
            throw .refused(file: directory, reason: "it is not empty (\(shown)\(top.count > 3 ? ", …" : "")) and not a bundle Fleetplan wrote (no valid \(BundleManifest.fileName))")
        }
        var walk = BundleDirectoryWalk(manifest: manifest, inputNames: inputNames)
        try walk.visit(resolved, relative: "", shown: directory)
        if let input = walk.input { throw .refused(file: directory, reason: "it holds the input project \(input)") }
        if !walk.foreign.isEmpty {
            throw .refused(file: directory, reason: "it holds files the previous bundle did not write: \(Self.list(walk.foreign)); move them first")
        }
        if !walk.changed.isEmpty, !force {
            throw .needsForce(file: directory, reason: "files of the previous bundle were edited since it was written: \(Self.list(walk.changed))")
        }
        return BundleTarget(path: resolved, existing: .previousBundle)
    }

    static func entries(_ path: String, shown: String) throws(StoreError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .refused(file: shown, reason: "its contents cannot be listed: \(FileKind.lookupFailure(EACCES))")
        }
    }

    static func list(_ paths: [String]) -> String {
        let sorted = paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return sorted.prefix(3).joined(separator: ", ") + (sorted.count > 3 ? " and \(sorted.count - 3) more" : "")
    }
}
