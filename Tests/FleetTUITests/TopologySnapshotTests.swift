import FleetEngine
import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// The Topology pane drawn at 120×40 and 80×24: tree, diagram, details, dialogs.
@Suite struct TopologySnapshotTests {
    /// The multi-region template with dev-eu a remote that names no primary (FP303),
    /// dev-eu selected.
    func remoteWithoutPrimary(width: Int, height: Int) -> AppState {
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.topology.clusters[1].meshRole = .remote
        var s = topologyState(project)
        s.width = width
        s.height = height
        press(&s, "j", "j", "j")
        return s
    }

    @Test func treeDiagramAndFindingsAt120x40() {
        let s = remoteWithoutPrimary(width: 120, height: 40)
        let frame = render(s)
        let rows = frame.buffer.rows
        #expect(rows[0].hasPrefix(" 1 Requirements │ 2 Profiles │ 3 Matrix │ 4 Topology │ 5 Findings (5)"), "three about the remote, two GitOps placeholders")
        #expect(rows[1].hasPrefix("┌ Topology: 5 cluster(s) in 2 region(s), mesh multi-primary · fleet 360 nodes, 2880 vCPU, 11520 GiB, 4290 pods ─"))
        #expect(rows[2] == "│  mesh: multi-primary (shop)                │Diagram lines 1-30 of 36 (H J K L scroll)                                │")
        #expect(rows[3] == "│  ▾ eu-west-1 (4)                           │╔═ eu-west-1 ════════════════════╗ ╔═ us-east-1 ════════════════════╗    │")
        // Each cluster row ends with its planned nodes.
        #expect(rows[4] == "│    mgmt  management shared               6n│║ ┌────────────────────────────┐ ║ ║ ┌────────────────────────────┐ ║    │")
        #expect(rows[5] == "│!   dev-eu  workload dev remote          15n│║ │ mgmt                       │ ║ ║ │ prod-us                    │ ║    │")
        #expect(rows[8] == "│  ▾ us-east-1 (1)                           │║ │ net-eu · gateway · 3 zones │ ║ ║ │ net-us · gateway · 3 zones │ ║    │")
        // prod-us carries an FP320 note (its kube context is not known yet), as prod-eu does.
        #expect(rows[9] == "│!   prod-us  workload prod primary      150n│║ └────────────────────────────┘ ║ ║ └────────────────────────────┘ ║    │")
        #expect(rows[13].contains("│ mesh: remote → ?           │"))
        #expect(rows[33] == "│dev-eu: workload, dev, eu-west-1, profile general, network net-eu, zones 3 (default), mesh remote                     │")
        #expect(rows[34] == "│180 pods (own: 10%), 10 nodes required, 15 planned; pods 10.128.32.0/19, services 10.96.4.0/22, nodes 10.0.1.0/24     │")
        #expect(rows[35] == "│! FP303 remote cluster \"dev-eu\" does not name the primary it follows                                                  │")
        #expect(rows[38].hasPrefix(" j move  a add  Enter edit  x delete  M mesh  D draft  ? help"))
        // The selected row is highlighted across the tree, not into the diagram.
        #expect(frame.buffer[10, 5].style.attributes.contains(.reverse))
        #expect(!frame.buffer[50, 5].style.attributes.contains(.reverse))
        #expect(frame.cursor == nil)
    }

    @Test func findingMarkUsesTheSeverityStyleOnUnselectedRows() {
        var s = remoteWithoutPrimary(width: 120, height: 40)
        press(&s, "g")
        let theme = Theme.fallback
        let buffer = render(s).buffer
        #expect(buffer[1, 5].symbol == "!")
        #expect(buffer[1, 5].style == theme.style(.findingError))
        #expect(buffer[1, 4].symbol == " ")
    }

    @Test func treeDiagramAndFindingsAt80x24() {
        let rows = render(remoteWithoutPrimary(width: 80, height: 24)).buffer.rows
        #expect(rows[1] == "┌ Topology: 5 cluster(s) in 2 region(s), mesh multi-primary · fleet 360 nodes, ┐")
        // The diagram keeps two regions side by side and shows the part that fits.
        #expect(rows[2] == "│  mesh: multi-primary (shop)   │Diagram lines 1-14 of 36, column 1 (H J K L sc│")
        #expect(rows[3] == "│  ▾ eu-west-1 (4)              │╔═ eu-west-1 ════════════════════╗ ╔═ us-east-│")
        #expect(rows[5] == "│!   dev-eu  workload dev re 15n│║ │ mgmt                       │ ║ ║ │ prod-us│")
        #expect(rows[6] == "│    staging-eu  workload st 39n│║ │ management · shared        │ ║ ║ │ workloa│")
        #expect(rows[17] == "│dev-eu: workload, dev, eu-west-1, profile general, network net-eu, zones 3 (de│")
        #expect(rows[18] == "│180 pods (own: 10%), 10 nodes required, 15 planned; pods 10.128.32.0/19, servi│")
        #expect(rows[19] == "│! FP303 remote cluster \"dev-eu\" does not name the primary it follows          │")
        #expect(rows[22].hasPrefix(" j move  a add  Enter edit  x delete"))
    }

    @Test func scrolledDiagramShowsItsWindowAndPosition() {
        var s = remoteWithoutPrimary(width: 80, height: 24)
        press(&s, "J", "J", "L")
        let rows = render(s).buffer.rows
        #expect(rows[2].contains("│Diagram lines 7-20 of 36, column 9 (H J K L sc"))
        // The window (46 columns from screen column 33) starts 6 lines and 8 columns into
        // the diagram, drawn 72 columns wide.
        let diagram = TopologyDiagram(width: 72).lines(for: s.project)
        for row in 3..<17 {
            let expected = String(diagram[row - 3 + 6].dropFirst(8).prefix(46))
            #expect(String(rows[row].dropFirst(33).dropLast(1)) == TerminalCore.TextWidth.pad(expected, to: 46))
        }
        for _ in 0..<20 { press(&s, "L", "J") }
        let widest = diagram.map { $0.count }.max() ?? 0
        #expect(render(s).buffer.rows[2].contains("│Diagram lines 23-36 of 36, column \(widest - 46 + 1) "))
    }

    @Test func asciiWhenTheTerminalIsNotUTF8() {
        let rows = render(remoteWithoutPrimary(width: 80, height: 24), unicode: false).buffer.rows
        #expect(rows[1].hasPrefix("+ Topology: 5 cluster(s) in 2 region(s), mesh multi-primary - fleet 360 nodes, +"))
        #expect(rows[3] == "|  - eu-west-1 (4)              |+= eu-west-1 ====================+ += us-east-|")
        #expect(rows[5] == "|!   dev-eu  workload dev re 15n|| | mgmt                       | | | | prod-us|")
        #expect(rows[13] == "|                               || | mesh: remote -> ?          | | |          |")
        #expect(rows.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }

    @Test func draftDialogAt80x24() {
        var s = topologyState(TopologyDraftBindingTests().userDesignedProject())
        s.width = 80
        s.height = 24
        press(&s, "D", "j", "Space")
        let rows = render(s).buffer.rows
        #expect(rows[3] == "│  ▾ e┌ Draft from requirements: 11 of 12 accepted ──────────────────────┐╗    │")
        #expect(rows[4] == "│    m│ [x] set the mesh model to multi-primary                          │║    │")
        #expect(rows[5] == "│! ▾ u│ [ ] set the trust domain to shop.example.com                     │║    │")
        #expect(rows[7] == "│     │ [x] add cluster mgmt (management, shared, eu-west-1)             │║    │")
        // Production joins the mesh; dev and staging are added outside it.
        #expect(rows[8] == "│     │ [x] add cluster dev-eu-west-1 (workload, dev, eu-west-1)         │║    │")
        #expect(rows[11] == "│     │ [x] put my-prod in the mesh as primary                           │     │")
        #expect(rows[15] == "│     │ [x] fail over from us-east-1 to eu-west-1                        │     │")
        // The columns behind the dialog show the mesh row's fleet line, then FP312's advice ("…one is optional").
        #expect(rows[17] == "│mesh │ Space accept/reject  a all  n none  Enter merge  Esc cancel      │     │")
        #expect(rows[18] == "│fleet└──────────────────────────────────────────────────────────────────┘th + │")
        #expect(rows[19] == "│! FP312 there is no management cluster; with 1 workload cluster one is optiona│")
    }

    @Test func draftDialogAt120x40ScrollsToTheSelection() {
        var s = topologyState(TopologyDraftBindingTests().userDesignedProject())
        s.height = 16
        press(&s, "D", "G")
        for _ in 0..<12 { press(&s, "j") }
        let text = render(s).buffer.rows.joined(separator: "\n")
        #expect(text.contains("[x] fail over from us-east-1 to eu-west-1"))
        #expect(!text.contains("set the mesh model"))
        s.height = 40
        let full = render(s).buffer.rows
        #expect(full.contains { $0.contains("┌ Draft from requirements: 12 of 12 accepted ─") })
        #expect(full.contains { $0.contains("│ [x] set the mesh model to multi-primary ") })
    }

    @Test func addFormPlacesTheCursorInTheName() throws {
        var s = remoteWithoutPrimary(width: 80, height: 24)
        press(&s, "G", "a")
        let frame = render(s)
        let rows = frame.buffer.rows
        #expect(rows.contains { $0.contains("┌ Add a cluster ─") })
        #expect(rows.contains { $0.contains("│ Name          dev-us-east-1 ") })
        #expect(rows.contains { $0.contains("│ Region        us-east-1 ") })
        #expect(rows.contains { $0.contains("│ Role          ‹ workload ›") })
        let nameRow = try #require(rows.firstIndex { $0.contains("│ Name ") })
        #expect(frame.cursorY == nameRow)
        #expect(frame.cursorX == (rows[nameRow].firstRange(of: "dev-us-east-1").map { rows[nameRow].distance(from: rows[nameRow].startIndex, to: $0.lowerBound) } ?? 0) + 13)
        press(&s, "C-u", "Enter")
        #expect(render(s).buffer.rows.contains { $0.contains("name \"\" ") })
    }

    @Test func deleteQuestionNamesTheFollowers() {
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.topology.clusters[1].meshRole = .remote
        project.topology.clusters[1].primary = "prod-us"
        var s = topologyState(project)
        press(&s, "G", "x")
        let text = render(s).buffer.rows.joined(separator: "\n")
        #expect(text.contains("Delete cluster prod-us?"))
        #expect(text.contains("dev-eu follow it as primary."))
        #expect(text.contains("y delete   n keep"))
    }

    @Test func tooSmallTerminalShowsTheNotice() {
        var s = topologyState()
        s.width = 50
        s.height = 12
        let rows = render(s).buffer.rows
        #expect(rows.count == 12)
        #expect(rows.contains { $0.contains("Terminal too small") })
        #expect(!rows.contains { $0.contains("Topology") })
    }

    @Test func tinyAndEmptySizesDrawWithoutCrashing() {
        var s = topologyState()
        for (width, height) in [(0, 0), (1, 1), (60, 16)] {
            s.width = width
            s.height = height
            #expect(render(s).buffer.width == width)
        }
    }

    @Test func theTopologySaysWhatItBecomesOnAnotherPlatform() {
        // The multi-region template ranks Kubernetes first: no mapping line.
        let kubernetes = render(topologyState()).buffer.rows
        #expect(!kubernetes.contains { $0.contains("Bundle for") })
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.matrix.decision.platform = .nomad
        let rows = render(topologyState(project)).buffer.rows
        #expect(rows.contains { $0.contains("Bundle for Nomad: each region a Nomad region and datacenter (servers and clients), each profile a job") },
                "\(rows.joined(separator: "\n"))")
    }
}
