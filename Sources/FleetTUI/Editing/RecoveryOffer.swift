/// A recovery copy found at start-up, newer than the project file (or with no file at all).
public struct RecoveryOffer: Sendable, Equatable {
    /// The project file the copy belongs to.
    public var path: String
    /// Where the copy is.
    public var recoveryPath: String
    /// The project in the copy.
    public var project: ProjectBox
    /// True when the project file itself does not exist.
    public var fileMissing: Bool

    public init(path: String, recoveryPath: String, project: ProjectBox, fileMissing: Bool) {
        self.path = path
        self.recoveryPath = recoveryPath
        self.project = project
        self.fileMissing = fileMissing
    }
}

/// The answer to the recovery offer.
public enum RecoveryChoice: Sendable, Equatable {
    /// Load the copy into the editor as an unsaved change of the file (undo goes back to the file).
    case restore
    /// Delete the copy and edit the file as saved.
    case discard
    /// Edit the file as saved and keep the copy beside it under a visible name.
    case keepBoth
}

/// The answer when the file changed on disk since it was opened or saved.
public enum ConflictChoice: Sendable, Equatable {
    /// Write over the other change.
    case overwrite
    /// Do not save.
    case cancel
    /// Drop this session's changes and read the file again.
    case reload
}
