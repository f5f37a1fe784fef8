import Testing
@testable import TerminalCore

@Suite struct FormFieldTests {
    @Test func textValueWithMessage() {
        let field = FormField(label: "Name", value: .text("payments", editing: nil), labelWidth: 8, message: "ok")
        #expect(snapshot(field, width: 24, height: 1) == ["Name    payments  ok    "])
    }

    @Test func numberToggleAndChoice() {
        #expect(snapshot(FormField(label: "Zones", value: .number(3, range: 1...6, editing: nil), labelWidth: 7), width: 20, height: 1)
            == ["Zones  3  (1…6)     "])
        #expect(snapshot(FormField(label: "GPU", value: .toggle(true), labelWidth: 5), width: 10, height: 1) == ["GPU  [x]  "])
        #expect(snapshot(FormField(label: "GPU", value: .toggle(false), labelWidth: 5), width: 10, height: 1) == ["GPU  [ ]  "])
        let choice = FormField(label: "Team", value: .choice(["low", "medium"], selected: 1), labelWidth: 5)
        #expect(snapshot(choice, width: 16, height: 1) == ["Team ‹ medium › "])
        var ascii = choice
        ascii.unicode = false
        #expect(snapshot(ascii, width: 16, height: 1) == ["Team < medium > "])
    }

    @Test func editingShowsTheInputAndCursor() {
        let field = FormField(label: "Name", value: .text("pay", editing: TextInput("pay")), labelWidth: 6)
        var buffer = CellBuffer(width: 30, height: 1)
        field.render(in: buffer.area, into: &buffer)
        #expect(buffer.rows == ["Name  pay                     "])
        #expect(buffer[6, 0].style.attributes.contains(.underline))
        #expect(field.cursorPosition(in: buffer.area)! == (9, 0))
    }

    @Test func tinyAndWide() {
        let field = FormField(label: "集群", value: .text("拓扑", editing: nil), labelWidth: 6)
        #expect(snapshot(field, width: 10, height: 1) == ["集群  拓扑"])
        #expect(snapshot(field, width: 1, height: 1) == [" "])
        #expect(snapshot(field, width: 0, height: 0) == [])
    }
}

@Suite struct TextFieldTests {
    @Test func prefixAndCursor() {
        let field = TextField(input: TextInput("w out.yaml"), prefix: ":")
        #expect(snapshot(field, width: 14, height: 1) == [":w out.yaml   "])
        #expect(field.cursorPosition(in: Rect(width: 14, height: 1))! == (11, 0))
    }

    @Test func tinyAndWide() {
        #expect(snapshot(TextField(input: TextInput("abc"), prefix: "/"), width: 1, height: 1) == ["/"])
        #expect(snapshot(TextField(input: TextInput("abc")), width: 0, height: 0) == [])
        #expect(snapshot(TextField(input: TextInput("集群")), width: 6, height: 1) == ["集群  "])
    }
}

@Suite struct TextViewTests {
    let lines = (1...5).map { [Span("line \($0)")] }

    @Test func scrollingIsClamped() {
        #expect(snapshot(TextView(lines: lines, scroll: 1), width: 6, height: 2) == ["line 2", "line 3"])
        #expect(snapshot(TextView(lines: lines, scroll: 99), width: 6, height: 2) == ["line 4", "line 5"])
        #expect(snapshot(TextView(lines: lines, scroll: -3), width: 6, height: 1) == ["line 1"])
    }

    @Test func tinyAndWide() {
        #expect(snapshot(TextView(lines: lines), width: 1, height: 1) == ["l"])
        #expect(snapshot(TextView(lines: lines), width: 0, height: 0) == [])
        #expect(snapshot(TextView(lines: [[Span("集群"), Span("ok")]]), width: 5, height: 1) == ["集群o"])
    }
}

@Suite struct StatusBarTests {
    @Test func leftAndRight() {
        let bar = StatusBar(left: [Span("q quit")], right: [Span("[+]")])
        #expect(snapshot(bar, width: 14, height: 1) == ["q quit     [+]"])
    }

    @Test func theRightSideWinsWhenThereIsNoRoom() {
        // The right side names the file and its unsaved mark: the left is cut to make room.
        let bar = StatusBar(left: [Span("q quit  ? help")], right: [Span("[+]")])
        #expect(snapshot(bar, width: 14, height: 1) == ["q quit  ?  [+]"])
    }

    @Test func tinyAndWide() {
        #expect(snapshot(StatusBar(left: [Span("abc")]), width: 1, height: 1) == ["a"])
        #expect(snapshot(StatusBar(left: [Span("abc")]), width: 0, height: 0) == [])
        #expect(snapshot(StatusBar(left: [Span("集")], right: [Span("群")]), width: 6, height: 1) == ["集  群"])
    }
}

@Suite struct DialogTests {
    @Test func confirmIsCentred() {
        let dialog = Dialog(title: "Quit", message: ["Unsaved changes."], kind: .confirm(hint: "y quit · n stay"))
        #expect(snapshot(dialog, width: 34, height: 7) == [
            "                                  ",
            "  ┌ Quit ──────────────────────┐  ",
            "  │ Unsaved changes.           │  ",
            "  │                            │  ",
            "  │ y quit · n stay            │  ",
            "  └────────────────────────────┘  ",
            "                                  ",
        ])
    }

    @Test func promptShowsInputAndCursor() {
        let dialog = Dialog(title: "Save as", message: ["File:"], kind: .prompt(TextInput("a.yaml")))
        let area = Rect(width: 30, height: 5)
        let rows = snapshot(dialog, width: 30, height: 5)
        #expect(rows[0] == "┌ Save as ───────────────────┐")
        #expect(rows[1] == "│ File:                      │")
        #expect(rows[3] == "│a.yaml                      │")
        #expect(dialog.cursorPosition(in: area)! == (7, 3))
    }

    @Test func tinyAndWide() {
        let dialog = Dialog(title: "集群", message: ["拓扑"], kind: .confirm(hint: "y"))
        #expect(snapshot(dialog, width: 1, height: 1) == [" "])
        #expect(snapshot(dialog, width: 0, height: 0) == [])
        let rows = snapshot(dialog, width: 30, height: 5)
        #expect(rows[0] == "┌ 集群 ──────────────────────┐")
        #expect(rows[1] == "│ 拓扑                       │")
    }
}

@Suite struct HelpOverlayTests {
    let overlay = HelpOverlay(sections: [
        HelpSection(title: "Global", entries: [HelpEntry(keys: "q", help: "quit"), HelpEntry(keys: "C-s", help: "save")]),
        HelpSection(title: "Findings", entries: [HelpEntry(keys: "Enter", help: "jump", disabledReason: "no findings")]),
    ])

    @Test func linesListEveryEntryBySection() {
        let text = overlay.lines.map { $0.map(\.text).joined() }
        #expect(text == ["Global", "  q      quit", "  C-s    save", "", "Findings", "  Enter  jump (no findings)"])
    }

    @Test func normalSize() {
        let rows = snapshot(overlay, width: 40, height: 10)
        #expect(rows[1].hasPrefix(" ┌ Help"))
        #expect(rows[2] == " │ Global                             │ ")
        #expect(rows[3] == " │   q      quit                      │ ")
        #expect(rows[7] == " │   Enter  jump (no findings)        │ ")
    }

    @Test func tinyAndWide() {
        #expect(snapshot(overlay, width: 1, height: 1) == [" "])
        #expect(snapshot(overlay, width: 0, height: 0) == [])
        let wide = HelpOverlay(sections: [HelpSection(title: "集群", entries: [])])
        #expect(snapshot(wide, width: 12, height: 5)[2] == " │ 集群   │ ")
    }
}
