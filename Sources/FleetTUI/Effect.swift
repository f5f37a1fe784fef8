import FleetModel

/// Work the runtime does on the reducer's behalf; results come back as ``Msg``s.
public enum Effect: Sendable, Equatable {
    /// Write the project to a file atomically; reply with `saveFinished`, or with
    /// `saveConflicted` when `expecting` is given and the file on disk no longer matches it.
    /// The file's own layout is kept (only what changed changes); when it cannot be, the reply is
    /// `saveNeedsRewrite`, unless `canonical` allows the canonical rewrite.
    case save(Project, path: String, expecting: FileStamp? = nil, canonical: Bool = false)
    /// Read a project file; reply with `loadFinished` (a missing file is a new project).
    case load(path: String)
    /// Hand the terminal to the user's editor on `path` (at the line of `field`, when the file
    /// has it), then read the file again (`load`). Run by the runtime in place.
    case openEditor(path: String, field: FieldPath?)
    /// Write the recovery copy of the project file at `path` (beside it); reply with `recoveryWritten`.
    case writeRecovery(Project, path: String)
    /// Delete the recovery copy of the project file at `path`, if any. No reply.
    case removeRecovery(path: String)
    /// Rename the recovery copy of `path` to a visible name beside it; reply with `recoveryKept`.
    case keepRecovery(path: String)
    /// Build the design bundle in memory and list it; reply with `exportPrepared` or `exportFinished` (error).
    /// `projectFile`, the open file, is the input no export may replace.
    case prepareExport(Project, directory: String, projectFile: String?)
    /// Build and write the design bundle; reply with `exportFinished`.
    case writeExport(Project, directory: String, force: Bool, projectFile: String?)
    /// Leave the program.
    case quit
}

/// A project carried in a message (boxed so `Msg` stays small and cheap to copy).
public final class ProjectBox: Sendable, Equatable {
    public let project: Project
    public init(_ project: Project) { self.project = project }
    public static func == (lhs: ProjectBox, rhs: ProjectBox) -> Bool { lhs.project == rhs.project }
}
