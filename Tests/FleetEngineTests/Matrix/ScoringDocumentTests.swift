import FleetModel
import Foundation
import Testing
@testable import FleetEngine

/// docs/scoring.md is written by hand; these checks keep it in step with the code.
@Suite struct ScoringDocumentTests {
    func page() throws -> String {
        try String(contentsOf: MatrixSnapshot.root.appendingPathComponent("docs/scoring.md"), encoding: .utf8)
    }

    @Test func listsEveryWeightRuleAsImplemented() throws {
        let page = try page()
        for rule in WeightRule.all {
            #expect(page.contains("| \(rule.id) | \(rule.condition) | \(rule.adjustmentText) | \(rule.rationale) |"), "\(rule.id)")
        }
        #expect(page.contains("Every criterion starts at **\(WeightRule.baseWeight)**"))
    }

    @Test func citesTheFactOfEveryConstraintTheCatalogCanApply() throws {
        let page = try page()
        let catalog = try Catalog.bundled()
        for entry in catalog.platforms {
            for capability in entry.facts.capabilities where capability.support != .yes {
                #expect(page.contains(capability.fact), "\(entry.id.rawValue).\(capability.capability.rawValue)")
            }
            if entry.facts.maxNodesPerCluster != nil { #expect(page.contains(entry.facts.nodeLimitFact)) }
        }
    }

    @Test func workedExampleMatchesTheEngine() throws {
        let page = try page()
        let evaluation = MatrixEvaluation.evaluate(MatrixFixtures.canonicalProject(), catalog: try Catalog.bundled())
        for platform in PlatformID.allCases {
            let result = evaluation[platform]
            #expect(page.contains("\(result.points) (\(result.score.fixedPoint(1)))") || page.contains("\(result.points) points"), "\(platform)")
        }
    }
}
