import Testing
@testable import TerminalCore

@Suite struct CellBufferTests {
    @Test func writeClipsAtTheEdge() {
        var buffer = CellBuffer(width: 5, height: 2)
        #expect(buffer.write("fleetplan", x: 1, y: 0) == 4)
        #expect(buffer.rows == [" flee", "     "])
        #expect(buffer.write("x", x: 0, y: 5) == 0)
        #expect(buffer.write("x", x: 9, y: 1) == 0)
    }

    @Test func wideCharactersTakeTwoCellsAndNeverSplit() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.write("a集群", x: 0, y: 0)
        #expect(buffer.rows == ["a集群"])
        #expect(buffer[2, 0].isContinuation)
        // Only one column left for the second wide character: it becomes a space.
        var narrow = CellBuffer(width: 4, height: 1)
        narrow.write("a集群", x: 0, y: 0)
        #expect(narrow.rows == ["a集 "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.write("集群", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.rows == [" x群"])
        buffer.write("y", x: 2, y: 0)
        #expect(buffer.rows == [" xy "])
    }

    @Test func zeroSizedBufferIgnoresEverything() {
        var buffer = CellBuffer(width: 0, height: 0)
        buffer.write("abc", x: 0, y: 0)
        buffer.fill(Rect(width: 3, height: 3), with: Cell("x"))
        #expect(buffer.rows == [])
        #expect(buffer.changes(from: nil) == [])
    }

    @Test func diffWithoutPreviousFrameIsEveryRow() {
        var buffer = CellBuffer(width: 3, height: 2)
        buffer.write("abc", x: 0, y: 1)
        let runs = buffer.changes(from: nil)
        #expect(runs.map(\.y) == [0, 1])
        #expect(runs.map { $0.cells.map(\.symbol).joined() } == ["   ", "abc"])
    }

    @Test func diffReportsOnlyChangedRuns() {
        var old = CellBuffer(width: 10, height: 2)
        old.write("hello world", x: 0, y: 0)
        var new = old
        new.write("J", x: 0, y: 0)
        new.write("W", x: 6, y: 0)
        new.write("zz", x: 3, y: 1)
        let runs = new.changes(from: old)
        #expect(runs == [
            CellRun(x: 0, y: 0, cells: [Cell("J")]),
            CellRun(x: 6, y: 0, cells: [Cell("W")]),
            CellRun(x: 3, y: 1, cells: [Cell("z"), Cell("z")]),
        ])
        #expect(new.changes(from: new) == [])
    }

    @Test func diffIncludesBothHalvesOfAWideCharacter() {
        let old = CellBuffer(width: 4, height: 1)
        var new = old
        new.write("集", x: 1, y: 0)
        let runs = new.changes(from: old)
        #expect(runs == [CellRun(x: 1, y: 0, cells: [Cell("集"), Cell("")])])
    }

    @Test func diffAfterResizeIsAFullFrame() {
        let old = CellBuffer(width: 4, height: 1)
        let new = CellBuffer(width: 5, height: 1)
        #expect(new.changes(from: old).count == 1)
        #expect(new.changes(from: old)[0].cells.count == 5)
    }

    @Test func styleChangesAreChanges() {
        let old = CellBuffer(width: 2, height: 1)
        var new = old
        new.setStyle(Rect(width: 1, height: 1), Style(attributes: .bold))
        #expect(new.changes(from: old) == [CellRun(x: 0, y: 0, cells: [Cell(" ", style: Style(attributes: .bold))])])
    }
}

@Suite struct CellLayoutTests {
    /// Rows are compared as bytes, which is only right if a cell has no padding.
    @Test func cellIsFiveWordsWithoutPadding() {
        #expect(MemoryLayout<Cell>.size == 20)
        #expect(MemoryLayout<Cell>.stride == 20)
    }

    @Test func styleRoundTripsThroughItsPackedForm() {
        let style = Style(foreground: .indexed(255), background: .terminalDefault, attributes: [.bold, .italic])
        #expect(Cell("x", style: style).style == style)
        #expect(Cell("x", style: Style(foreground: .indexed(0), background: .indexed(0))).style.foreground == .indexed(0))
        #expect(Cell("x", style: Style(foreground: .indexed(0))) != Cell("x", style: .plain))
    }
}
