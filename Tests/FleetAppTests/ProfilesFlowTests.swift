import FleetEngine
import FleetModel
import FleetStore
import Foundation
import Testing
import TerminalCore
@testable import FleetApp
@testable import FleetTUI

/// The Profiles pane on the fake backend: what reaches the terminal, and what reaches the disk.
@Suite struct ProfilesFlowTests {
    let directory = TemporaryDirectory()

    func workbench(_ project: Project, file: String, backend: FakeBackend) -> Workbench {
        let state = AppState(project: project, filePath: file, width: backend.size.width, height: backend.size.height)
        let workbench = Workbench(state: state, backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: false)
        workbench.start()
        return workbench
    }

    func keys(_ workbench: Workbench, _ notations: String...) {
        for notation in notations { workbench.handle(.key(KeyEvent(notation: notation)!)) }
    }

    func typeText(_ workbench: Workbench, _ text: String) {
        for character in text { workbench.handle(.key(.char(character))) }
    }

    func row(_ backend: FakeBackend, containing text: String) -> String? {
        backend.rows.first { $0.contains(text) }
    }

    @Test func editingVCPUChangesTheCapacityOnScreenAndSavesTheFile() throws {
        let path = directory.file("p.fleet.yaml")
        let original = ProjectTemplate.minimal.project(named: "payments")
        try ProjectFile.save(original, to: path)
        let backend = FakeBackend(width: 120, height: 40)
        let app = workbench(try ProjectFile.load(path).project, file: path, backend: backend)
        keys(app, "2")
        let zones = original.requirements.zonesPerRegion
        let before = CapacityPlan(profile: original.profiles[0], zones: zones)
        #expect(row(backend, containing: " limited by ")?.contains("\(before.podsPerNode), limited by CPU") == true)
        #expect(row(backend, containing: "nodes required")?.contains(" \(before.nodesRequired!) ") == true)

        keys(app, "]", "Enter", "C-u")
        typeText(app, "16")
        keys(app, "Enter")
        var edited = original
        edited.profiles[0].node.vcpu = 16
        let after = CapacityPlan(profile: edited.profiles[0], zones: zones)
        #expect(after.podsPerNode != before.podsPerNode)
        #expect(row(backend, containing: "Node vCPU")?.contains("16  (1…1024)") == true)
        #expect(row(backend, containing: " limited by ")?.contains("\(after.podsPerNode), limited by") == true)
        #expect(row(backend, containing: "nodes required")?.contains(" \(after.nodesRequired!) ") == true)
        #expect(app.state.isModified)

        keys(app, "C-s")
        #expect(row(backend, containing: "saved \(path)") != nil)
        let saved = try ProjectFile.load(path).project
        #expect(saved.profiles[0].node.vcpu == 16)
        #expect(saved == edited)
    }

    @Test func renamingAProfileSavesTheClustersWithTheNewName() throws {
        let path = directory.file("p.fleet.yaml")
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "payments"), to: path)
        let backend = FakeBackend(width: 80, height: 24)
        let app = workbench(try ProjectFile.load(path).project, file: path, backend: backend)
        keys(app, "2", "r", "C-u")
        typeText(app, "standard")
        keys(app, "Enter")
        #expect(row(backend, containing: "standard (3)") != nil)
        keys(app, "C-s")
        let saved = try ProjectFile.load(path).project
        #expect(saved.profiles.map(\.name) == ["standard"])
        #expect(saved.topology.clusters.allSatisfy { $0.profile == "standard" })
        #expect(Lint.findings(for: saved).isEmpty)
    }

    @Test func resizingBetweenLayoutsKeepsTheScreenWhole() {
        let backend = FakeBackend(width: 120, height: 40)
        let app = workbench(ProjectTemplate.minimal.project(named: "payments"), file: directory.file("p.fleet.yaml"), backend: backend)
        keys(app, "2")
        #expect(row(backend, containing: "Derived: general") != nil)
        app.handle(backend.resize(width: 80, height: 24))
        #expect(row(backend, containing: "Derived: general") == nil)
        #expect(row(backend, containing: "pods/node") != nil)
        app.handle(backend.resize(width: 60, height: 16))
        #expect(row(backend, containing: "Profiles: 1") != nil)
        app.handle(backend.resize(width: 59, height: 16))
        #expect(row(backend, containing: "Terminal too small") != nil)
    }

    @Test func barSegmentsAreDrawnInTheirThemeRoles() throws {
        let backend = FakeBackend(width: 120, height: 40)
        let app = workbench(ProjectTemplate.minimal.project(named: "payments"), file: directory.file("p.fleet.yaml"), backend: backend)
        keys(app, "2")
        let theme = ThemeCatalog.builtIn().theme(named: "default", noColor: false)
        let y = try #require(backend.rows.firstIndex { $0.contains("CPU     ") })
        let row = Array(backend.rows[y])
        for segment in [NodeBreakdown.Segment.kube, .daemonSets, .pods, .unused] {
            let x = try #require(row.firstIndex(of: segment.glyph(unicode: true)))
            #expect(backend.screen[x, y].style == theme.style(segment.role), "\(segment)")
        }
        #expect(theme.style(NodeBreakdown.Segment.pods.role) != theme.style(NodeBreakdown.Segment.unused.role))
    }
}
