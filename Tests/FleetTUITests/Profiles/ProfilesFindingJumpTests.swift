import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// Enter in the Findings pane on a finding about a profile.
@Suite struct ProfilesFindingJumpTests {
    @Test func enterOnAProfileFindingOpensItsField() {
        var s = profilesState()
        s.focus = .requirements
        var project = s.project
        project.profiles[1].node.vcpu = 0
        s.updateProject(project)
        press(&s, findingsKey)
        let index = s.visibleFindings.firstIndex { $0.path == "spec.profiles[1].node.vcpu" }
        #expect(index != nil)
        s.selectedFinding = index ?? 0
        press(&s, "Enter")
        #expect(s.focus == .profiles)
        #expect(s.profiles.selected == 1)
        #expect(s.profiles.region == .form)
        #expect(s.profiles.field == .vcpu)
        #expect(render(s).buffer.rows.joined().contains("FP012 0 is out of range 1…1024"))
    }
}
