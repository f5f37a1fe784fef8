import Testing
@testable import TerminalCore

@Suite struct LayoutTests {
    let area = Rect(x: 2, y: 1, width: 100, height: 10)

    @Test func lengthsAndFillTileTheArea() {
        let parts = Layout.split(area, .horizontal, [.length(10), .fill(1), .length(20)])
        #expect(parts.map(\.width) == [10, 70, 20])
        #expect(parts.map(\.x) == [2, 12, 82])
        #expect(parts.allSatisfy { $0.y == 1 && $0.height == 10 })
    }

    @Test func percentageAndWeightedFill() {
        let parts = Layout.split(area, .horizontal, [.percentage(25), .fill(1), .fill(2)])
        #expect(parts.map(\.width) == [25, 25, 50])
    }

    @Test func minTakesItsMinimumPlusAShare() {
        let parts = Layout.split(area, .horizontal, [.min(30), .fill(1)])
        #expect(parts.map(\.width) == [65, 35])
    }

    @Test func fixedPartsShrinkFromTheEndWhenTooBig() {
        let parts = Layout.split(Rect(width: 15, height: 1), .horizontal, [.length(10), .length(10), .fill(1)])
        #expect(parts.map(\.width) == [10, 5, 0])
    }

    @Test func verticalSplitAndEmptyArea() {
        let rows = Layout.split(area, .vertical, [.length(1), .fill(1), .length(1)])
        #expect(rows.map(\.height) == [1, 8, 1])
        #expect(rows.map(\.y) == [1, 2, 10])
        let empty = Layout.split(Rect(width: 0, height: 0), .vertical, [.length(1), .fill(1)])
        #expect(empty.map(\.height) == [0, 0])
    }

    @Test func rectOperationsClamp() {
        #expect(Rect(width: 1, height: 1).inset().isEmpty)
        #expect(Rect(width: 10, height: 4).centered(width: 4, height: 2) == Rect(x: 3, y: 1, width: 4, height: 2))
        #expect(Rect(width: 3, height: 3).centered(width: 10, height: 10) == Rect(width: 3, height: 3))
        #expect(Rect(x: 0, y: 0, width: 5, height: 5).intersection(Rect(x: 3, y: 3, width: 5, height: 5)) == Rect(x: 3, y: 3, width: 2, height: 2))
        #expect(Rect(width: 5, height: 5).intersection(Rect(x: 9, y: 9, width: 1, height: 1)).isEmpty)
    }
}
