import FleetEngine
import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// The grid's cost-model row tells what the design costs on Kubernetes as planned.
@Suite struct MatrixCostNoteTests {
    func onCostModel() -> AppState {
        var s = matrixState()
        while s.matrixPane.criterion != .costModel { press(&s, "j") }
        return s
    }

    @Test func theWeightRowAndTheKubernetesCellCarryTheEstimate() throws {
        var s = onCostModel()
        let cost = try #require(s.fleetCost)
        let evaluation = try #require(s.matrixEvaluation)
        let note = cost.matrixNote
        #expect(note.hasPrefix("Kubernetes as planned: \(cost.knownMonthlyUSD.dollars) USD/month for \(s.project.topology.clusters.count) cluster"))
        #expect(MatrixGridView.detailText(s, evaluation: evaluation).contains(note))
        // Drawn on the detail line, figure first so that a narrow pane still shows it.
        #expect(render(s).buffer.rows.contains { $0.contains("costModel: weight ") && $0.contains("Kubernetes as planned: \(cost.knownMonthlyUSD.dollars)") })
        while s.matrixPane.platform != .kubernetes { press(&s, "l") }
        #expect(MatrixGridView.detailText(s, evaluation: evaluation).hasPrefix("Kubernetes · costModel: "))
        #expect(MatrixGridView.detailText(s, evaluation: evaluation).contains(note))
        press(&s, "l")
        #expect(!MatrixGridView.detailText(s, evaluation: evaluation).contains("as planned"))
    }

    @Test func otherRowsAndAnEmptyTopologyHaveNoNote() throws {
        var s = onCostModel()
        press(&s, "k")
        #expect(!MatrixGridView.detailText(s, evaluation: try #require(s.matrixEvaluation)).contains("as planned"))
        var empty = s.project
        empty.topology.clusters = []
        var t = matrixState(empty)
        while t.matrixPane.criterion != .costModel { press(&t, "j") }
        #expect(!MatrixGridView.detailText(t, evaluation: try #require(t.matrixEvaluation)).contains("as planned"))
    }

    @Test func theEstimateFollowsAnEdit() throws {
        // Nodes priced: a listed type in a region the catalog prices.
        var priced = cleanProject()
        priced.profiles[0].instanceType = "m6i.2xlarge"
        priced.profiles[0].maxPodsPerNode = 58
        for index in priced.topology.clusters.indices { priced.topology.clusters[index].region = "us-east-1" }
        priced.requirements.regions = ["us-east-1"]
        var s = matrixState(priced)
        while s.matrixPane.criterion != .costModel { press(&s, "j") }
        let before = try #require(s.fleetCost).knownMonthlyUSD
        var edited = s.project
        edited.profiles[0].workload.pods *= 4
        _ = s.apply(edited, label: "more pods")
        let after = try #require(s.fleetCost).knownMonthlyUSD
        #expect(after > before)
        #expect(MatrixGridView.detailText(s, evaluation: try #require(s.matrixEvaluation)).contains("\(after.dollars) USD/month"))
    }
}
