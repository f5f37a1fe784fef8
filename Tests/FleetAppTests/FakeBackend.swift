import TerminalCore

/// An in-memory terminal: keeps the screen as a cell buffer built only from the runs the
/// runtime presents, so tests see exactly what reached the "terminal".
final class FakeBackend: TerminalBackend, TerminalSuspending {
    private(set) var screen: CellBuffer
    private(set) var cursor: (x: Int, y: Int)?
    private(set) var presentCount = 0
    private(set) var cellsWritten = 0
    private(set) var invalidations = 0
    var supportsUnicode = true
    var events: [InputEvent] = []

    init(width: Int = 100, height: Int = 30) {
        screen = CellBuffer(width: width, height: height)
    }

    var size: (width: Int, height: Int) { (screen.width, screen.height) }

    func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }

    func present(_ runs: [CellRun], cursor: (x: Int, y: Int)?) {
        presentCount += 1
        for run in runs {
            for (offset, cell) in run.cells.enumerated() {
                screen.set(x: run.x + offset, y: run.y, cell)
                cellsWritten += 1
            }
        }
        self.cursor = cursor
    }

    func invalidate() { invalidations += 1 }

    /// Times the terminal was handed to another program.
    private(set) var suspensions = 0

    func suspend(while body: () -> Void) {
        suspensions += 1
        body()
    }

    /// Simulates the terminal changing size: a blank screen of the new size and a resize event.
    func resize(width: Int, height: Int) -> InputEvent {
        screen = CellBuffer(width: width, height: height)
        return .resize(width: width, height: height)
    }

    var rows: [String] { screen.rows }
    var text: String { rows.joined(separator: "\n") }
}
