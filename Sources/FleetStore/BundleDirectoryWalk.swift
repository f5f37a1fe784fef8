import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One walk of a previous bundle's tree (without following symbolic links), sorting what it
/// finds into files the manifest lists unchanged, edited ones, foreign ones and the input.
struct BundleDirectoryWalk {
    let manifest: BundleManifest
    let inputNames: [FileIdentity: String]
    /// Directories some listed file lives in.
    let listedDirectories: Set<String>
    var foreign: [String] = []
    var changed: [String] = []
    var input: String?

    init(manifest: BundleManifest, inputNames: [FileIdentity: String]) {
        self.manifest = manifest
        self.inputNames = inputNames
        var directories: Set<String> = []
        for path in manifest.digests.keys {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                directories.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        listedDirectories = directories
    }

    mutating func visit(_ absolute: String, relative: String, shown: String) throws(StoreError) {
        for name in try OutputRule.entries(absolute, shown: shown) {
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = absolute + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { foreign.append(path); continue }
            if let found = inputNames[FileIdentity(info)] { input = found }
            switch info.st_mode & S_IFMT {
            case S_IFDIR where listedDirectories.contains(path):
                try visit(full, relative: path, shown: shown)
            case S_IFREG where path == BundleManifest.fileName:
                continue
            case S_IFREG:
                guard let digest = manifest.digests[path] else { foreign.append(path); continue }
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: full))) ?? Data()
                if SHA256.hex(of: [UInt8](bytes)) != digest { changed.append(path) }
            default:
                foreign.append(path)
            }
        }
    }
}
