import TerminalCore

/// What the keyboard is doing right now: moving around, or typing into something.
public enum Mode: Sendable, Equatable {
    /// Keys go to the focused pane's bindings, then the global ones.
    case normal
    /// Typing into the selected Requirements field.
    case editing(TextInput)
    /// Typing a `:` command; `history` is the position while browsing with Up/Down.
    case command(TextInput, history: Int?)
    /// Typing a `/` filter for the Findings list.
    case filter(TextInput)
    /// The help overlay is open, scrolled down `scroll` lines.
    case help(scroll: Int)
    /// Asking whether to quit without saving.
    case confirmQuit
    /// A recovery copy newer than the file was found at start-up: restore, discard or keep both.
    case offerRecovery(RecoveryOffer)
    /// The file changed on disk since it was opened or saved: overwrite, cancel or reload.
    case confirmOverwrite(path: String)
    /// Saving would have to rewrite the file in the canonical layout (`reason`): rewrite or cancel.
    case confirmRewrite(path: String, reason: String)
    /// The export dialog: findings and the bundle's files, scrolled down `scroll` lines.
    case exportPreview(ExportPreview, scroll: Int)
    /// An error to read before going on (a failed export).
    case alert(title: String, lines: [String])
}
