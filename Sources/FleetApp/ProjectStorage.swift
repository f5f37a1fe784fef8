import FleetModel
import FleetStore
import FleetTUI
import Foundation

/// Where the runtime reads and writes project files; the disk in the program, a fake in tests.
public protocol ProjectStorage: Sendable {
    /// Writes a project atomically.
    func save(_ project: Project, to path: String) throws(StoreError)
    /// Reads a project.
    func load(_ path: String) throws(StoreError) -> Project
    /// True when nothing exists at `path` (opening it starts a new project).
    func isMissing(_ path: String) -> Bool
}

extension ProjectStorage {
    /// The file's size, modification time and inode, or `nil` when it does not exist.
    public func stamp(_ path: String) -> FileStamp? {
        FileStat.of(path).map { FileStamp(size: $0.size, modified: $0.modified, inode: $0.inode) }
    }
}

/// Project files on disk, through `FleetStore.ProjectFile` (atomic, byte-stable saves).
public struct DiskStorage: ProjectStorage {
    public init() {}

    public func save(_ project: Project, to path: String) throws(StoreError) {
        try ProjectFile.save(project, to: path)
    }

    public func load(_ path: String) throws(StoreError) -> Project {
        try ProjectFile.load(path).project
    }

    public func isMissing(_ path: String) -> Bool {
        !FileManager.default.fileExists(atPath: path)
    }
}
