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

    /// Saves `project` to `path` atomically (temporary file, fsync, rename; permissions kept),
    /// under ``OutputRule``: never over a device, a FIFO, a socket, a directory or a read-only
    /// file; over another existing file only when `replacing`.
    ///
    /// - Returns: the bytes written.
    @discardableResult
    public static func save(_ project: Project, to path: String, replacing: Bool = true, newMode: mode_t = 0o666,
                            writer: ProjectWriter = ProjectWriter()) throws(StoreError) -> Data {
        let data = Data(writer.text(for: project).utf8)
        let written = try AtomicFile.write(data, to: path, replacing: replacing, newMode: newMode)
        StaleTemporaries.remove(for: written)
        return data
    }
}
