import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct FindingsBindingTests {
    func findingsState() -> AppState {
        var s = state(brokenProject())
        press(&s, findingsKey)
        return s
    }

    @Test func theListIsLintsFindings() {
        let s = findingsState()
        #expect(s.findings.map(\.path.description) == ["spec.requirements.environments[1]", "spec.requirements.zonesPerRegion"])
    }

    @Test func movingIsClamped() {
        var s = findingsState()
        press(&s, "j")
        #expect(s.selectedFinding == 1)
        press(&s, "Down")
        #expect(s.selectedFinding == 1)
        press(&s, "k", "Up")
        #expect(s.selectedFinding == 0)
        press(&s, "PgDn")
        #expect(s.selectedFinding == 1)
        press(&s, "PgUp")
        #expect(s.selectedFinding == 0)
        press(&s, "C-d")
        #expect(s.selectedFinding == 1)
        press(&s, "C-u")
        #expect(s.selectedFinding == 0)
        press(&s, "G")
        #expect(s.selectedFinding == 1)
        press(&s, "g")
        #expect(s.selectedFinding == 0)
        press(&s, "End")
        #expect(s.selectedFinding == 1)
        press(&s, "Home")
        #expect(s.selectedFinding == 0)
    }

    @Test func enterJumpsToTheField() {
        var s = findingsState()
        press(&s, "j", "Enter")
        #expect(s.focus == .requirements)
        #expect(s.selectedField == .zonesPerRegion)
        press(&s, findingsKey, "g", "Enter")
        #expect(s.selectedField == .environments)
    }

    @Test func enterOnATopologyFindingGoesToItsClusterOrTheMeshRow() {
        var project = cleanProject()
        project.topology.clusters[0].zones = 9
        var s = state(project)
        press(&s, findingsKey, "Enter")
        #expect(s.focus == .topology)
        let row = s.topologyOutline.rows[s.topology.selectedRow]
        #expect(row == .cluster(0), "the cluster's own row")
        #expect(s.message?.text.hasPrefix("FP") == true && s.message?.isError == false)
        var mesh = ProjectTemplate.multiRegion.project(named: "shop")
        mesh.topology.mesh.meshID = ""
        var t = state(mesh)
        press(&t, findingsKey)
        let index = t.visibleFindings.firstIndex { $0.code == "FP310" }!
        for _ in 0..<index { press(&t, "j") }
        press(&t, "Enter")
        #expect(t.focus == .topology && t.topology.selectedRow == 0, "FP310 on mesh.meshID: the mesh row")
    }

    @Test func enterOnAProfileFieldGoesToTheProfilesPane() {
        var project = cleanProject()
        project.profiles[0].maxPodsPerNode = 5000
        var s = state(project)
        press(&s, findingsKey, "Enter")
        #expect(s.focus == .profiles)
        #expect(s.profiles.field == .maxPodsPerNode)
        #expect(s.message == StatusMessage("FP012 spec.profiles[0].maxPodsPerNode"))
    }

    @Test func enterWithNoFindingsIsDisabled() {
        var s = state()
        press(&s, findingsKey, "Enter")
        #expect(s.focus == .findings)
        #expect(s.message == .error("Enter: no findings"))
    }

    @Test func slashFiltersAsYouType() {
        var s = findingsState()
        press(&s, "j", "/")
        #expect(s.mode == .filter(TextInput()))
        type(&s, "zones")
        #expect(s.visibleFindings.map(\.code) == ["FP012"])
        #expect(s.selectedFinding == 0)
        press(&s, "Enter")
        #expect(s.mode == .normal)
        #expect(s.findingsFilter == "zones")
        #expect(s.message == StatusMessage("1 of 2 findings match /zones"))
        press(&s, "Esc")
        #expect(s.findingsFilter == "")
        #expect(s.visibleFindings.count == 2)
    }

    @Test func escInTheFilterClearsIt() {
        var s = findingsState()
        press(&s, "/")
        type(&s, "nothing-matches")
        #expect(s.visibleFindings.isEmpty)
        press(&s, "Esc")
        #expect(s.mode == .normal)
        #expect(s.findingsFilter == "")
    }

    @Test func escWithoutAFilterIsDisabled() {
        var s = findingsState()
        press(&s, "Esc")
        #expect(s.message == .error("Esc: no filter"))
    }

    @Test func ctrlCInTheFilterAsksToQuitWhenModified() {
        var s = findingsState()
        press(&s, "/")
        #expect(press(&s, "C-c") == [.quit])
        var dirty = findingsState()
        press(&dirty, "1", "G", "l", "/", "C-c")
        #expect(dirty.mode == .confirmQuit)
    }

    @Test func fixingAProblemShrinksTheListAndKeepsTheSelectionInside() {
        var s = findingsState()
        press(&s, "j", "1")
        s.selectedField = .zonesPerRegion
        press(&s, "h", "h", "h", "h")
        #expect(s.findings.count == 1)
        press(&s, String(PaneID.findings.digit))
        #expect(s.selectedFinding == 0)
    }
}
