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

    /// The first words of the copy's last line, after which comes the SHA-256 of the rest.
    static let trailerPrefix = "# fleetplan recovery copy, sha256 "

    /// The copy's text: the project in its file format, then a comment line with the SHA-256
    /// of everything before it, so a copy cut short (a crash, a full disk) is recognised.
    public static func text(for project: Project) -> String {
        let body = ProjectWriter().text(for: project)
        return body + trailerPrefix + SHA256.hex(of: Array(body.utf8)) + "\n"
    }

    /// Why the bytes of a copy are not a complete copy; `nil` when they are.
    public static func problem(with data: Data) -> String? {
        let text = String(decoding: data, as: UTF8.self)
        guard text.hasSuffix("\n"), let start = text.dropLast().lastIndex(of: "\n").map({ text.index(after: $0) }) ?? text.indices.first,
              text[start...].hasPrefix(trailerPrefix) else {
            return "it has no completeness mark: it was cut short, or written by an older Fleetplan"
        }
        let digest = text[start...].dropFirst(trailerPrefix.count).dropLast()
        guard SHA256.hex(of: Array(text[..<start].utf8)) == digest else {
            return "its content does not match its checksum: it was cut short or changed"
        }
        return nil
    }

    /// The copy's permission bits: the project file's (so a 0600 project is not copied
    /// world-readable), with the owner's read and write so the copy can be rewritten; 0600
    /// when the file does not exist yet.
    public static func mode(for file: String) -> mode_t {
        var info = stat()
        guard stat(file, &info) == 0 else { return 0o600 }
        return (info.st_mode & 0o666) | 0o600
    }

    /// Writes the copy atomically, with the project file's mode and, where the process may, its owner.
    public static func write(_ project: Project, for file: String) throws(StoreError) {
        let copy = try AtomicFile.write(Data(text(for: project).utf8), to: path(for: file), mode: mode(for: file))
        var info = stat()
        if geteuid() == 0, stat(file, &info) == 0 { _ = chown(copy, info.st_uid, info.st_gid) }
    }

    /// The pending copy's project, or why it cannot be offered (incomplete, not a valid project).
    public static func read(_ copy: String) -> Result<Project, RecoveryCopyProblem> {
        let data: Data
        do {
            data = try InputFile.read(copy, limit: ProjectReader.maxBytes + 1).data
        } catch {
            return .failure(RecoveryCopyProblem(copy: copy, reason: error.description))
        }
        if let problem = problem(with: data) { return .failure(RecoveryCopyProblem(copy: copy, reason: problem)) }
        guard let project = ProjectReader().read(data, file: copy).project else {
            return .failure(RecoveryCopyProblem(copy: copy, reason: "it is not a valid project"))
        }
        return .success(project)
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
