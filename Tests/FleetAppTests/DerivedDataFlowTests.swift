import FleetEngine
import FleetModel
import Foundation
import Testing
import TerminalCore
@testable import FleetApp
@testable import FleetTUI

/// With effects off the loop, a slow lint runs off the loop too and the screen catches up.
@Suite struct DerivedDataFlowTests {
    /// The minimal template with 600 copies of its first cluster: enough that the lint
    /// runs off the loop (docs/performance.md).
    static func slowToLint() -> Project {
        var project = ProjectTemplate.minimal.project(named: "payments")
        let cluster = project.topology.clusters[0]
        project.topology.clusters = (0..<600).map { index in
            var copy = cluster
            copy.name = "c-\(index)"
            return copy
        }
        return project
    }

    @Test func findingsOfAnEditArriveAfterTheKeyWasHandled() {
        let project = Self.slowToLint()
        let backend = FakeBackend()
        let state = AppState(project: project, filePath: nil)
        let app = Workbench(state: state, backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: false,
                            background: true)
        app.start()
        let before = app.state.findings
        for notation in ["j", "j", "j", "j", "j", "Enter", "C-u", "9", "Enter"] {   // zones per region: 9 is out of range
            app.handle(.key(KeyEvent(notation: notation)!))
        }
        #expect(app.state.project.requirements.zonesPerRegion == 9)
        app.settle()
        #expect(app.state.derived.contains("findings", for: app.state.project))
        #expect(app.state.findings == Lint.findings(for: app.state.project))
        #expect(app.state.findings != before)
        #expect(backend.rows[0].contains("Findings (\(app.state.findings.count))"))
    }
}

@Suite struct PaneWarmingTests {
    @Test func theOtherPanesAreRenderedOffTheLoopAtStart() {
        let state = AppState(project: ProjectTemplate.minimal.project(named: "payments"), filePath: nil)
        let app = Workbench(state: state, backend: FakeBackend(width: 120, height: 40), storage: DiskStorage(),
                            themes: .builtIn(), noColor: false, background: true)
        app.start()
        app.settle()
        // The Matrix and Topology panes' derived data was computed before anyone switched to them.
        #expect(app.state.focus == .requirements)
        let matrixSlot = "matrix.pane.\(app.state.matrixPane.catalogGeneration)"
        #expect(app.state.derived.contains(matrixSlot, for: app.state.project))
        #expect(app.state.derived.contains("topology.outline", for: app.state.project))
    }

    @Test func withoutBackgroundNothingIsWarmed() {
        let state = AppState(project: ProjectTemplate.minimal.project(named: "payments"), filePath: nil)
        let app = Workbench(state: state, backend: FakeBackend(width: 120, height: 40), storage: DiskStorage(),
                            themes: .builtIn(), noColor: false)
        app.start()
        #expect(!app.state.derived.contains("matrix.pane.\(app.state.matrixPane.catalogGeneration)", for: app.state.project))
    }
}
