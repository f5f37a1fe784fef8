import FleetEngine
import FleetModel
import Testing
@testable import FleetTUI

@Suite struct ProfileDerivedRowTests {
    let project = cleanProject()

    @Test func capacityRowsComeFirstAndEveryRowHasAReason() {
        let plan = Planner.plan(profile: project.profiles[0], in: project)
        let rows = ProfileDerivedRow.rows(for: plan)
        #expect(rows.prefix(7).map(\.label) == ["allocatable", "pods per node", "nodes required", "after node loss",
                                                "after zone loss", "etcd members", "control plane"])
        #expect(rows.allSatisfy { $0.reason != nil })
        #expect(rows.count == plan.reasons.count)
        #expect(rows[2].value == String(plan.capacity.nodesRequired!))
    }

    @Test func componentValuesAreLookedUpByTheirReasonPath() {
        let plan = Planner.plan(profile: project.profiles[0], in: project)
        let rows = ProfileDerivedRow.rows(for: plan)
        let maxPods = rows.first { $0.section == "kubelet" && $0.label == "maxPods" }
        #expect(maxPods?.value == "110")
        #expect(maxPods?.reason?.path == "kubelet.maxPods")
        let inflight = rows.first { $0.label == "--max-requests-inflight" }
        #expect(inflight?.value == plan.apiServer.value["--max-requests-inflight"]?.stringValue)
        let scoring = rows.first { $0.section == "kube-scheduler" && $0.label.hasSuffix("scoringStrategy.type") }
        #expect(scoring?.value == "LeastAllocated")
    }

    @Test func meshAddsIstioRowsWithNestedAndDottedKeys() {
        var meshed = project
        meshed.profiles[0].mesh.enabled = true
        let rows = ProfileDerivedRow.rows(for: Planner.plan(profile: meshed.profiles[0], in: meshed))
        let concurrency = rows.first { $0.section == "Istio" && $0.label == "sidecar.concurrency" }
        #expect(concurrency != nil && concurrency?.value != "(press w)")
        #expect(rows.contains { $0.label == "pod request" })
        let value: ConfigValue = .map([ConfigEntry("evictionHard", .map([ConfigEntry("memory.available", "100Mi")]))])
        #expect(ProfileDerivedRow.lookup("evictionHard.memory.available", in: value) == "100Mi")
        #expect(ProfileDerivedRow.inline(value) == "{evictionHard: {memory.available: 100Mi}}")
        #expect(ProfileDerivedRow.lookup("missing", in: value) == nil)
        let listed: ConfigValue = .map([ConfigEntry("profiles", .list([.map([ConfigEntry("plugins", .list(["a", "b"]))])]))])
        #expect(ProfileDerivedRow.lookup("profiles[0].plugins[1]", in: listed) == "b")
        #expect(ProfileDerivedRow.lookup("profiles[0].plugins", in: listed) == .list(["a", "b"]))
        #expect(ProfileDerivedRow.lookup("profiles[1].plugins", in: listed) == nil)
        #expect(ProfileDerivedRow.lookup("profiles[x]", in: listed) == nil)
    }
}
