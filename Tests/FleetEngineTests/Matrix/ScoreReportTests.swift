import FleetModel
import Foundation
import Testing
@testable import FleetEngine

@Suite struct ScoreReportTests {
    func canonical(compare: (PlatformID, PlatformID)? = nil) throws -> ScoreReport {
        ScoreReport(project: MatrixFixtures.canonicalProject(), catalog: try MatrixFixtures.bundled(), compare: compare)
    }

    @Test func canonicalTextMatchesTheGoldenFile() throws {
        try MatrixSnapshot.check(try canonical(compare: (.kubernetes, .nomad)).text(), at: "Tests/FleetEngineTests/Matrix/Snapshots/canonical-score.txt")
    }

    @Test func canonicalJSONMatchesTheGoldenFile() throws {
        try MatrixSnapshot.check(try canonical().json(), at: "Tests/FleetEngineTests/Matrix/Snapshots/canonical-score.json")
    }

    @Test func canonicalCSVMatchesTheGoldenFile() throws {
        try MatrixSnapshot.check(try canonical().csv(), at: "Tests/FleetEngineTests/Matrix/Snapshots/canonical-score.csv")
    }

    @Test func exportDocumentsMatchTheirGoldenFiles() throws {
        let report = try canonical()
        try MatrixSnapshot.check(report.sensitivityCSV(), at: "Tests/FleetEngineTests/Matrix/Snapshots/canonical-sensitivity.csv")
        try MatrixSnapshot.check(report.comparisonMarkdown(), at: "Tests/FleetEngineTests/Matrix/Snapshots/canonical-comparison.md")
        try MatrixSnapshot.check(report.decisionRecord(), at: "Tests/FleetEngineTests/Matrix/Snapshots/canonical-decision.md")
    }

    @Test func sensitivityCSVLeavesNoFlipEmpty() throws {
        let lines = try canonical().sensitivityCSV().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 1 + Criterion.allCases.count + 1)
        #expect(lines.contains("statefulSupport,8,1,nomad,,,1,nomad"))
        #expect(lines.contains("scalability,5,,,,,,"))
    }

    @Test func comparisonAndDecisionWithoutSurvivors() {
        var project = MatrixFixtures.canonicalProject()
        project.requirements.windows = true
        let catalog = MatrixFixtures.catalog(scores: [:], unsupported: Dictionary(uniqueKeysWithValues: PlatformID.allCases.map { ($0, [.windows]) }))
        let report = ScoreReport(project: project, catalog: catalog)
        #expect(report.comparisonMarkdown().contains("No platform survives the hard constraints"))
        let record = report.decisionRecord()
        #expect(record.contains("None yet: every platform is eliminated"))
        #expect(record.contains("- Docker Swarm: eliminated; must run Windows containers: windows no (T-01)."))
    }

    @Test func textLeadsWithTheRecommendation() throws {
        let text = try canonical().text()
        #expect(text.contains("Recommendation: Kubernetes (72.3), ahead of Nomad (66.4) by 5.9 points."))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        #expect(!text.contains(" \n"))
    }

    @Test func allEliminatedRendersAClearMessage() throws {
        var project = MatrixFixtures.canonicalProject()
        project.requirements.multiCloud = true
        project.requirements.expectedNodes = 20_000
        let catalog = MatrixFixtures.catalog(scores: [:], unsupported: Dictionary(uniqueKeysWithValues: PlatformID.allCases.map { ($0, [.multiCloud]) }))
        let report = ScoreReport(project: project, catalog: catalog)
        let text = report.text()
        #expect(text.contains("No recommendation: every platform is eliminated by the hard constraints (see Eliminated)."))
        #expect(!text.contains("Roadmap"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(json["winner"] is NSNull)
        #expect((json["ranking"] as? [Any])?.isEmpty == true)
        #expect((json["eliminated"] as? [Any])?.count == 5)
        #expect(json["roadmap"] is NSNull)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try canonical().json().utf8)) as? [String: Any])
        #expect(json["winner"] as? String == "kubernetes")
        #expect(json["margin"] as? Double == 5.91)
        let ranking = try #require(json["ranking"] as? [[String: Any]])
        #expect(ranking.map { $0["platform"] as? String } == ["kubernetes", "nomad", "ecs", "docker-swarm"])
        #expect(ranking[0]["score"] as? Double == 72.27)
        let contributions = try #require(ranking[0]["contributions"] as? [String: Double])
        #expect(contributions.count == Criterion.allCases.count)
        #expect(contributions["statefulSupport"] == 14.55)   // 8 · 4 / 220 · 100
        let eliminated = try #require(json["eliminated"] as? [[String: Any]])
        #expect(eliminated.first?["platform"] as? String == "cloud-run")
        let weights = try #require(json["weights"] as? [String: Int])
        #expect(weights["complexity"] == 3 && weights["security"] == 8)
        let sensitivity = try #require(json["sensitivity"] as? [[String: Any]])
        let stateful = try #require(sensitivity.first { $0["criterion"] as? String == "statefulSupport" })
        #expect(stateful["currentWeight"] as? Int == 8)
        #expect(stateful["flipAt"] as? Int == 1)
        #expect(stateful["newWinner"] as? String == "nomad")
        let scalability = try #require(sensitivity.first { $0["criterion"] as? String == "scalability" })
        #expect(scalability["flipAt"] is NSNull)
        let roadmap = try #require(json["roadmap"] as? [String: Any])
        #expect(roadmap["from"] as? String == "docker-swarm")
        #expect((roadmap["phases"] as? [Any])?.count == 6)
    }

    @Test func outputsAreByteStable() throws {
        #expect(try canonical().json() == (try canonical().json()))
        #expect(try canonical().text() == (try canonical().text()))
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        #expect(ScoreReport.csvField("plain") == "plain")
        #expect(ScoreReport.csvField("a, b") == "\"a, b\"")
        #expect(ScoreReport.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
    }

    @Test func fixedPointRounds() {
        #expect(72.2727.fixedPoint(1) == "72.3")
        #expect((-0.04).fixedPoint(1) == "0.0")
        #expect((-5.25).fixedPoint(1) == "-5.3")
        #expect(3.0.fixedPoint(2) == "3.00")
        #expect(0.05.fixedPoint(0) == "0")
    }

    @Test func textWidthIgnoresCombiningMarks() {
        #expect(TextTable.width("abc") == 3)
        #expect(TextTable.width("e\u{301}") == 1)
        var table = TextTable([.left, .right])
        table.add(["a", "1"])
        table.add(["bbb", "22"])
        #expect(table.render() == "  a     1\n  bbb  22")
    }
}

/// The cost-model criterion's note: the design's own estimate on Kubernetes, the same figure
/// `plan` prints, in every report format, without changing a score.
@Suite struct ScoreReportCostNoteTests {
    @Test func theNoteCarriesThePlannedFleetEstimate() throws {
        let project = MatrixFixtures.canonicalProject()
        let report = ScoreReport(project: project, catalog: try MatrixFixtures.bundled())
        let cost = try #require(FleetPlan(project).costs(in: project))
        #expect(report.kubernetesCost == cost)
        let dollars = cost.knownMonthlyUSD.dollars
        #expect(cost.knownMonthlyUSD > 0)
        let text = report.text()
        #expect(text.contains("  - costModel: Kubernetes as planned: \(dollars) USD/month for \(project.topology.clusters.count) clusters"))
        #expect(text.contains("on-demand list prices, 730 hours a month"))
        let json = report.json()
        #expect(json.contains("\"kubernetesCost\""))
        #expect(json.contains("\"monthlyUSD\": \"\(dollars)\""))
        // Informing, not scoring: the evaluation is the one without the note.
        #expect(report.evaluation == MatrixEvaluation.evaluate(project, catalog: try MatrixFixtures.bundled()))
    }

    @Test func unpricedPartsAreCountedNotGuessed() throws {
        var project = MatrixFixtures.canonicalProject()
        for index in project.profiles.indices {
            project.profiles[index].provider = .bareMetal
            project.profiles[index].instanceType = nil
            project.profiles[index].nodeMonthlyCostUSD = nil
        }
        let report = ScoreReport(project: project, catalog: try MatrixFixtures.bundled())
        let cost = try #require(report.kubernetesCost)
        #expect(!cost.isComplete)
        #expect(cost.matrixNote.contains("; \(cost.unknowns.count) unpriced part(s) not in the sum"))
        #expect(report.json().contains("\"complete\": false"))
    }

    @Test func noClustersNoNote() throws {
        var project = MatrixFixtures.canonicalProject()
        project.topology.clusters = []
        let report = ScoreReport(project: project, catalog: try MatrixFixtures.bundled())
        #expect(report.kubernetesCost == nil)
        #expect(!report.text().contains("Kubernetes as planned"))
        #expect(!report.json().contains("kubernetesCost"))
    }
}
