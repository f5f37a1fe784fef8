import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// One test (at least) per binding of the Profiles tables, through the real keymap.
@Suite struct ProfilesBindingTests {
    @Test func digitTwoFocusesTheProfilesPane() {
        let s = profilesState()
        #expect(s.focus == .profiles)
        #expect(s.profiles.region == .list)
    }

    @Test(arguments: [("j", "k"), ("Down", "Up")]) func movingInTheListIsClamped(_ down: String, _ up: String) {
        var s = profilesState()
        press(&s, down)
        #expect(s.profiles.selected == 1)
        press(&s, down)
        #expect(s.profiles.selected == 1)
        press(&s, up, up)
        #expect(s.profiles.selected == 0)
    }

    @Test(arguments: [("PgDn", "PgUp"), ("C-d", "C-u")]) func pagingMovesTenRows(_ down: String, _ up: String) {
        var s = profilesState()
        press(&s, "]", down)
        #expect(s.profiles.field == ProfileField.allCases[10])
        press(&s, up)
        #expect(s.profiles.field == ProfileField.allCases[0])
    }

    @Test(arguments: [("g", "G"), ("Home", "End")]) func firstAndLastRow(_ first: String, _ last: String) {
        var s = profilesState()
        press(&s, last)
        #expect(s.profiles.selected == 1)
        press(&s, first)
        #expect(s.profiles.selected == 0)
        press(&s, "]", last)
        #expect(s.profiles.field == .description)
        press(&s, first)
        #expect(s.profiles.field == .vcpu)
        press(&s, "]", last)
        #expect(s.profiles.derivedRow == s.selectedProfileDerivedRows.count - 1)
        press(&s, first)
        #expect(s.profiles.derivedRow == 0)
    }

    @Test func bracketsCycleTheRegions() {
        var s = profilesState()
        press(&s, "]")
        #expect(s.profiles.region == .form)
        press(&s, "]")
        #expect(s.profiles.region == .derived)
        press(&s, "]")
        #expect(s.profiles.region == .list)
        press(&s, "[")
        #expect(s.profiles.region == .derived)
        press(&s, "[", "[")
        #expect(s.profiles.region == .list)
    }

    @Test func selectingAnotherProfileResetsTheDerivedCursor() {
        var s = profilesState()
        press(&s, "[", "j", "j")
        #expect(s.profiles.derivedRow == 2)
        press(&s, "]", "j")
        #expect(s.profiles.selected == 1)
        #expect(s.profiles.derivedRow == 0)
    }

    @Test(arguments: ["Enter", "e"]) func enterOpensTheFormThenEditsANumber(_ key: String) {
        var s = profilesState()
        press(&s, key)
        #expect(s.profiles.region == .form)
        press(&s, key)
        #expect(s.profiles.overlay == .editing(.vcpu, TextInput("8", prefilled: true)))
        press(&s, "C-u")
        type(&s, "16")
        press(&s, "Enter")
        #expect(s.project.profiles[0].node.vcpu == 16)
        #expect(s.profiles.overlay == nil)
        #expect(s.message == StatusMessage("Node vCPU set"))
    }

    @Test func enterFlipsAToggleAndStepsAChoice() {
        var s = profilesState()
        s.profiles.region = .form
        s.profiles.field = .meshEnabled
        press(&s, "Enter")
        #expect(s.project.profiles[0].mesh.enabled)
        s.profiles.field = .provider
        press(&s, "Enter")
        #expect(s.project.profiles[0].provider == .gcp)
        #expect(s.profiles.overlay == nil)
    }

    @Test func enterInTheDerivedPanelExplains() {
        var s = profilesState()
        press(&s, "[", "Enter")
        guard case .why(let row)? = s.profiles.overlay else { Issue.record("no why dialog"); return }
        #expect(row.label == "allocatable")
    }

    @Test func spaceFlipsAToggle() {
        var s = profilesState()
        s.profiles.region = .form
        s.profiles.field = .cpuIntensive
        press(&s, "Space")
        #expect(s.project.profiles[0].cpuIntensive)
        press(&s, "Space")
        #expect(!s.project.profiles[0].cpuIntensive)
    }

    @Test(arguments: ["l", "Right", "+"]) func incrementsUpToTheRange(_ key: String) {
        var s = profilesState()
        s.profiles.region = .form
        s.profiles.field = .headroomPercent
        press(&s, key)
        #expect(s.project.profiles[0].headroomPercent == 21)
        s.profiles.field = .podCIDRMaskSize
        for _ in 0..<10 { press(&s, key) }
        #expect(s.project.profiles[0].podCIDRMaskSize == 28)
    }

    @Test(arguments: ["h", "Left", "-"]) func decrementsDownToTheRange(_ key: String) {
        var s = profilesState()
        s.profiles.region = .form
        s.profiles.field = .vcpu
        for _ in 0..<10 { press(&s, key) }
        #expect(s.project.profiles[0].node.vcpu == 1)
        s.profiles.field = .scheduling
        press(&s, key)
        #expect(s.project.profiles[0].scheduling == .binpack)
    }

    @Test func steppingATypedFieldSaysToEditIt() {
        var s = profilesState()
        s.profiles.region = .form
        s.profiles.field = .podCPU
        press(&s, "l")
        #expect(s.message == .error("Pod CPU is typed: press Enter to edit it"))
        #expect(s.project == profilesState().project)
    }

    @Test(arguments: ["Space", "l", "h"]) func steppingOutsideTheFormIsExplained(_ key: String) {
        var s = profilesState()
        press(&s, key)
        #expect(s.message?.isError == true)
        #expect(s.message?.text.contains("only in the form") == true)
    }

    @Test func whyShowsTheReasonAndSourceOfTheSelectedValue() {
        var s = profilesState()
        press(&s, "]", "]", "j", "w")
        guard case .why(let row)? = s.profiles.overlay else { Issue.record("no why dialog"); return }
        #expect(row.label == "pods per node")
        #expect(row.reason?.source?.id == "CAP-21")
    }

    @Test func whyOutsideTheDerivedPanelIsExplained() {
        var s = profilesState()
        press(&s, "w")
        #expect(s.profiles.overlay == nil)
        #expect(s.message == .error("w: select a derived value first: press ]"))
    }

    @Test(arguments: ["Esc", "Enter", "w", "q"]) func whyDialogCloses(_ key: String) {
        var s = profilesState()
        press(&s, "[", "w")
        press(&s, "j")   // swallowed by the dialog
        press(&s, key)
        #expect(s.profiles.overlay == nil)
        #expect(s.profiles.derivedRow == 0)
        #expect(!s.finished)
    }

    @Test func theMouseWheelMovesTheFocusedRegion() {
        var s = profilesState()
        _ = reduce(&s, .moveSelection(1))
        #expect(s.profiles.selected == 1)
        press(&s, "]")
        _ = reduce(&s, .moveSelection(2))
        #expect(s.profiles.field == .provider)
        _ = reduce(&s, .moveToLast)
        #expect(s.profiles.field == .description)
    }
}

@Suite struct WhyDialogWrapTests {
    @Test func aLongURLBreaksAfterItsSeparatorsNotMidWord() {
        let url = "https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/#kube-reserved"
        let lines = ProfilesView.wrap("Source: CAP-06 \(url)", width: 40)
        #expect(lines.first == "Source: CAP-06")
        #expect(lines.dropFirst().joined() == url, "the pieces put together are the URL")
        for piece in lines.dropFirst().dropLast() {
            #expect(piece.count <= 40 && "/.-?&=".contains(piece.last!), "\(piece)")
        }
        #expect(ProfilesView.wrap("word " + String(repeating: "x", count: 50), width: 20).last == String(repeating: "x", count: 10))
    }
}
