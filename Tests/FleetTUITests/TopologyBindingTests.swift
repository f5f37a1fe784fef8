import FleetEngine
import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// The multi-region template (rows: mesh, eu-west-1, mgmt, dev-eu, staging-eu, prod-eu,
/// us-east-1, prod-us), with the Topology pane focused.
func topologyState(_ project: Project = ProjectTemplate.multiRegion.project(named: "shop")) -> AppState {
    var s = state(project)
    s.width = 120
    s.height = 40
    press(&s, String(PaneID.topology.digit))
    return s
}

/// The open form, or `nil`.
func openForm(_ s: AppState) -> TopologyForm? {
    if case .form(let form)? = s.topology.dialog { return form }
    return nil
}

@Suite struct TopologyBindingTests {
    @Test func digitFocusesThePane() {
        let s = topologyState()
        #expect(s.focus == .topology)
        #expect(s.topology.selectedRow == 0)
        #expect(s.topologyOutline.rows[0] == .mesh)
    }

    @Test func moveThroughTheTreeClamped() {
        var s = topologyState()
        press(&s, "j")
        #expect(s.topologyOutline.rows[s.topology.selectedRow] == .region("eu-west-1", required: true, clusters: 4))
        press(&s, "Down", "j")
        #expect(s.selectedClusterPosition == 1)
        press(&s, "k", "Up")
        #expect(s.topology.selectedRow == 1)
        press(&s, "k", "k")
        #expect(s.topology.selectedRow == 0)
        press(&s, "G")
        #expect(s.selectedClusterPosition == 4)
        press(&s, "j")
        #expect(s.topology.selectedRow == 7)
        press(&s, "g")
        #expect(s.topology.selectedRow == 0)
        press(&s, "End")
        #expect(s.topology.selectedRow == 7)
        press(&s, "Home")
        #expect(s.topology.selectedRow == 0)
    }

    @Test(arguments: [("PgDn", "PgUp"), ("C-d", "C-u")]) func pageMovesTenRowsClamped(_ keys: (String, String)) {
        var s = topologyState()
        press(&s, keys.0)
        #expect(s.topology.selectedRow == 7)
        press(&s, keys.1)
        #expect(s.topology.selectedRow == 0)
    }

    @Test func mouseWheelMovesTheTreeToo() {
        var s = topologyState()
        _ = reduce(&s, .moveSelection(2))
        #expect(s.topology.selectedRow == 2)
    }

    @Test(arguments: [("J", "K"), ("L", "H")]) func scrollTheDiagramAndNeverBeforeItsStart(_ keys: (String, String)) {
        var s = topologyState()
        s.width = 60   // narrow: the diagram is taller and wider than its window
        press(&s, keys.0)
        #expect(s.topology.scrollLine + s.topology.scrollColumn > 0)
        press(&s, keys.1, keys.1)
        #expect(s.topology.scrollLine == 0)
        #expect(s.topology.scrollColumn == 0)
    }

    @Test func scrollingStopsAtTheDiagramsEnd() {
        var s = topologyState()
        for _ in 0..<200 { press(&s, "J") }
        let lines = s.topologyDiagramSize.lines
        let window = TopologyView.diagramWindow(width: s.width, height: s.height)
        #expect(window.lines > 0)
        #expect(s.topology.scrollLine == lines - window.lines)
        for _ in 0..<50 { press(&s, "L") }
        #expect(s.topology.scrollColumn == 0)   // at 120 columns the diagram fits its window
    }

    @Test func addOpensTheFormInTheSelectedRegion() throws {
        var s = topologyState()
        press(&s, "G", "a")
        let form = try #require(openForm(s))
        #expect(form.purpose == .addCluster)
        #expect(form.value("region") == "us-east-1")
        #expect(form.value("network") == "net-us", "the network us-east-1's clusters use")
        #expect(form.value("profile") == "general")
        #expect(s.project.topology.clusters.count == 5)   // nothing added before Enter
    }

    @Test func addWithTypedNameAndNewRegionThenEnterApplies() throws {
        var s = topologyState()
        press(&s, "a", "C-u")
        type(&s, "edge-ap")
        press(&s, "Tab", "Tab", "C-u")
        type(&s, "ap-south-1")
        press(&s, "Enter")
        #expect(s.topology.dialog == nil)
        let added = try #require(s.project.topology.cluster(named: "edge-ap"))
        #expect(added.region == "ap-south-1")
        #expect(s.selectedClusterPosition == 5)
        #expect(s.topologyOutline.rows.contains(.region("ap-south-1", required: false, clusters: 1)))
        #expect(s.findings.contains { $0.code == "FP317" && $0.path.description == "spec.topology.clusters[5].region" })
        #expect(s.topologyOutline.clusterFindings[5]?.isEmpty == false)
    }

    @Test func enterOnAClusterEditsItAndOnTheMeshRowEditsTheMesh() throws {
        var s = topologyState()
        press(&s, "Enter")
        #expect(openForm(s)?.purpose == .mesh)
        press(&s, "Esc")
        press(&s, "j", "j", "e")
        let form = try #require(openForm(s))
        #expect(form.purpose == .editCluster(0))
        #expect(form.value("name") == "mgmt")
    }

    @Test func enterOnARegionRowExplainsWhyNot() {
        var s = topologyState()
        press(&s, "j", "Enter")
        #expect(s.topology.dialog == nil)
        #expect(s.message == .error("Enter/e: select a cluster or the mesh row"))
    }

    @Test func renameUpdatesPrimaryReferences() throws {
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.topology.mesh.model = .primaryRemote
        project.topology.clusters[1].meshRole = .remote
        project.topology.clusters[1].primary = "prod-eu"
        project.topology.clusters[2].meshRole = .remote
        project.topology.clusters[2].primary = "prod-eu"
        var s = topologyState(project)
        press(&s, "j", "j", "j", "j", "j")   // prod-eu
        press(&s, "r")
        #expect(openForm(s)?.focused == 0)
        press(&s, "C-u")
        type(&s, "prod-eu-1")
        press(&s, "Enter")
        #expect(s.project.topology.clusters[3].name == "prod-eu-1")
        #expect(s.project.topology.clusters[1].primary == "prod-eu-1")
        #expect(s.project.topology.clusters[2].primary == "prod-eu-1")
        #expect(s.message?.text.contains("renamed prod-eu to prod-eu-1 (2 remote(s)") == true)
    }

    @Test func moveFocusesTheRegionAndStepsThroughRegions() throws {
        var s = topologyState()
        press(&s, "j", "j", "j", "m")   // dev-eu
        let form = try #require(openForm(s))
        #expect(form.entries[form.focused].key == "region")
        press(&s, "Right")
        #expect(openForm(s)?.value("region") == "us-east-1")
        press(&s, "Enter")
        #expect(s.project.topology.clusters[1].region == "us-east-1")
        #expect(s.selectedClusterPosition == 1)
        #expect(s.topologyOutline.rows[s.topology.selectedRow - 1] == .region("us-east-1", required: true, clusters: 2))
    }

    @Test(arguments: ["x", "Del"]) func deleteAsksThenDeletes(_ key: String) {
        var s = topologyState()
        press(&s, "G", key)
        #expect(s.topology.dialog == .confirmDelete(cluster: "prod-us"))
        #expect(s.project.topology.clusters.count == 5)
        press(&s, "y")
        #expect(s.topology.dialog == nil)
        #expect(s.project.topology.cluster(named: "prod-us") == nil)
        #expect(s.topology.selectedRow == s.topologyOutline.rows.count - 1)
    }

    @Test(arguments: ["n", "Esc"]) func deleteCanBeDeclined(_ key: String) {
        var s = topologyState()
        press(&s, "G", "x", key)
        #expect(s.topology.dialog == nil)
        #expect(s.project.topology.clusters.count == 5)
        #expect(s.message == StatusMessage("kept prod-us"))
    }

    @Test func deleteOnTheMeshRowExplainsWhyNot() {
        var s = topologyState()
        press(&s, "x")
        #expect(s.topology.dialog == nil)
        #expect(s.message == .error("x/Del: select a cluster"))
        press(&s, "r")
        #expect(s.message == .error("r: select a cluster"))
        press(&s, "m")
        #expect(s.message == .error("m: select a cluster"))
    }

    @Test func meshFormChangesModelIDAndTrustDomain() throws {
        var s = topologyState()
        press(&s, "M")
        #expect(openForm(s)?.purpose == .mesh)
        press(&s, "Left")   // multi-primary → primary-remote
        press(&s, "Down", "C-u")
        type(&s, "shop-mesh")
        press(&s, "Down", "C-u")
        type(&s, "shop.internal")
        press(&s, "Enter")
        #expect(s.project.topology.mesh.model == .primaryRemote)
        #expect(s.project.topology.mesh.meshID == "shop-mesh")
        #expect(s.project.topology.mesh.trustDomain == "shop.internal")
    }

    @Test func meshFormRefusesAnEmptyTrustDomain() {
        var s = topologyState()
        press(&s, "M", "Up", "C-u", "Enter")
        #expect(openForm(s)?.problem == "the trust domain cannot be empty")
        #expect(s.project.topology.mesh.trustDomain == "shop.example.com")
    }

    @Test func everyTopologyEditIsOneUndoStep() {
        var s = topologyState()
        let original = s.project
        press(&s, "G", "x", "y")
        press(&s, "a", "Enter")
        #expect(s.project.topology.clusters.count == 5)
        press(&s, "u")
        #expect(s.message == StatusMessage("undid: add cluster dev-us-east-1"))   // added in the now empty us-east-1
        #expect(s.project.topology.clusters.count == 4)
        press(&s, "u")
        #expect(s.project == original)
        #expect(s.message == StatusMessage("undid: delete cluster prod-us"))
        #expect(s.topology.selectedRow < s.topologyOutline.rows.count)
    }
}
