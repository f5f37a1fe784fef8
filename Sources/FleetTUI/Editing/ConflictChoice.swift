/// The answer when the file changed on disk since it was opened or saved.
public enum ConflictChoice: Sendable, Equatable {
    /// Write over the other change.
    case overwrite
    /// Do not save.
    case cancel
    /// Drop this session's changes and read the file again.
    case reload
}
