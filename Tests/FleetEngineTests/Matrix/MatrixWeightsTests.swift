import FleetModel
import Testing
@testable import FleetEngine

@Suite struct MatrixWeightsTests {
    @Test func defaultRequirementsMoveOnlyTheirCriteria() {
        // Defaults: one region, not multi-cloud, not on-premises (W05), stateless only (W08),
        // 10 nodes (W15), 20 services, medium experience.
        let weights = MatrixWeights(requirements: Requirements())
        #expect(weights.dictionary == [
            .complexity: 5, .scalability: 3, .ecosystem: 5, .flexibility: 5, .multiCloud: 3,
            .operationalOverhead: 5, .costModel: 5, .statefulSupport: 2, .security: 5,
            .autoscaling: 5, .observability: 5,
        ])
        #expect(weights.entries.first { $0.criterion == .scalability }?.rules == ["W15"])
    }

    @Test func inexperiencedTeamRaisesComplexityAndOverhead() {
        let weights = MatrixWeights(requirements: Requirements(teamExperience: .none))
        #expect(weights[.complexity] == 9)
        #expect(weights[.operationalOverhead] == 9)
        #expect(MatrixWeights(requirements: Requirements(teamExperience: .low))[.complexity] == 7)
        #expect(MatrixWeights(requirements: Requirements(teamExperience: .high))[.operationalOverhead] == 4)
    }

    @Test func derivedWeightsClampAtTen() {
        // 5 + 4 (W04 multi-cloud) + 2 (W06 on-premises) = 11 → 10.
        let weights = MatrixWeights(requirements: Requirements(multiCloud: true, onPremises: true))
        #expect(weights[.multiCloud] == 10)
        #expect(weights.entries.first { $0.criterion == .multiCloud }?.rules == ["W04", "W06"])
    }

    @Test func canonicalRequirementsDerive() {
        let project = MatrixFixtures.canonicalProject()
        let weights = MatrixWeights(requirements: project.requirements)
        // stateful +3, batch +1, mTLS +3, 300 services +2/+1, two regions +1, single cloud −2.
        #expect(weights.dictionary == [
            .complexity: 5, .scalability: 5, .ecosystem: 5, .flexibility: 6, .multiCloud: 3,
            .operationalOverhead: 6, .costModel: 5, .statefulSupport: 8, .security: 8,
            .autoscaling: 6, .observability: 7,
        ])
    }

    @Test func projectWeightsOverrideDerivedOnes() {
        let weights = MatrixWeights(requirements: Requirements(), overrides: [.security: 0, .costModel: 12])
        #expect(weights[.security] == 0)
        #expect(weights[.costModel] == 10)
        let entry = weights.entries.first { $0.criterion == .security }
        #expect(entry?.overridden == true)
        #expect(entry?.derived == 5)
        #expect(weights.entries.first { $0.criterion == .complexity }?.overridden == false)
    }

    @Test func everyRuleHasAUniqueIdAndMovesSomething() {
        let ids = WeightRule.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(WeightRule.all.allSatisfy { !$0.adjustments.isEmpty && !$0.condition.isEmpty })
    }
}
