import Testing
@testable import TerminalCore

/// Renders a widget into a fresh buffer of the given size and returns the rows.
func snapshot(_ widget: some Widget, width: Int, height: Int) -> [String] {
    var buffer = CellBuffer(width: width, height: height)
    widget.render(in: buffer.area, into: &buffer)
    return buffer.rows
}

@Suite struct BlockTests {
    @Test func normalSize() {
        #expect(snapshot(Block(title: "Reqs"), width: 10, height: 3) == [
            "┌ Reqs ──┐",
            "│        │",
            "└────────┘",
        ])
    }

    @Test func asciiBorders() {
        #expect(snapshot(Block(title: "R", borders: .ascii), width: 6, height: 2) == ["+ R -+", "+----+"])
    }

    @Test func tinySizesDrawNothing() {
        #expect(snapshot(Block(title: "x"), width: 1, height: 1) == [" "])
        #expect(snapshot(Block(title: "x"), width: 0, height: 0) == [])
    }

    @Test func wideTitleIsClipped() {
        #expect(snapshot(Block(title: "集群拓扑"), width: 8, height: 2) == [
            "┌ 集群 ┐",
            "└──────┘",
        ])
    }

    @Test func innerArea() {
        #expect(Block().inner(Rect(x: 1, y: 1, width: 5, height: 4)) == Rect(x: 2, y: 2, width: 3, height: 2))
    }
}

@Suite struct TabsTests {
    @Test func normalSize() {
        let tabs = Tabs(titles: ["1 Requirements", "2 Findings"], selected: 1)
        #expect(snapshot(tabs, width: 32, height: 1) == [" 1 Requirements │ 2 Findings    "])
        var buffer = CellBuffer(width: 32, height: 1)
        tabs.render(in: buffer.area, into: &buffer)
        #expect(buffer[18, 0].style.attributes.contains(.reverse))
        #expect(!buffer[1, 0].style.attributes.contains(.reverse))
    }

    @Test func tinyAndWide() {
        #expect(snapshot(Tabs(titles: ["ab"], selected: 0), width: 1, height: 1) == [" "])
        #expect(snapshot(Tabs(titles: ["ab"], selected: 0), width: 0, height: 0) == [])
        #expect(snapshot(Tabs(titles: ["集群", "b"], selected: 0), width: 9, height: 1) == [" 集群 │ b"])
    }
}

@Suite struct ListViewTests {
    let items = ["alpha", "beta", "gamma", "delta", "epsilon"]

    @Test func normalSizeHighlightsTheSelection() {
        var buffer = CellBuffer(width: 8, height: 3)
        ListView(lines: items, selected: 1).render(in: buffer.area, into: &buffer)
        #expect(buffer.rows == ["alpha   ", "beta    ", "gamma   "])
        #expect(buffer[7, 1].style.attributes.contains(.reverse))
        #expect(!buffer[0, 0].style.attributes.contains(.reverse))
    }

    @Test func scrollsToKeepTheSelectionVisible() {
        #expect(snapshot(ListView(lines: items, selected: 4), width: 8, height: 3) == ["gamma   ", "delta   ", "epsilon "])
        #expect(ListView.offset(selected: 3, count: 5, height: 3) == 1)
        #expect(ListView.offset(selected: 0, count: 5, height: 3) == 0)
        #expect(ListView.offset(selected: 2, count: 5, height: 0) == 0)
    }

    @Test func placeholderWhenEmpty() {
        #expect(snapshot(ListView(lines: [], selected: nil, placeholder: "no findings"), width: 12, height: 2) == ["no findings ", "            "])
    }

    @Test func tinyAndWide() {
        #expect(snapshot(ListView(lines: items, selected: 0), width: 1, height: 1) == ["a"])
        #expect(snapshot(ListView(lines: items, selected: 0), width: 0, height: 0) == [])
        #expect(snapshot(ListView(lines: ["集群拓扑"], selected: 0), width: 5, height: 1) == ["集群 "])
    }
}

@Suite struct TableTests {
    let table = Table(
        columns: [TableColumn("Code", width: .length(5)), TableColumn("Message", width: .fill(1))],
        rows: [["FP101", "too many pods per node"], ["FP201", "weights sum to zero"], ["FP301", "mesh without gateway"]],
        selected: 2
    )

    @Test func normalSize() {
        #expect(snapshot(table, width: 20, height: 4) == [
            "Code  Message       ",
            "FP101 too many pods…",
            "FP201 weights sum t…",
            "FP301 mesh without …",
        ])
    }

    @Test func scrollsToTheSelectedRow() {
        #expect(snapshot(table, width: 20, height: 3) == [
            "Code  Message       ",
            "FP201 weights sum t…",
            "FP301 mesh without …",
        ])
    }

    @Test func tinyAndWide() {
        #expect(snapshot(table, width: 1, height: 1) == ["…"])
        #expect(snapshot(table, width: 0, height: 0) == [])
        let wide = Table(columns: [TableColumn("名", width: .length(4)), TableColumn("x", width: .fill(1))],
                         rows: [["集群拓扑", "ok"]], selected: nil)
        #expect(snapshot(wide, width: 8, height: 2) == ["名   x  ", "集…  ok "])
    }
}
