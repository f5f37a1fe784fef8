/// The answer to the recovery offer.
public enum RecoveryChoice: Sendable, Equatable {
    /// Load the copy into the editor as an unsaved change of the file (undo goes back to the file).
    case restore
    /// Delete the copy and edit the file as saved.
    case discard
    /// Edit the file as saved and keep the copy beside it under a visible name.
    case keepBoth
}
