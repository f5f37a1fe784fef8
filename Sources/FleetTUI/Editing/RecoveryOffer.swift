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
