import FleetModel
import FleetStore
import FleetTUI
import Foundation

/// Where the runtime reads and writes project files; the disk in the program, a fake in tests.
public protocol ProjectStorage: Sendable {
    /// Writes a project atomically, keeping the file's own layout; when it cannot (and
    /// `canonical` is false) writes nothing and returns ``ProjectFile/SaveOutcome/rewrite(_:)``.
    @discardableResult
    func save(_ project: Project, to path: String, canonical: Bool) throws(StoreError) -> ProjectFile.SaveOutcome
    /// Reads a project.
    func load(_ path: String) throws(StoreError) -> Project
    /// True when nothing exists at `path` (opening it starts a new project).
    func isMissing(_ path: String) -> Bool
}

extension ProjectStorage {
    /// The file's size, modification time, inode and content digest, or `nil` when it does not exist.
    public func stamp(_ path: String) -> FileStamp? {
        guard let stat = FileStat.of(path) else { return nil }
        let bytes = (try? InputFile.read(path, limit: ProjectReader.maxBytes + 1).data) ?? Data()
        return FileStamp(size: stat.size, modified: stat.modified, inode: stat.inode, digest: SHA256.hex(of: [UInt8](bytes)))
    }
}

/// Project files on disk, through `FleetStore.ProjectFile` (atomic, byte-stable saves).
public struct DiskStorage: ProjectStorage {
    public init() {}

    @discardableResult
    public func save(_ project: Project, to path: String, canonical: Bool) throws(StoreError) -> ProjectFile.SaveOutcome {
        try ProjectFile.savePreserving(project, to: path, canonical: canonical)
    }

    public func load(_ path: String) throws(StoreError) -> Project {
        try ProjectFile.load(path).project
    }

    public func isMissing(_ path: String) -> Bool {
        !FileManager.default.fileExists(atPath: path)
    }
}
