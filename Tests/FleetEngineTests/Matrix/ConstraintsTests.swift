import FleetModel
import Testing
@testable import FleetEngine

@Suite struct ConstraintsTests {
    func statuses(_ requirements: Requirements, _ catalog: Catalog) -> [PlatformID: ConstraintStatus] {
        Dictionary(uniqueKeysWithValues: PlatformID.allCases.map {
            ($0, Constraints.status(of: $0, requirements: requirements, catalog: catalog))
        })
    }

    func eliminated(_ requirements: Requirements, _ catalog: Catalog) -> [PlatformID] {
        let all = statuses(requirements, catalog)
        return PlatformID.allCases.filter { all[$0]!.isEliminated }
    }

    @Test func defaultRequirementsEliminateNothing() throws {
        #expect(eliminated(Requirements(), try MatrixFixtures.bundled()) == [])
    }

    @Test func onPremisesRulesOutCloudRunAndKeepsECSAnywhereWithACaveat() throws {
        let all = statuses(Requirements(onPremises: true), try MatrixFixtures.bundled())
        #expect(PlatformID.allCases.filter { all[$0]!.isEliminated } == [.cloudRun])
        let reason = try #require(all[.cloudRun]?.eliminations.first)
        #expect(reason.requirement.description == "spec.requirements.onPremises")
        #expect(reason.fact == "RUN-14")
        let caveat = try #require(all[.ecs]?.caveats.first)
        #expect(caveat.fact == "ECS-19")
        #expect(caveat.text.contains("ECS Anywhere"))
        #expect(caveat.text.contains("Fargate cannot run on-premises"))
        #expect(all[.kubernetes]?.caveats == [])
    }

    @Test func multiCloudRulesOutECSAndCloudRun() throws {
        let all = statuses(Requirements(multiCloud: true), try MatrixFixtures.bundled())
        #expect(PlatformID.allCases.filter { all[$0]!.isEliminated } == [.ecs, .cloudRun])
        #expect(all[.ecs]?.eliminations.map(\.fact) == ["ECS-18"])
        #expect(all[.cloudRun]?.eliminations.map(\.fact) == ["RUN-15"])
    }

    @Test func statefulRulesOutCloudRunAtTheWorkloadsIndex() throws {
        let all = statuses(Requirements(workloads: [.stateless, .stateful]), try MatrixFixtures.bundled())
        #expect(PlatformID.allCases.filter { all[$0]!.isEliminated } == [.cloudRun])
        #expect(all[.cloudRun]?.eliminations.first?.requirement.description == "spec.requirements.workloads[1]")
        #expect(all[.dockerSwarm]?.caveats.map(\.fact) == ["SWARM-10"])
        #expect(all[.ecs]?.caveats.map(\.fact) == ["ECS-11"])
    }

    @Test func windowsRulesOutCloudRun() throws {
        #expect(eliminated(Requirements(windows: true), try MatrixFixtures.bundled()) == [.cloudRun])
    }

    @Test func gpuIsCaveatedNotEliminatedByTheBundledCatalog() throws {
        let all = statuses(Requirements(gpu: true), try MatrixFixtures.bundled())
        #expect(PlatformID.allCases.filter { all[$0]!.isEliminated } == [])
        #expect(PlatformID.allCases.filter { !all[$0]!.caveats.isEmpty } == [.dockerSwarm, .ecs])
    }

    @Test func gpuBatchAndStatelessEliminateWhereTheCatalogSaysNo() {
        let catalog = MatrixFixtures.catalog(scores: [:], unsupported: [
            .nomad: [.gpu], .ecs: [.batch], .dockerSwarm: [.stateless],
        ])
        #expect(eliminated(Requirements(workloads: [], gpu: true), catalog) == [.nomad])
        #expect(eliminated(Requirements(workloads: [.batch]), catalog) == [.ecs])
        #expect(eliminated(Requirements(workloads: [.stateless]), catalog) == [.dockerSwarm])
        #expect(eliminated(Requirements(workloads: [.stateful]), catalog) == [])
    }

    @Test func nodeLimitCountsNodesPerRegion() throws {
        let catalog = try MatrixFixtures.bundled()
        let two = ["eu-west-1", "us-east-1"]
        // 10,000 over two regions is 5,000 per cluster: exactly the documented limit.
        #expect(eliminated(Requirements(regions: two, expectedNodes: 10_000), catalog) == [])
        // 10,001 over two regions needs 5,001 in one cluster.
        #expect(eliminated(Requirements(regions: two, expectedNodes: 10_001), catalog) == [.kubernetes, .ecs])
        let reason = try #require(statuses(Requirements(regions: two, expectedNodes: 10_001), catalog)[.kubernetes]?.eliminations.first)
        #expect(reason.fact == "K8S-01")
        #expect(reason.requirement.description == "spec.requirements.expectedNodes")
        #expect(reason.text.hasPrefix("needs 5001 nodes in one cluster (10001 nodes over 2 region(s)), above the documented 5000"))
        #expect(eliminated(Requirements(regions: ["eu-west-1"], expectedNodes: 5_001), catalog) == [.kubernetes, .ecs])
    }

    @Test func nodesPerClusterRoundsUpAndSurvivesNoRegions() {
        #expect(Constraints.nodesPerCluster(Requirements(regions: ["a", "b", "c"], expectedNodes: 10)) == 4)
        #expect(Constraints.nodesPerCluster(Requirements(regions: [], expectedNodes: 7)) == 7)
    }

    @Test func reasonsAccumulate() throws {
        let all = statuses(Requirements(multiCloud: true, onPremises: true, workloads: [.stateful], windows: true), try MatrixFixtures.bundled())
        #expect(all[.cloudRun]?.eliminations.map(\.fact) == ["RUN-14", "RUN-15", "RUN-12", "RUN-16"])
    }

    @Test func platformMissingFromTheCatalogIsEliminated() {
        let catalog = Catalog(reviewed: "2026-01-01", facts: [], platforms: [])
        #expect(Constraints.status(of: .nomad, requirements: Requirements(), catalog: catalog).isEliminated)
    }
}
