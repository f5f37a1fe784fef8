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

@Suite struct FindingCountTests {
    @Test func anInfoFindingIsCountedNotCalledNoFindings() {
        // The multi-region template has info findings only (kube contexts, GitOps placeholders).
        let s = topologyState()
        #expect(!s.findings.isEmpty && s.findings.allSatisfy { $0.severity == .info })
        var requirements = s
        press(&requirements, String(PaneID.requirements.digit))
        let screen = render(requirements).buffer.rows.joined(separator: "\n")
        #expect(!screen.contains("No findings."))
        #expect(screen.contains("0 error(s), 0 warning(s), \(s.findings.count) info: press 5 for Findings"))
    }
}
