import FleetModel
import Testing
@testable import FleetEngine

@Suite struct SensitivityTests {
    /// kubernetes (5,1) against nomad (3,3) on (complexity, scalability); the rest eliminated.
    func twoSurvivors(_ weights: [Criterion: Int]) -> MatrixEvaluation {
        let catalog = MatrixFixtures.catalog(
            scores: [.kubernetes: [.complexity: 5, .scalability: 1], .nomad: [.complexity: 3, .scalability: 3]],
            unsupported: [.dockerSwarm: [.gpu], .ecs: [.gpu], .cloudRun: [.gpu]]
        )
        return MatrixEvaluation.evaluate(requirements: Requirements(gpu: true), weights: MatrixWeights(weights), overrides: [], catalog: catalog)
    }

    func entry(_ list: [Sensitivity], _ criterion: Criterion) -> Sensitivity {
        list.first { $0.criterion == criterion }!
    }

    @Test func solvesTheCrossingByHand() {
        // Points: kubernetes 2·4 + 1·0 = 8, nomad 2·2 + 1·2 = 6.
        let evaluation = twoSurvivors([.complexity: 2, .scalability: 1])
        #expect(evaluation.winner == .kubernetes)
        let list = Sensitivity.analyse(evaluation)
        #expect(list.map(\.criterion) == Criterion.allCases)
        // Complexity: kubernetes gains 4 per unit, nomad 2. Raising it never flips; at 1 they
        // tie (4 vs 4) and catalog order keeps kubernetes; at 0 nomad leads 2 to 0.
        let complexity = entry(list, .complexity)
        #expect(complexity.increase == nil)
        #expect(complexity.decrease == Sensitivity.Flip(weight: 0, newWinner: .nomad))
        #expect(complexity.flipAt == 0)
        // Scalability: nomad gains 2 per unit; tie at 2 (8 vs 8), nomad wins at 3.
        let scalability = entry(list, .scalability)
        #expect(scalability.increase == Sensitivity.Flip(weight: 3, newWinner: .nomad))
        #expect(scalability.decrease == nil)
        #expect(scalability.flipAt == 3)
        #expect(scalability.newWinner == .nomad)
        // Criteria where both score the same never change the order.
        #expect(entry(list, .security).flipAt == nil)
        #expect(entry(list, .security).newWinner == nil)
    }

    @Test func theChallengerWinningTiesFlipsAtTheTie() {
        // Same scores, but nomad is the current platform, so it wins ties.
        let catalog = MatrixFixtures.catalog(
            scores: [.kubernetes: [.complexity: 5, .scalability: 1], .nomad: [.complexity: 3, .scalability: 3]],
            unsupported: [.dockerSwarm: [.gpu], .ecs: [.gpu], .cloudRun: [.gpu]]
        )
        let evaluation = MatrixEvaluation.evaluate(
            requirements: Requirements(currentPlatform: .nomad, gpu: true),
            weights: MatrixWeights([.complexity: 2, .scalability: 1]), overrides: [], catalog: catalog)
        let list = Sensitivity.analyse(evaluation)
        #expect(entry(list, .scalability).flipAt == 2)
        #expect(entry(list, .complexity).flipAt == 1)
    }

    @Test func nearestDirectionWinsAndIncreaseOnEqualDistance() {
        let up = Sensitivity.Flip(weight: 7, newWinner: .nomad)
        let down = Sensitivity.Flip(weight: 3, newWinner: .ecs)
        #expect(Sensitivity(criterion: .security, currentWeight: 5, increase: up, decrease: down).newWinner == .nomad)
        #expect(Sensitivity(criterion: .security, currentWeight: 4, increase: up, decrease: down).newWinner == .ecs)
        #expect(Sensitivity(criterion: .security, currentWeight: 4, increase: nil, decrease: nil).flipAt == nil)
    }

    @Test func flipOutsideTheRangeIsNull() {
        // kubernetes 40, nomad 20; nomad gains 2 per scalability unit and needs 11 > 10.
        let list = Sensitivity.analyse(twoSurvivors([.complexity: 10, .scalability: 0]))
        #expect(entry(list, .scalability).flipAt == nil)
        // One unit less of complexity and nomad wins at scalability 10 (36 vs 36 is a tie kept
        // by kubernetes at 9; at 10 nomad has 38 against 36).
        let closer = Sensitivity.analyse(twoSurvivors([.complexity: 9, .scalability: 0]))
        #expect(entry(closer, .scalability).flipAt == 10)
    }

    @Test func singleSurvivorHasNoFlips() {
        let catalog = MatrixFixtures.catalog(scores: [:], unsupported: [
            .kubernetes: [.gpu], .dockerSwarm: [.gpu], .ecs: [.gpu], .cloudRun: [.gpu],
        ])
        let evaluation = MatrixEvaluation.evaluate(requirements: Requirements(gpu: true), weights: MatrixWeights([.security: 3]), overrides: [], catalog: catalog)
        let list = Sensitivity.analyse(evaluation)
        #expect(list.count == Criterion.allCases.count)
        #expect(list.allSatisfy { $0.flipAt == nil })
    }

    @Test func noSurvivorHasNoSensitivity() {
        let catalog = MatrixFixtures.catalog(scores: [:], unsupported: Dictionary(uniqueKeysWithValues: PlatformID.allCases.map { ($0, [.gpu]) }))
        let evaluation = MatrixEvaluation.evaluate(requirements: Requirements(gpu: true), weights: MatrixWeights([.security: 3]), overrides: [], catalog: catalog)
        #expect(Sensitivity.analyse(evaluation) == [])
    }

    @Test func canonicalExampleFlips() throws {
        let evaluation = MatrixEvaluation.evaluate(MatrixFixtures.canonicalProject(), catalog: try MatrixFixtures.bundled())
        let list = Sensitivity.analyse(evaluation)
        // Scalability 5: nomad gains 1 per unit over kubernetes (4 vs 3); the gap is 13 → needs +14.
        #expect(entry(list, .scalability).increase == nil)
        // Stateful 8: kubernetes leads by 2 per unit over nomad and ecs; dropping to 1 closes 14 of 13.
        #expect(entry(list, .statefulSupport).decrease == Sensitivity.Flip(weight: 1, newWinner: .nomad))
    }
}
