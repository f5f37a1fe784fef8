import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct GlobalBindingTests {
    @Test(arguments: ["?", "F1"]) func helpOpens(_ key: String) {
        var s = state()
        press(&s, key)
        #expect(s.mode == .help(scroll: 0))
    }

    @Test func colonOpensTheCommandLine() {
        var s = state()
        press(&s, ":")
        #expect(s.mode == .command(TextInput(), history: nil))
    }

    @Test func tabAndShiftTabCycleThePanes() {
        var s = state()
        for pane in PaneID.allCases.dropFirst() {
            press(&s, "Tab")
            #expect(s.focus == pane)
        }
        press(&s, "Tab")
        #expect(s.focus == .requirements)
        press(&s, "S-Tab")
        #expect(s.focus == .findings)
    }

    @Test func digitsFocusPanes() {
        var s = state()
        press(&s, "2")
        #expect(s.focus == .profiles)
        press(&s, findingsKey)
        #expect(s.focus == .findings)
        press(&s, "1")
        #expect(s.focus == .requirements)
    }

    @Test func ctrlSSavesToTheProjectFile() {
        var s = state()
        let effects = press(&s, "C-s")
        #expect(effects == [.save(s.project, path: "p.fleet.yaml")])
        #expect(s.pendingSave == s.project)
    }

    @Test func ctrlSOnAnUntitledProjectExplainsWhy() {
        var s = state(file: nil)
        let effects = press(&s, "C-s")
        #expect(effects.isEmpty)
        #expect(s.message == .error("C-s: untitled: use :w FILE"))
    }

    @Test(arguments: ["q", "C-c"]) func quitWithoutChangesQuits(_ key: String) {
        var s = state()
        let effects = press(&s, key)
        #expect(effects == [.quit])
        #expect(s.finished)
    }

    @Test(arguments: ["q", "C-c"]) func quitWithChangesAsks(_ key: String) {
        var s = state()
        press(&s, "j", "j", "j", "j", "j", "l")
        #expect(s.isModified)
        let effects = press(&s, key)
        #expect(effects.isEmpty)
        #expect(s.mode == .confirmQuit)
        #expect(!s.finished)
    }

    @Test func unboundKeysDoNothing() {
        var s = state()
        let before = s
        press(&s, "z")
        #expect(s == before)
    }
}

@Suite struct ConfirmQuitBindingTests {
    func dirty() -> AppState {
        var s = state()
        press(&s, "G", "l", "q")
        return s
    }

    @Test func sSavesThenQuits() {
        var s = dirty()
        #expect(s.mode == .confirmQuit)
        #expect(press(&s, "s") == [.save(s.project, path: "p.fleet.yaml")])
        #expect(s.mode == .normal && s.quitAfterSave && !s.finished)
        #expect(reduce(&s, .saveFinished(path: "p.fleet.yaml", error: nil)) == [.quit])
        #expect(s.finished)
        #expect(render(dirty()).buffer.rows.joined().contains("s save and quit   y quit without saving   n stay"))
    }

    @Test func yQuits() {
        var s = dirty()
        #expect(press(&s, "y") == [.quit])
        #expect(s.finished)
    }

    @Test(arguments: ["n", "Esc"]) func noStays(_ key: String) {
        var s = dirty()
        #expect(press(&s, key).isEmpty)
        #expect(s.mode == .normal)
        #expect(!s.finished)
        #expect(s.isModified)
    }

    @Test func otherKeysAreIgnoredWhileAsking() {
        var s = dirty()
        press(&s, "j", ":")
        #expect(s.mode == .confirmQuit)
    }
}

@Suite struct HelpBindingTests {
    @Test(arguments: ["Esc", "q", "?"]) func closes(_ key: String) {
        var s = state()
        press(&s, "?", key)
        #expect(s.mode == .normal)
        #expect(!s.finished)
    }

    @Test func scrollsByLinesPagesAndEnds() {
        var s = state()
        let overlay = HelpOverlay(sections: HelpView.sections(s))
        let rows = overlay.visibleRows(in: Rect(x: 0, y: 0, width: s.width, height: s.height - 3))
        let bottom = overlay.lines.count - rows
        press(&s, "?", "j", "Down", "PgDn")
        #expect(s.mode == .help(scroll: 2 + rows), "PgDn moves a page: the rows the overlay shows")
        press(&s, "k", "Up", "PgUp")
        #expect(s.mode == .help(scroll: 0))
        press(&s, "k")
        #expect(s.mode == .help(scroll: 0))
        press(&s, "G")
        #expect(s.mode == .help(scroll: bottom), "G: the last full page")
        press(&s, "j")
        #expect(s.mode == .help(scroll: bottom), "no scrolling past the end")
        press(&s, "g")
        #expect(s.mode == .help(scroll: 0))
        let screen = render(s).buffer.rows.joined(separator: "\n")
        #expect(screen.contains("Help: lines 1-\(rows) of \(overlay.lines.count)"))
        #expect(overlay.lines.contains { $0.map(\.text).joined().contains(":wq") }, "the : commands are in the overlay")
    }

    @Test func ctrlCStillQuits() {
        var s = state()
        press(&s, "?")
        #expect(press(&s, "C-c") == [.quit])
    }
}
