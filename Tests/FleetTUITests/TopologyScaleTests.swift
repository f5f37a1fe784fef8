import FleetEngine
import FleetModel
import Foundation
import Testing
import TerminalCore
@testable import FleetTUI

/// 2,000 clusters in 20 regions: the pane builds its derived data once per project
/// change and draws only what is visible.
@Suite struct TopologyScaleTests {
    static func largeProject(clusters: Int = 2000, regions: Int = 20) -> Project {
        var project = ProjectTemplate.multiRegion.project(named: "fleet")
        project.requirements.regions = (0..<regions).map { "region-\($0)" }
        project.topology.mesh = MeshSettings()
        project.topology.clusters = (0..<clusters).map { index in
            let region = "region-\(index % regions)"
            return Cluster(name: "c\(index)", role: index == 0 ? .management : .workload,
                           environment: index == 0 ? "shared" : ["dev", "staging", "prod"][index % 3],
                           region: region, profile: "general", network: "net-\(region)")
        }
        return project
    }

    /// Identifies the stored arrays behind the outline and the diagram: the same
    /// addresses mean the cached values were reused, not rebuilt.
    func storage(_ s: AppState) -> (outline: UnsafeRawPointer?, diagram: UnsafeRawPointer?) {
        let outline = s.topologyOutline.rows.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        let width = TopologyView.diagramDrawingWidth(forPaneWidth: s.width)
        let diagram = s.topologyDiagram(width: width, ascii: false).lines.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        return (outline, diagram)
    }

    @Test func derivedDataIsBuiltOncePerProjectChange() {
        var s = topologyState(Self.largeProject())
        _ = render(s)
        let first = storage(s)
        for _ in 0..<5 {
            press(&s, "j", "J", "L")
            _ = render(s)
        }
        #expect(storage(s) == first)
        press(&s, "G", "x", "y")
        _ = render(s)
        let second = storage(s)
        #expect(second.outline != first.outline)
        #expect(second.diagram != first.diagram)
        #expect(storage(s) == second)
        #expect(s.project.topology.clusters.count == 1999)
    }

    @Test func treeListsEveryClusterUnderItsRegion() {
        let s = topologyState(Self.largeProject())
        let rows = s.topologyOutline.rows
        #expect(rows.count == 1 + 20 + 2000)
        #expect(rows[1] == .region("region-0", required: true, clusters: 100))
        #expect(rows[2] == .cluster(0))
        #expect(rows[3] == .cluster(20))
    }

    @Test func framesStayFastAt2000Clusters() {
        var s = topologyState(Self.largeProject())
        _ = render(s)   // builds the memo
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<50 {
                press(&s, "j")
                _ = render(s)
            }
        }
        // 50 keys and frames; generous for a shared debug build, far below the cost of rebuilding.
        #expect(elapsed < .seconds(2), "\(elapsed)")
        press(&s, "End")
        let rows = render(s).buffer.rows
        #expect(rows.contains { $0.contains("c1999  workload") })
    }

    /// With derived data computed off the key loop, the tree never shows another
    /// project's rows, and its finding marks come once the findings arrive.
    @Test func treeIsNeverStaleWhenDerivedDataIsDeferred() {
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.topology.clusters[1].meshRole = .remote   // FP303 on dev-eu
        var s = topologyState(project)
        s.deferDerivedData(over: -1)   // every recomputation moves off the key loop
        _ = render(s)
        press(&s, "G", "x", "y")       // delete prod-us: the project changes
        #expect(s.topologyOutline.rows.count == 7)
        #expect(!s.topologyOutline.rows.contains(.cluster(4)))
        _ = render(s)                  // draws without touching a cluster that is gone
        s.derived.computePending()
        #expect(s.topologyOutline.clusterFindings[1]?.map(\.code) == ["FP303"])
    }
}
