import FleetModel
import Testing
@testable import FleetEngine

/// Clusters planned one by one, and the fleet totals.
@Suite struct FleetPlanTests {
    static func payments() -> Project { ProjectTemplate.multiRegion.project(named: "payments") }

    @Test func aDevClusterAtATenthPlansATenthOfTheNodes() {
        var project = Self.payments()
        project.topology.clusters[1].workload = nil
        let full = FleetPlan(project).sizing(of: "dev-eu")!
        project.topology.clusters[1].workload = ClusterWorkload(percent: 10)
        let tenth = FleetPlan(project).sizing(of: "dev-eu")!
        #expect(full.pods == 1800 && tenth.pods == 180)
        #expect(full.capacity.nodesRequired == 99)
        #expect(tenth.capacity.nodesRequired == 10, "⌈180 × 1.2 ÷ 22⌉")
        #expect(tenth.plannedNodes == 15, "⌈10 ÷ 2⌉ × 3 zones")
    }

    @Test func podsOverrideThenPercentScaleRoundingUp() {
        #expect(ClusterWorkload(pods: 401, percent: 10).pods(profilePods: 1800) == 41)
        #expect(ClusterWorkload(pods: 400).pods(profilePods: 1800) == 400)
        #expect(ClusterWorkload(percent: 250).pods(profilePods: 100) == 250)
        #expect(ClusterWorkload().pods(profilePods: 77) == 77)
    }

    @Test func totalsAddUpByEnvironmentRegionAndOverall() {
        let fleet = FleetPlan(Self.payments())
        #expect(fleet.total.clusters == 5)
        #expect(fleet.total.nodes == fleet.sizings.map(\.plannedNodes).reduce(0, +))
        #expect(fleet.total.nodes == 6 + 15 + 39 + 150 + 150)
        #expect(fleet.total.vcpu == fleet.total.nodes * 8)
        #expect(fleet.total.pods == 60 + 180 + 450 + 1800 + 1800)
        #expect(fleet.byEnvironment.map(\.key) == ["shared", "dev", "staging", "prod"])
        #expect(fleet.totals(environment: "prod")?.nodes == 300)
        #expect(fleet.totals(region: "us-east-1")?.nodes == 150)
        #expect(fleet.byRegion.map(\.value.nodes).reduce(0, +) == fleet.total.nodes)
        #expect(FleetRules.findings(for: Self.payments()).isEmpty, "the template's expectedNodes matches its plan")
    }

    @Test func fp335NamesBothNumbersWhenThePlanIsFarFromTheExpectation() {
        var project = Self.payments()
        project.requirements.expectedNodes = 120
        let findings = FleetRules.findings(for: project).filter { $0.code == "FP335" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("360") == true && findings.first?.message.contains("120") == true)
        project.requirements.expectedNodes = 300   // within a quarter of 360
        #expect(FleetRules.findings(for: project).filter { $0.code == "FP335" }.isEmpty)
    }

    @Test func aPrimaryServingRemotesSizesIstiodForAllTheirSidecars() throws {
        var project = Self.payments()
        project.topology.mesh.model = .primaryRemote
        project.topology.mesh.eastWestGateways = ["net-eu", "net-us"]
        for index in [1, 2] {
            project.topology.clusters[index].meshRole = .remote
            project.topology.clusters[index].primary = "prod-eu"
        }
        project.topology.clusters[4].meshRole = .remote
        project.topology.clusters[4].primary = "prod-eu"
        let fleet = FleetPlan(project)
        let primary = try #require(fleet.sizing(of: "prod-eu"))
        #expect(primary.sidecarsServed == 1800 + 180 + 450 + 1800)
        #expect(fleet.sizing(of: "dev-eu")?.sidecarsServed == 0)
        let plan = try #require(fleet.clusterPlan(named: "prod-eu", in: project))
        let istiod = try #require(plan.tuning.istio?.value["istiod"])
        // 4,230 sidecars need three replicas at 2,000 each.
        #expect(istiod.value(at: ["autoscaling", "minReplicas"]) == .int(3))
        let alone = try #require(FleetPlan(Self.payments()).clusterPlan(named: "prod-eu", in: Self.payments()))
        #expect(alone.tuning.istio?.value["istiod"]?.value(at: ["autoscaling", "minReplicas"]) == .int(3))
        #expect(plan.tuning.istio?.value["istiod"]?.value(at: ["resources", "requests", "cpu"])
                != alone.tuning.istio?.value["istiod"]?.value(at: ["resources", "requests", "cpu"]))
    }

    @Test func pinnedOverlapOnOneNetworkIsAnErrorAtTheSecondCluster() {
        var project = Self.payments()
        project.topology.clusters[1].podCIDR = "10.200.0.0/16"
        project.topology.clusters[2].podCIDR = "10.200.128.0/17"
        let findings = FleetRules.findings(for: project).filter { $0.code == "FP331" }
        #expect(findings.map(\.path.description) == ["spec.topology.clusters[2].podCIDR"])
        // The same pins on different networks are fine.
        project.topology.clusters[2].network = "net-other"
        #expect(FleetRules.findings(for: project).filter { $0.code == "FP331" }.isEmpty)
    }
}
