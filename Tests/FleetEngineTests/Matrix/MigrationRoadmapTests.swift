import FleetModel
import Testing
@testable import FleetEngine

@Suite struct MigrationRoadmapTests {
    func roadmap(_ project: Project) throws -> MigrationRoadmap? {
        let evaluation = MatrixEvaluation.evaluate(project, catalog: try MatrixFixtures.bundled())
        return MigrationRoadmap.draft(for: project, evaluation: evaluation)
    }

    @Test func canonicalMigrationFollowsTheTopology() throws {
        let plan = try #require(try roadmap(MatrixFixtures.canonicalProject()))
        #expect(plan.kind == .migration)
        #expect(plan.from == .dockerSwarm)
        #expect(plan.to == .kubernetes)
        #expect(plan.phases.map(\.id) == ["foundation", "env-dev", "env-staging", "prod-eu-west-1", "prod-us-east-1", "retire"])
        #expect(plan.phases.map(\.clusters) == [["mgmt"], ["dev-eu"], ["staging-eu"], ["prod-eu"], ["prod-us"], []])
        #expect(plan.phases[3].title == "Production eu-west-1 (pilot region)")
        #expect(plan.phases[1].steps.contains("Run dev on Docker Swarm and Kubernetes side by side and compare error rates and latency."))
        #expect(plan.phases[0].steps.contains { $0.contains("Compose files with deploy: keys") && $0.contains("300 services") })
        #expect(plan.phases[0].steps.contains { $0.contains("trust domain payments.example.com") })
    }

    @Test func everyProductionPhaseHasACanaryAndARehearsedRollback() throws {
        let plan = try #require(try roadmap(MatrixFixtures.canonicalProject()))
        let production = plan.phases.filter { $0.id.hasPrefix("prod-") }
        #expect(production.count == 2)
        for phase in production {
            #expect(phase.steps.contains { $0.hasPrefix("Canary:") })
            #expect(phase.steps.contains { $0.hasPrefix("Rehearse the rollback") && $0.contains("Docker Swarm") })
            #expect(phase.steps.contains { $0.hasPrefix("Replicate each stateful store") })
            #expect(!phase.exitCriteria.isEmpty && !phase.risks.isEmpty)
        }
        #expect(production[1].steps.first == "Apply what the eu-west-1 rollout taught before starting.")
    }

    @Test func greenfieldHasNoRetirement() throws {
        var project = MatrixFixtures.canonicalProject()
        project.requirements.currentPlatform = nil
        let plan = try #require(try roadmap(project))
        #expect(plan.kind == .greenfield)
        #expect(plan.from == nil)
        #expect(plan.phases.last?.id == "prod-us-east-1")
        #expect(!plan.phases.flatMap(\.steps).contains { $0.contains("side by side") })
    }

    @Test func stayingOnTheWinnerIsNotAMigration() throws {
        var project = MatrixFixtures.canonicalProject()
        project.requirements.currentPlatform = .kubernetes
        let plan = try #require(try roadmap(project))
        #expect(plan.kind == .stay)
        #expect(plan.strategy.hasPrefix("Stay on Kubernetes"))
        #expect(!plan.phases.map(\.id).contains("retire"))
    }

    @Test func noTargetNoRoadmap() throws {
        var project = MatrixFixtures.canonicalProject()
        project.requirements.multiCloud = true
        project.requirements.expectedNodes = 20_000   // 10,000 per region: above Kubernetes' 5,000
        project.requirements.windows = true
        var catalog = try MatrixFixtures.bundled()
        for index in catalog.platforms.indices {
            for capability in catalog.platforms[index].facts.capabilities.indices
            where catalog.platforms[index].facts.capabilities[capability].capability == .windows {
                catalog.platforms[index].facts.capabilities[capability].support = .no
            }
        }
        let evaluation = MatrixEvaluation.evaluate(project, catalog: catalog)
        #expect(evaluation.winner == nil)
        #expect(MigrationRoadmap.draft(for: project, evaluation: evaluation) == nil)
    }

    @Test func missingManagementAndUnlistedRegionsAreStillCovered() throws {
        var project = ProjectTemplate.minimal.project(named: "small")
        project.topology.clusters.removeAll { $0.role == .management }
        project.topology.clusters.append(Cluster(name: "prod-ap", environment: "prod", region: "ap-south-1", profile: "general", network: "net-ap"))
        let plan = try #require(try roadmap(project))
        #expect(plan.phases[0].steps[0] == "Choose where the GitOps controller runs: the topology has no management cluster.")
        #expect(plan.phases.map(\.id) == ["foundation", "env-dev", "prod-eu-west-1", "prod-ap-south-1"])
        #expect(plan.phases[3].clusters == ["prod-ap"])
    }

    @Test func productionIsTheLastEnvironmentWhenNoneIsNamedProd() throws {
        var project = ProjectTemplate.minimal.project(named: "small")
        project.requirements.environments = ["dev", "live"]
        project.topology.clusters[1].environment = "live"
        let plan = try #require(try roadmap(project))
        #expect(plan.phases.map(\.id) == ["foundation", "env-dev", "prod-eu-west-1"])
        #expect(plan.phases[2].clusters == ["prod"])
    }
}
