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
    /// A disabled binding was pressed: say why.
    case explainDisabled(String, String)

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
    case saveFinished(path: String, error: String?)
    case loadFinished(path: String, project: ProjectBox?, error: String?)
}
