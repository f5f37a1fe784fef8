import FleetModel
import Testing
@testable import FleetEngine

@Suite struct MatrixEvaluationTests {
    let catalog = MatrixFixtures.twoCriteria

    func evaluate(_ weights: [Criterion: Int], _ requirements: Requirements = Requirements(), overrides: [ScoreOverride] = [],
                  catalog: Catalog? = nil) -> MatrixEvaluation {
        MatrixEvaluation.evaluate(requirements: requirements, weights: MatrixWeights(weights), overrides: overrides,
                                  catalog: catalog ?? self.catalog)
    }

    @Test func scoresAreNormalisedWeightedSums() {
        // Weights complexity 2, scalability 1: denominator 4 · 3 = 12.
        let result = evaluate([.complexity: 2, .scalability: 1])
        #expect(result[.kubernetes].points == 8)   // 2·4 + 1·0
        #expect(result[.dockerSwarm].points == 4)  // 2·0 + 1·4
        #expect(result[.nomad].points == 6)        // 2·2 + 1·2
        #expect(result[.ecs].points == 0)
        #expect(result[.cloudRun].points == 12)
        #expect(result[.cloudRun].score == 100)
        #expect(result[.ecs].score == 0)
        #expect(result[.nomad].score == 50)
        #expect(abs(result[.kubernetes].score - 800.0 / 12) < 1e-9)
        #expect(result.ranking == [.cloudRun, .kubernetes, .nomad, .dockerSwarm, .ecs])
        #expect(abs(result.margin! - 100.0 / 3) < 1e-9)
        #expect(result.notes == [])
    }

    @Test func contributionsSumToTheScore() {
        let result = evaluate([.complexity: 2, .scalability: 1])
        let k8s = result[.kubernetes]
        #expect(abs(k8s.cell(.complexity)!.contribution - 800.0 / 12) < 1e-9)
        #expect(k8s.cell(.scalability)!.contribution == 0)
        for platform in result.platforms {
            #expect(abs(platform.cells.reduce(0) { $0 + $1.contribution } - platform.score) < 1e-9)
        }
    }

    @Test func eliminatedPlatformsStayVisibleButDoNotRank() {
        let result = evaluate([.complexity: 2, .scalability: 1], Requirements(onPremises: true))
        #expect(result.eliminated == [.cloudRun])
        #expect(result[.cloudRun].score == 100)
        #expect(result.ranking == [.kubernetes, .nomad, .dockerSwarm, .ecs])
        #expect(result.winner == .kubernetes)
        #expect(abs(result.margin! - (800.0 / 12 - 50)) < 1e-9)
    }

    @Test func tiesGoToCatalogOrderWhenNothingElseDiffers() {
        // Equal weights: kubernetes, docker-swarm and nomad all have 4 points.
        let result = evaluate([.complexity: 1, .scalability: 1], Requirements(onPremises: true))
        #expect(result.ranking == [.kubernetes, .dockerSwarm, .nomad, .ecs])
        #expect(result.notes == ["Kubernetes and Docker Swarm score the same; the tie-break puts Kubernetes first."])
        #expect(result.margin == 0)
    }

    @Test func tiesGoToTheCurrentPlatformFirst() {
        let result = evaluate([.complexity: 1, .scalability: 1], Requirements(onPremises: true, currentPlatform: .nomad))
        #expect(result.ranking == [.nomad, .kubernetes, .dockerSwarm, .ecs])
    }

    @Test func tiesGoToTheHigherUnweightedSumBeforeCatalogOrder() {
        var scores: [PlatformID: [Criterion: Int]] = [
            .kubernetes: [.complexity: 5, .scalability: 1], .dockerSwarm: [.complexity: 1, .scalability: 5, .observability: 4],
        ]
        scores[.nomad] = [.complexity: 3, .scalability: 3]
        let catalog = MatrixFixtures.catalog(scores: scores, unsupported: [.cloudRun: [.onPremises]])
        let result = evaluate([.complexity: 1, .scalability: 1], Requirements(onPremises: true), catalog: catalog)
        #expect(result.ranking.prefix(3) == [.dockerSwarm, .kubernetes, .nomad])
    }

    @Test func allZeroWeightsScoreZeroAndTheTieBreakDecides() {
        let result = evaluate([:], Requirements(currentPlatform: .ecs))
        #expect(result.platforms.allSatisfy { $0.score == 0 && $0.cells.allSatisfy { $0.contribution == 0 } })
        #expect(result.winner == .ecs)
        #expect(result.margin == 0)
        #expect(result.notes.count == 1)
        #expect(result.notes[0].hasPrefix("Every weight is 0"))
    }

    @Test func singleSurvivorWinsWithoutMargin() {
        let catalog = MatrixFixtures.catalog(scores: [:], unsupported: [
            .kubernetes: [.gpu], .dockerSwarm: [.gpu], .ecs: [.gpu], .cloudRun: [.gpu],
        ])
        let result = evaluate([.security: 3], Requirements(gpu: true), catalog: catalog)
        #expect(result.ranking == [.nomad])
        #expect(result.winner == .nomad)
        #expect(result.runnerUp == nil)
        #expect(result.margin == nil)
    }

    @Test func allEliminatedGivesNoWinnerAndSaysWhy() {
        let catalog = MatrixFixtures.catalog(scores: [:], unsupported: Dictionary(uniqueKeysWithValues: PlatformID.allCases.map { ($0, [.windows]) }))
        let result = evaluate([.security: 3], Requirements(windows: true), catalog: catalog)
        #expect(result.winner == nil)
        #expect(result.ranking == [])
        #expect(result.eliminated == PlatformID.allCases)
        #expect(result.margin == nil)
        #expect(result.notes == ["Every platform is eliminated by the hard constraints; relax a requirement to get a recommendation."])
    }

    @Test func overridesReplaceScoresAndCarryTheirNote() {
        let override = ScoreOverride(platform: .ecs, criterion: .complexity, score: 5, note: "Fargate only")
        let result = evaluate([.complexity: 2, .scalability: 1], overrides: [override])
        let cell = result[.ecs].cell(.complexity)!
        #expect(cell.score == 5)
        #expect(cell.catalogScore == 1)
        #expect(cell.overrideNote == "Fargate only")
        #expect(result[.ecs].points == 8)
        #expect(result[.kubernetes].cell(.complexity)?.overrideNote == nil)
    }

    @Test func canonicalExampleByHand() throws {
        let result = MatrixEvaluation.evaluate(MatrixFixtures.canonicalProject(), catalog: try MatrixFixtures.bundled())
        // Weights 3,5,4,3,2,4,5,8,8,6,7 sum to 55; denominator 220.
        #expect(result.weights.total == 55)
        #expect(result.eliminated == [.cloudRun])
        #expect(result[.kubernetes].points == 159)
        #expect(result[.nomad].points == 146)
        #expect(result[.ecs].points == 141)
        #expect(result[.dockerSwarm].points == 93)
        #expect(result.ranking == [.kubernetes, .nomad, .ecs, .dockerSwarm])
        #expect(abs(result[.kubernetes].score - 15900.0 / 220) < 1e-9)
        #expect(abs(result.margin! - 1300.0 / 220) < 1e-9)
        #expect(result[.nomad].cell(.ecosystem)?.overrideNote == "The team already runs Consul and Vault")
    }
}
