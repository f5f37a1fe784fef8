#if canImport(Glibc)
import Glibc
#endif
import FleetModel
import Foundation

/// The recovery copy of a project file: unsaved changes the workbench writes every 30 s.
///
/// It sits beside the file as a hidden file, `.NAME.recover` (for `payments.fleet.yaml`:
/// `.payments.fleet.yaml.recover`), written atomically in the project format, and removed
/// after a successful save. Add `.*.recover` to `.gitignore`.
public enum RecoveryCopy {
    /// The recovery copy's path for a project file.
    public static func path(for file: String) -> String {
        let (directory, name) = split(file)
        return directory + "." + name + ".recover"
    }

    /// The visible name a kept copy is renamed to: `payments.recovered.fleet.yaml`, then
    /// `payments.recovered-2.fleet.yaml`, … (the first that does not exist).
    public static func keptPath(for file: String) -> String {
        let (directory, name) = split(file)
        var base = name
        var suffix = ""
        for ending in [".fleet.yaml", ".yaml", ".yml"] where name.hasSuffix(ending) {
            base = String(name.dropLast(ending.count))
            suffix = ending
            break
        }
        var number = 1
        while true {
            let candidate = directory + base + ".recovered" + (number == 1 ? "" : "-\(number)") + (suffix.isEmpty ? ".fleet.yaml" : suffix)
            if !FileManager.default.fileExists(atPath: candidate) { return candidate }
            number += 1
        }
    }

    /// Writes the copy atomically.
    public static func write(_ project: Project, for file: String) throws(StoreError) {
        try ProjectFile.save(project, to: path(for: file))
    }

    /// Deletes the copy; a missing copy is not an error.
    public static func remove(for file: String) {
        try? FileManager.default.removeItem(atPath: path(for: file))
    }

    /// Renames the copy to ``keptPath(for:)``; returns the new path.
    public static func keep(for file: String) throws(StoreError) -> String {
        let target = keptPath(for: file)
        guard rename(path(for: file), target) == 0 else {
            throw .cannotWrite(file: target, reason: String(cString: strerror(errno)))
        }
        return target
    }

    /// The copy's path when it should be offered at start-up: it exists and the file does
    /// not, or the copy was modified after the file.
    public static func pending(for file: String) -> String? {
        let copy = path(for: file)
        guard let copyStat = FileStat.of(copy) else { return nil }
        guard let fileStat = FileStat.of(file) else { return copy }
        return copyStat.modified > fileStat.modified ? copy : nil
    }

    /// The directory with its slash (empty for a bare name) and the file name.
    private static func split(_ file: String) -> (directory: String, name: String) {
        guard let slash = file.lastIndex(of: "/") else { return ("", file) }
        return (String(file[...slash]), String(file[file.index(after: slash)...]))
    }
}
