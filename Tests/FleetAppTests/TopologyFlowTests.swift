import FleetEngine
import FleetModel
import FleetStore
import Foundation
import Testing
import TerminalCore
@testable import FleetApp
@testable import FleetTUI

/// The Topology pane driven through the runtime on a fake terminal, down to the saved file.
@Suite struct TopologyFlowTests {
    let directory = TemporaryDirectory()

    func keys(_ workbench: Workbench, _ notations: String...) {
        for notation in notations { workbench.handle(.key(KeyEvent(notation: notation)!)) }
    }

    func typeText(_ workbench: Workbench, _ text: String) {
        for character in text { workbench.handle(.key(.char(character))) }
    }

    @Test func addInANewRegionThenDraftAcceptOneAndSave() throws {
        let path = directory.file("p.fleet.yaml")
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "payments"), to: path)
        let backend = FakeBackend(width: 120, height: 40)
        let app = Workbench(state: AppState(project: try ProjectFile.load(path).project, filePath: path), backend: backend,
                            storage: DiskStorage(), themes: .builtIn(), noColor: false)
        app.start()
        let topologyKey = String(PaneID.topology.digit)

        // Add a cluster in a region the requirements do not list, through the form.
        keys(app, topologyKey, "a", "C-u")
        typeText(app, "edge")
        keys(app, "Tab", "Tab", "C-u")
        typeText(app, "eu-central-1")
        #expect(backend.text.contains("│ Region        eu-central-1"))
        keys(app, "Enter")
        #expect(backend.text.contains("added edge in eu-central-1"))
        #expect(backend.text.contains("eu-central-1 (not required)"))   // the diagram's new region box
        #expect(backend.text.contains("│ edge "))                         // its cluster box
        // FP317 for the region, and FP335: a dev cluster at the profile's full workload takes the
        // plan well past expectedNodes.
        #expect(backend.rows[0].contains("Findings (2)"))
        #expect(app.state.findings.map(\.code).sorted() == ["FP317", "FP335"])
        #expect(backend.text.contains("! FP317 "))                       // the finding, under the tree
        #expect(backend.text.contains("│!   edge  workload dev"))          // and marked in the tree

        // Require the region in the Requirements pane: the finding goes, the draft has work to do.
        keys(app, "1", "j", "j", "j", "j", "Enter", "End")
        typeText(app, ", eu-central-1")
        keys(app, "Enter")
        #expect(app.state.project.requirements.regions == ["eu-west-1", "eu-central-1"])
        keys(app, topologyKey)
        #expect(!backend.text.contains("(not required)"))
        #expect(!app.state.findings.contains { $0.code == "FP317" })

        // Draft: accept only the production cluster for the new region.
        keys(app, "D", "n")
        guard case .draft(let review)? = app.state.topology.dialog else {
            Issue.record("no draft review open")
            return
        }
        let wanted = try #require(review.changes.firstIndex {
            if case .addCluster(let cluster) = $0 { cluster.region == "eu-central-1" && cluster.environment == "prod" } else { false }
        })
        for _ in 0..<wanted { keys(app, "j") }
        keys(app, "Space")
        #expect(backend.text.contains("Draft from requirements: 1 of \(review.changes.count) accepted"))
        keys(app, "Enter")
        #expect(backend.text.contains("merged 1 of \(review.changes.count) proposed change(s)"))
        guard case .addCluster(let added) = review.changes[wanted] else { return }
        #expect(backend.text.contains("│ \(added.name) "))

        // Save and read the file back.
        keys(app, "C-s")
        #expect(!app.state.isModified)
        let saved = try ProjectFile.load(path).project
        #expect(saved == app.state.project)
        #expect(saved.topology.clusters.map(\.name) == ["dev", "prod", "mgmt", "edge", added.name])
        #expect(saved.topology.cluster(named: "edge")?.region == "eu-central-1")
        #expect(saved.topology.mesh == ProjectTemplate.minimal.project(named: "payments").topology.mesh)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == ProjectWriter().text(for: saved))
        #expect(written.contains("{name: \(added.name), role: workload, environment: prod, region: eu-central-1"))
        #expect(written.contains("{name: edge, role: workload, environment: dev, region: eu-central-1, profile: general, network: net-eu-central-1}"))
    }

    @Test func asciiTerminalDrawsAnAsciiDiagram() {
        let backend = FakeBackend(width: 100, height: 30)
        backend.supportsUnicode = false
        let app = Workbench(state: AppState(project: ProjectTemplate.multiRegion.project(named: "shop"), filePath: nil),
                            backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: false)
        app.start()
        keys(app, String(PaneID.topology.digit))
        #expect(backend.text.contains("+= eu-west-1 ="))
        #expect(backend.text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func renameKeepsTheRemotesFollowingAndIsSaved() throws {
        let path = directory.file("r.fleet.yaml")
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.topology.mesh.model = .primaryRemote
        project.topology.clusters[1].meshRole = .remote
        project.topology.clusters[1].primary = "prod-eu"
        let app = Workbench(state: AppState(project: project, filePath: path), backend: FakeBackend(),
                            storage: DiskStorage(), themes: .builtIn(), noColor: false)
        app.start()
        keys(app, String(PaneID.topology.digit), "j", "j", "j", "j", "j", "r", "C-u")
        typeText(app, "prod-main")
        keys(app, "Enter", "C-s")
        let saved = try ProjectFile.load(path).project
        #expect(saved.topology.clusters[3].name == "prod-main")
        #expect(saved.topology.clusters[1].primary == "prod-main")
    }
}
