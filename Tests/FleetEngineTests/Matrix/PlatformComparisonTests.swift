import FleetModel
import Testing
@testable import FleetEngine

@Suite struct PlatformComparisonTests {
    @Test func rowsCarryScoresContributionsAndDifferences() {
        // Weights complexity 2, scalability 1 → denominator 12.
        let evaluation = MatrixEvaluation.evaluate(
            requirements: Requirements(onPremises: true), weights: MatrixWeights([.complexity: 2, .scalability: 1]),
            overrides: [ScoreOverride(platform: .nomad, criterion: .scalability, score: 4, note: "tested at 3,000 nodes")],
            catalog: MatrixFixtures.twoCriteria)
        let comparison = PlatformComparison(evaluation, .kubernetes, .nomad)
        let complexity = comparison.rows[0]
        #expect(complexity.criterion == .complexity)
        #expect(complexity.weight == 2)
        #expect((complexity.firstScore, complexity.secondScore) == (5, 3))
        #expect(abs(complexity.firstContribution - 800.0 / 12) < 1e-9)
        #expect(abs(complexity.secondContribution - 400.0 / 12) < 1e-9)
        #expect(abs(complexity.difference - 400.0 / 12) < 1e-9)
        let scalability = comparison.rows[1]
        #expect((scalability.firstScore, scalability.secondScore) == (1, 4))
        #expect(abs(scalability.difference + 300.0 / 12) < 1e-9)
        #expect(scalability.secondNote == "tested at 3,000 nodes")
        // kubernetes 8 points, nomad 4 + 3 = 7.
        #expect(abs(comparison.difference - 100.0 / 12) < 1e-9)
        #expect(comparison.deciding.map(\.criterion) == [.complexity, .scalability])
    }

    @Test func comparingWithAnEliminatedPlatformKeepsItsReasons() {
        let evaluation = MatrixEvaluation.evaluate(
            requirements: Requirements(onPremises: true), weights: MatrixWeights([.complexity: 1]),
            overrides: [], catalog: MatrixFixtures.twoCriteria)
        let comparison = PlatformComparison(evaluation, .cloudRun, .kubernetes)
        #expect(comparison.first.status.isEliminated)
        #expect(comparison.first.status.eliminations.first?.requirement.description == "spec.requirements.onPremises")
        #expect(!comparison.second.status.isEliminated)
        #expect(comparison.difference == 0)
        #expect(comparison.deciding == [])
    }

    @Test func comparingAPlatformWithItselfIsAllZero() {
        let evaluation = MatrixEvaluation.evaluate(
            requirements: Requirements(), weights: MatrixWeights([.complexity: 3, .security: 2]),
            overrides: [], catalog: MatrixFixtures.twoCriteria)
        let comparison = PlatformComparison(evaluation, .ecs, .ecs)
        #expect(comparison.rows.allSatisfy { $0.difference == 0 })
        #expect(comparison.rows.count == Criterion.allCases.count)
    }
}
