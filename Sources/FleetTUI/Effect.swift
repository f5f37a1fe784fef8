import FleetModel

/// Work the runtime does on the reducer's behalf; results come back as ``Msg``s.
public enum Effect: Sendable, Equatable {
    /// Write the project to a file atomically; reply with `saveFinished`.
    case save(Project, path: String)
    /// Read a project file; reply with `loadFinished` (a missing file is a new project).
    case load(path: String)
    /// Leave the program.
    case quit
}

/// A project carried in a message (boxed so `Msg` stays small and cheap to copy).
public final class ProjectBox: Sendable, Equatable {
    public let project: Project
    public init(_ project: Project) { self.project = project }
    public static func == (lhs: ProjectBox, rhs: ProjectBox) -> Bool { lhs.project == rhs.project }
}
