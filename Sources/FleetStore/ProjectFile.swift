import Foundation
import FleetModel

/// Project files on disk: the only place Fleetplan reads or writes them.
public enum ProjectFile {
    /// A project read from disk with where each field was, and its non-error findings.
    public struct Loaded: Sendable {
        public var project: Project
        public var sourceMap: SourceMap
        /// Warnings from reading (errors make `load` throw instead).
        public var findings: [LocatedFinding]
        /// The bytes as read, to tell later whether the file changed on disk.
        public var bytes: Data
    }

    /// Reads and checks a project file.
    ///
    /// - Throws: `StoreError.missing` when the file cannot be read (exit 66),
    ///   `StoreError.invalid` with every problem when it is not a valid project (exit 65).
    public static func load(_ path: String, reader: ProjectReader = ProjectReader()) throws(StoreError) -> Loaded {
        let (data, size) = try InputFile.read(path, limit: ProjectReader.maxBytes + 1)
        let result = reader.read(data, file: path, size: size)
        guard let project = result.project else { throw .invalid(file: path, findings: result.findings) }
        return Loaded(project: project, sourceMap: result.sourceMap, findings: result.findings, bytes: data)
    }

    /// The raw bytes of a file, up to the size limit plus one byte (enough to report it as
    /// too large); refuses anything but a regular file without blocking (see ``InputFile``).
    public static func read(_ path: String) throws(StoreError) -> Data {
        try InputFile.read(path, limit: ProjectReader.maxBytes + 1).data
    }

    /// Replaces the file at `path` with `text` atomically (permissions kept), under ``OutputRule``.
    public static func writeText(_ text: String, to path: String) throws(StoreError) {
        let written = try AtomicFile.write(Data(text.utf8), to: path, replacing: true, newMode: 0o666)
        StaleTemporaries.remove(for: written)
    }

    /// What a preserving save did.
    public enum SaveOutcome: Sendable, Equatable {
        /// Written: patched into the file's own layout, or canonical for a new or unreadable file
        /// (or when the caller allowed it).
        case written
        /// Nothing written: the file's layout cannot be kept, for this reason.
        case rewrite(String)
    }

    /// Saves `project` over the file at `path` keeping its layout (``PreservingWriter``): the
    /// file on disk is read as it is now and only what differs from it changes. A missing or
    /// unreadable file gets the canonical text; so does any file when `canonical` is true.
    /// Otherwise, when the layout cannot be kept, nothing is written.
    @discardableResult
    public static func savePreserving(_ project: Project, to path: String, canonical: Bool = false) throws(StoreError) -> SaveOutcome {
        if !canonical, FileStat.of(path) != nil, let data = try? read(path), let text = String(data: data, encoding: .utf8),
           let base = ProjectReader().read(data, file: path).project {
            switch PreservingWriter().text(for: project, original: text, base: base) {
            case .patched(let patched):
                let written = try AtomicFile.write(Data(patched.utf8), to: path, replacing: true, newMode: 0o666)
                StaleTemporaries.remove(for: written)
                return .written
            case .rewrite(let reason):
                return .rewrite(reason)
            }
        }
        try save(project, to: path)
        return .written
    }

    /// Saves `project` to `path` atomically (temporary file, fsync, rename; permissions kept),
    /// under ``OutputRule``: never over a device, a FIFO, a socket, a directory or a read-only
    /// file; over another existing file only when `replacing`.
    ///
    /// - Returns: the bytes written.
    @discardableResult
    public static func save(_ project: Project, to path: String, replacing: Bool = true, newMode: mode_t = 0o666,
                            writer: ProjectWriter = ProjectWriter(), header: String? = nil) throws(StoreError) -> Data {
        let data = Data(((header.map { $0 + "\n" } ?? "") + writer.text(for: project)).utf8)
        let written = try AtomicFile.write(data, to: path, replacing: replacing, newMode: newMode)
        StaleTemporaries.remove(for: written)
        return data
    }
}
