import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Leftovers of writes that never finished: `kill -9` or a power cut between creating
/// `.NAME.XXXXXX` and renaming it over `NAME` leaves the temporary behind, and a signal
/// during the emergency recovery copy leaves `.NAME.recover.partial`.
///
/// They are removed when the file is opened in the workbench and after every save; only
/// those older than ``minimumAge`` go, so a save another process is making right now is
/// not disturbed.
public enum StaleTemporaries {
    /// Temporaries younger than this may belong to a save in progress.
    public static let minimumAge: TimeInterval = 600

    /// Removes the stale temporaries of `file`; returns the paths removed.
    ///
    /// - Complexity: O(*n*) in the entries of the file's directory.
    @discardableResult
    public static func remove(for file: String, now: Date = Date()) -> [String] {
        let parts = FilePathParts(file)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parts.directory) else { return [] }
        var removed: [String] = []
        for name in names where isTemporary(name, of: parts.name) {
            let path = parts.sibling(named: name)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            let modified = Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec))
            guard now.timeIntervalSince(modified) >= minimumAge, unlink(path) == 0 else { continue }
            removed.append(path)
        }
        return removed
    }

    /// `.NAME.XXXXXX` (six letters or digits, as `mkstemp` makes), `.NAME.recover.XXXXXX`
    /// or `.NAME.recover.partial`.
    static func isTemporary(_ candidate: String, of name: String) -> Bool {
        for base in [".\(name).", ".\(name).recover."] where candidate.hasPrefix(base) {
            let suffix = candidate.dropFirst(base.count)
            if suffix == "partial" && base.hasSuffix(".recover.") { return true }
            if suffix.count == 6, suffix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) { return true }
        }
        return false
    }
}
