import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct ScreenSnapshotTests {
    @Test func requirementsPaneAtNormalSize() {
        var s = state(brokenProject())
        s.width = 80
        s.height = 24
        let rows = render(s).buffer.rows
        #expect(rows[0] == " 1 Requirements │ 2 Profiles │ 3 Matrix │ 4 Topology │ 5 Findings (2)           ")
        #expect(rows[1] == "┌ Requirements: payments ──────────────────────────────────────────────────────┐")
        #expect(rows[2] == "│ Name                payments                                                 │")
        #expect(rows[5] == "│ Environments        dev, Bad_Env  FP010 \"Bad_Env\" is not a valid name: must… │")
        #expect(rows[7] == "│ Zones per region    9  (1…6)  FP012 9 is out of range 1…6                    │")
        #expect(rows[20] == "│ 2 error(s), 0 warning(s), 0 info: press 5 for Findings                       │")
        #expect(rows[22].hasPrefix(" j move  Enter edit  ? help  : command  C-s save  q quit"))
        #expect(rows[22].hasSuffix("p.fleet.yaml "))
        #expect(rows[23] == String(repeating: " ", count: 80))
    }

    @Test func selectedFieldIsHighlightedAndModifiedMarkShown() {
        var s = state()
        press(&s, "j", "j", "j", "j", "j", "l")
        let frame = render(s)
        #expect(frame.buffer.rows[7].hasPrefix("│ Zones per region    4  (1…6)"))
        #expect(frame.buffer[22, 7].style.attributes.contains(.reverse))
        #expect(!frame.buffer[22, 6].style.attributes.contains(.reverse))
        #expect(frame.buffer.rows[s.height - 2].hasSuffix("p.fleet.yaml* "))
        #expect(frame.cursor == nil)
    }

    @Test func editingPlacesTheCursor() {
        var s = state()
        press(&s, "Enter")
        let frame = render(s)
        #expect(frame.cursorX == 22 + 8)
        #expect(frame.cursorY == 2)
    }

    @Test func findingsPane() {
        var s = state(brokenProject())
        s.width = 80
        s.height = 20
        press(&s, findingsKey, "j")
        let rows = render(s).buffer.rows
        #expect(rows[1] == "┌ Findings: 2 ─────────────────────────────────────────────────────────────────┐")
        #expect(rows[2] == "│ Severity Code   Field                      Message                           │")
        #expect(rows[3] == "│ error    FP010  spec.requirements.environ… \"Bad_Env\" is not a valid name: m… │")
        #expect(rows[4].hasPrefix("│ error    FP012  spec.requirements.zonesP"))
        // The selected finding in full below the table, its hint after it (the table cuts messages).
        #expect(rows[16] == "│ FP012 spec.requirements.zonesPerRegion: 9 is out of range 1…6                │")
        #expect(rows[17].hasPrefix("└───"))
    }

    @Test func theSelectedFindingsWholeMessageIsShownWrapped() {
        var s = state(brokenProject())
        s.width = 60
        s.height = 16
        press(&s, findingsKey)
        let rows = render(s).buffer.rows.joined(separator: "\n")
        #expect(rows.contains("│ FP010 spec.requirements.environments[1]: \"Bad_Env\" is    │"), "\(rows)")
        #expect(rows.contains("│ not a valid name: must contain only lowercase letters,   │"), "the message wraps, nothing is cut")
        #expect(rows.contains("│ hint: use a DNS-1123 label such as \"bad-env\"             │"), "the hint follows the message")
    }

    @Test func emptyFindingsPaneSaysTheProjectIsClean() {
        var s = state()
        press(&s, findingsKey)
        #expect(render(s).buffer.rows[2] == "│ No findings: the project is clean." + String(repeating: " ", count: 63) + "│")
    }

    @Test func commandLineAndMessageLine() {
        var s = state()
        press(&s, ":")
        type(&s, "w x")
        let frame = render(s)
        #expect(frame.buffer.rows[29].hasPrefix(":w x "))
        #expect(frame.cursorX == 4)
        #expect(frame.cursorY == 29)
        press(&s, "Esc")
        s.message = .error("could not save")
        #expect(render(s).buffer.rows[29].hasPrefix("could not save"))
    }

    @Test func helpOverlayListsTheFocusedPaneFirst() {
        var s = state()
        press(&s, "?")
        let text = render(s).buffer.rows.joined(separator: "\n")
        #expect(text.contains("Help: lines 1-"))
        #expect(text.contains("Requirements"))
        #expect(text.contains("j/Down"))
        let requirements = text.range(of: "Requirements\n")?.lowerBound ?? text.startIndex
        let global = text.range(of: "│ Global")?.lowerBound ?? text.startIndex
        #expect(requirements < global)
        #expect(render(s).cursor == nil)
    }

    @Test func helpShowsWhyABindingIsDisabled() {
        let sections = HelpView.sections(state(file: nil))
        let save = sections.flatMap(\.entries).first { $0.keys == "C-s" }
        #expect(save?.disabledReason == "untitled: use :w FILE")
    }

    @Test func quitDialog() {
        var s = state()
        press(&s, "G", "l", "q")
        let text = render(s).buffer.rows.joined(separator: "\n")
        #expect(text.contains("The project has unsaved changes."))
        #expect(text.contains("y quit without saving   n stay"))
    }

    @Test func tooSmallShowsANoticeAndComesBack() {
        var s = state()
        _ = reduce(&s, .resized(width: 40, height: 10))
        let rows = render(s).buffer.rows
        #expect(rows[3] == "           Terminal too small           ")
        #expect(rows[4] == "           40×10, need 60×16            ")
        _ = reduce(&s, .resized(width: 60, height: 16))
        #expect(render(s).buffer.rows[0].hasPrefix(" 1 Requirements"))
    }

    @Test func tinyAndEmptyTerminals() {
        var s = state()
        _ = reduce(&s, .resized(width: 1, height: 1))
        #expect(render(s).buffer.rows == ["…"])
        _ = reduce(&s, .resized(width: 0, height: 0))
        #expect(render(s).buffer.rows == [])
    }

    @Test func asciiBordersWhenTheTerminalIsNotUTF8() {
        let rows = render(state(), unicode: false).buffer.rows
        #expect(rows[0].hasPrefix(" 1 Requirements | 2 Profiles | 3 Matrix | 4 Topology | 5 Findings (0)"))
        #expect(rows[1].hasPrefix("+ Requirements: payments ---"))
        #expect(rows[2].hasPrefix("| Name"))
    }

    @Test func wideCharactersKeepTheBorderAligned() {
        var project = cleanProject()
        project.metadata.description = "集群拓扑 ✓ 多集群"
        var s = state(project)
        s.width = 60
        s.height = 16
        let rows = render(s).buffer.rows
        #expect(rows[3] == "│ Description         集群拓扑 ✓ 多集群                    │")
        #expect(TextWidth.of(rows[3]) == 60)
    }
}
