import TerminalCore

/// What the Matrix pane's keys and prompt ask for; carried by `Msg.matrix`.
public enum MatrixMsg: Sendable, Equatable {
    /// Move the cursor by criteria (grid) or scroll by lines (side by side, roadmap).
    case moveRow(Int)
    /// Move the cursor between the weight column and the platform columns.
    case moveColumn(Int)
    /// The first criterion (grid) or the top of the page.
    case moveToFirst
    /// The last criterion (grid) or the end of the page.
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
    /// Show or hide each cell's weighted contribution.
    case toggleContributions
    /// Pick (or unpick) the selected platform for side by side.
    case pickPlatform
    /// The side-by-side page of the two picked platforms.
    case showSideBySide
    /// The migration roadmap to the current winner.
    case showRoadmap
    /// Back to the grid from another page.
    case showGrid
    /// A key typed into the open prompt.
    case typeKey(KeyEvent)
    /// Enter in the prompt: check the value, then ask the next question or apply it.
    case submitPrompt
    /// Esc in the prompt: close it and change nothing.
    case cancelPrompt
}
