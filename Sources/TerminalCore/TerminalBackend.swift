/// What the runtime needs from a terminal: its size, its input, and a way to show a frame.
///
/// `CursesBackend` implements it on ncurses; tests use an in-memory fake. The runtime only
/// ever sends the diff of two ``CellBuffer``s, so a backend never repaints on its own.
public protocol TerminalBackend: AnyObject {
    /// The terminal size in cells.
    var size: (width: Int, height: Int) { get }
    /// True when the terminal can show Unicode line drawing and wide characters.
    var supportsUnicode: Bool { get }
    /// The next input event, waiting at most `timeoutMilliseconds` (forever when negative;
    /// `nil` when none arrived).
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Shows the changed runs of cells, places the cursor (hidden when `nil`), then flushes once.
    func present(_ runs: [CellRun], cursor: (x: Int, y: Int)?)
    /// Forgets what the screen shows, so the next frame is drawn in full.
    func invalidate()
}
