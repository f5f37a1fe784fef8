import FleetModel
import FleetStore
import Foundation

/// Where the runtime reads and writes project files; the disk in the program, a fake in tests.
public protocol ProjectStorage {
    /// Writes a project atomically.
    func save(_ project: Project, to path: String) throws(StoreError)
    /// Reads a project.
    func load(_ path: String) throws(StoreError) -> Project
    /// True when nothing exists at `path` (opening it starts a new project).
    func isMissing(_ path: String) -> Bool
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
