import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// A save that cannot keep the file's layout asks before rewriting it canonically.
@Suite struct RewriteBindingTests {
    func asked() -> AppState {
        var s = state()
        s.selectedField = .gpu
        press(&s, "Space")
        #expect(press(&s, "C-s") == [.save(s.project, path: "p.fleet.yaml")])
        _ = reduce(&s, .saveNeedsRewrite(path: "p.fleet.yaml", reason: "the file uses YAML anchors or aliases"))
        return s
    }

    @Test func theQuestionNamesTheReasonAndWhatIsLost() {
        let s = asked()
        #expect(s.mode == .confirmRewrite(path: "p.fleet.yaml", reason: "the file uses YAML anchors or aliases"))
        #expect(s.isModified, "nothing was written")
        let screen = render(s).buffer.rows.joined(separator: "\n")
        #expect(screen.contains("the file uses YAML anchors or aliases."))
        #expect(screen.contains("loses its comments"))
        #expect(screen.contains("y rewrite   n cancel"))
    }

    @Test func yesRewritesCanonically() {
        var s = asked()
        #expect(press(&s, "y") == [.save(s.project, path: "p.fleet.yaml", canonical: true)])
        #expect(s.mode == .normal && s.pendingSave == s.project)
    }

    @Test func noKeepsTheFileAndTheChanges() {
        var s = asked()
        #expect(press(&s, "n") == [])
        #expect(s.mode == .normal && s.isModified)
        #expect(s.message?.text.hasPrefix("not saved: p.fleet.yaml keeps its layout") == true)
        var escaped = asked()
        #expect(press(&escaped, "Esc") == [])
        #expect(escaped.mode == .normal)
    }
}
