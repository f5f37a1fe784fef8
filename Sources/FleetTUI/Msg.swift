import TerminalCore

/// Everything that can change the workbench state: key bindings produce these, and the
/// runtime reports effect results and terminal changes as these.
///
/// Actions are imperative (`moveSelection`); reports from outside are past tense
/// (`saveFinished`).
public enum Msg: Sendable, Equatable {
    // Moving around.
    case moveSelection(Int)
    case moveToFirst
    case moveToLast
    case focusNextPane
    case focusPreviousPane
    case focusPane(PaneID)

    // Overlays and input lines.
    case showHelp
    case closeHelp
    case scrollHelp(Int)
    case openCommandLine
    case openFilter
    /// A key typed into the active input (field, command line or filter).
    case typeKey(KeyEvent)
    /// Enter in an input: commit the field, run the command, apply the filter.
    case submitInput
    /// Esc in an input: leave it without committing.
    case cancelInput
    case completeCommand
    case recallOlderCommand
    case recallNewerCommand
    case clearFilter

    // Editing.
    /// Enter on a field: start typing (text, number), flip (toggle) or step (choice).
    case activateField
    /// Step a number, choice or toggle.
    case adjustField(Int)
    /// Commit the field being edited and move to the next one.
    case submitAndAdvance
    case jumpToFinding
    /// Go back one edit (any pane).
    case undo
    /// Go forward one undone edit.
    case redo
    /// A disabled binding was pressed: say why.
    case explainDisabled(String, String)

    /// A Profiles pane action.
    case profiles(ProfilesMsg)

    // Files and quitting.
    case save
    /// Run a command line as if typed after `:` (without the colon).
    case runCommand(String)
    case requestQuit
    case confirmQuit(Bool)

    /// A Topology pane action.
    case topology(TopologyMsg)

    // Reports from the runtime.
    case resized(width: Int, height: Int)
    /// The runtime's clock, about once a second: `seconds` since the program started.
    case tick(seconds: Double)
    /// Derived data queued by ``DerivedCache`` was computed off the key loop.
    case derivedDataUpdated
    /// A save ended; `stamp` is the file as written (for the next changed-on-disk check).
    case saveFinished(path: String, error: String?, stamp: FileStamp? = nil)
    /// A file was read (or found missing: a new project with `error` as a notice).
    case loadFinished(path: String, project: ProjectBox?, error: String?, stamp: FileStamp? = nil)
    /// The file changed on disk since it was opened or saved; nothing was written.
    case saveConflicted(path: String)
    /// The save could not keep the file's layout (`reason`) and nothing was written.
    case saveNeedsRewrite(path: String, reason: String)
    /// The answer to the rewrite question: write the canonical layout, or not.
    case resolveRewrite(Bool)
    /// The recovery copy of `path` was written (or could not be).
    case recoveryWritten(path: String, error: String?)
    /// The recovery copy of `path` was renamed to `keptAs` (or could not be).
    case recoveryKept(path: String, keptAs: String?, error: String?)
    /// The bundle was built in memory: its files and what writing would do to the directory.
    case exportPrepared(ExportPreview)
    /// The bundle was written (`files` files), or building or writing it failed.
    case exportFinished(directory: String, files: Int, error: String?)

    // Editing comfort: dialogs.
    /// The answer to the start-up recovery offer.
    case resolveRecovery(RecoveryChoice)
    /// The answer to the changed-on-disk question.
    case resolveConflict(ConflictChoice)
    /// `X`: the command line with `:export DIR` filled in.
    case openExport
    /// Write the previewed bundle; `force` replaces a directory that is not a bundle.
    case confirmExport(force: Bool)
    /// Scroll the export dialog's file list.
    case scrollDialog(Int)
    /// Esc in a dialog (export preview, error).
    case closeDialog

    // Panes.
    case matrix(MatrixMsg)
}
