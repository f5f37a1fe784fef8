import TerminalCore

/// What the Matrix pane's keys and prompt ask for; carried by `Msg.matrix`.
public enum MatrixMsg: Sendable, Equatable {
    /// Move the cursor by criteria (grid) or scroll by lines (side by side, roadmap).
    case moveRow(Int)
    /// Move the cursor between the weight column and the platform columns.
    case moveColumn(Int)
    case moveToFirst
    case moveToLast
    /// Raise or lower the selected criterion's weight by one (0–10).
    case adjustWeight(Int)
    /// Ask for the selected criterion's weight as a number.
    case promptWeight
    /// Enter on the grid: the weight prompt on the weight column, the override prompt on a score.
    case activateCell
    /// Ask for a score 1–5 and a note that replace the selected catalog score.
    case promptOverride
    /// Remove what the project sets at the cursor: the override, or the weight (back to derived).
    case clearCell
    case toggleContributions
    /// Pick (or unpick) the selected platform for side by side.
    case pickPlatform
    case showSideBySide
    case showRoadmap
    case showGrid
    /// A key typed into the open prompt.
    case typeKey(KeyEvent)
    case submitPrompt
    case cancelPrompt
}
