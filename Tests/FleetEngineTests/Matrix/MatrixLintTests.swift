import FleetModel
import Testing
@testable import FleetEngine

@Suite struct MatrixLintTests {
    /// The codes, without FP208: the canonical example's override repeats the catalog's score.
    func codes(_ project: Project, catalog: Catalog? = nil) throws -> [String] {
        try MatrixLint.findings(for: project, catalog: catalog ?? MatrixFixtures.bundled()).map(\.code).filter { $0 != "FP208" }
    }

    @Test func canonicalExampleIsClean() throws {
        // Kubernetes leads by 5.9 points, above the close-margin threshold; the override is consistent
        // with the facts, but equals the catalog's own score: FP208 says it changes nothing.
        #expect(try MatrixLint.findings(for: MatrixFixtures.canonicalProject(), catalog: MatrixFixtures.bundled()).map(\.code) == ["FP208"])
        #expect(try codes(MatrixFixtures.canonicalProject()) == [])
    }

    @Test func anOverrideEqualToTheCatalogIsAnInfo() throws {
        var project = MatrixFixtures.canonicalProject()
        let findings = MatrixLint.findings(for: project, catalog: try MatrixFixtures.bundled()).filter { $0.code == "FP208" }
        #expect(findings.count == 1 && findings[0].severity == .info && findings[0].path.description == "spec.matrix.overrides[0].score")
        project.matrix.overrides[0].score = 4
        #expect(MatrixLint.findings(for: project, catalog: try MatrixFixtures.bundled()).allSatisfy { $0.code != "FP208" })
    }

    @Test func allEliminatedIsAnError() throws {
        var project = MatrixFixtures.canonicalProject()
        project.matrix.overrides = []
        project.requirements.multiCloud = true
        project.requirements.expectedNodes = 20_000
        project.requirements.windows = true
        let catalog = MatrixFixtures.catalog(scores: [:], unsupported: [.dockerSwarm: [.windows], .nomad: [.windows]],
                                             maxNodes: [.kubernetes: 5000])
        var noMulti = catalog
        for index in noMulti.platforms.indices where [.ecs, .cloudRun].contains(noMulti.platforms[index].id) {
            noMulti.platforms[index].facts.capabilities[1].support = .no
        }
        let findings = MatrixLint.findings(for: project, catalog: noMulti)
        let error = try #require(findings.first { $0.code == "FP201" })
        #expect(error.severity == .error)
        #expect(error.path.description == "spec.requirements")
        #expect(error.message.hasPrefix("every platform is eliminated by the requirements (Kubernetes: needs 10000 nodes"))
        // The current platform (Docker Swarm) is out too.
        #expect(findings.map(\.code).sorted() == ["FP201", "FP204"])
    }

    @Test func closeMarginIsInfo() throws {
        var project = MatrixFixtures.canonicalProject()
        project.matrix.overrides = []
        project.matrix.weights = [.complexity: 2, .scalability: 1]
        project.requirements.workloads = []
        project.requirements.mtlsRequired = false
        project.requirements.expectedServices = 20
        project.requirements.regions = ["eu-west-1"]
        for criterion in Criterion.allCases where project.matrix.weights[criterion] == nil { project.matrix.weights[criterion] = 0 }
        // kubernetes 8 vs nomad 6 with twoCriteria-like scores comes from the fixture catalog.
        let findings = MatrixLint.findings(for: project, catalog: MatrixFixtures.twoCriteria)
        // cloud-run 12 points (100) vs kubernetes 8 (66.7): not close.
        #expect(!findings.contains { $0.code == "FP202" })
        project.requirements.onPremises = true
        project.matrix.weights[.complexity] = 3
        project.matrix.weights[.scalability] = 2
        // kubernetes 12, nomad 10 of a denominator 20: 60 vs 50 → 10 points, not close.
        #expect(!MatrixLint.findings(for: project, catalog: MatrixFixtures.twoCriteria).contains { $0.code == "FP202" })
        project.matrix.weights[.security] = 10
        // Denominator 60: kubernetes 12 + 20 = 32 → 53.3, nomad 10 + 20 = 30 → 50.0: 3.3 points.
        let close = try #require(MatrixLint.findings(for: project, catalog: MatrixFixtures.twoCriteria).first { $0.code == "FP202" })
        #expect(close.severity == .info)
        #expect(close.message == "Kubernetes leads Nomad by only 3.3 points")
        #expect(close.path.description == "spec.matrix.weights")
    }

    @Test func tieIsReportedAsCloseMargin() throws {
        var project = MatrixFixtures.canonicalProject()
        project.requirements.currentPlatform = nil
        project.requirements.onPremises = true
        project.matrix.overrides = []
        project.matrix.weights = Dictionary(uniqueKeysWithValues: Criterion.allCases.map { ($0, 0) })
        project.matrix.weights[.complexity] = 1
        project.matrix.weights[.scalability] = 1
        let findings = MatrixLint.findings(for: project, catalog: MatrixFixtures.twoCriteria)
        #expect(findings.first { $0.code == "FP202" }?.message == "Kubernetes ties with Docker Swarm and wins on the tie-break")
    }

    @Test func overrideContradictingAHardFactWarns() throws {
        var project = MatrixFixtures.canonicalProject()
        project.matrix.overrides = [
            ScoreOverride(platform: .cloudRun, criterion: .statefulSupport, score: 4, note: "we use Cloud SQL"),
            ScoreOverride(platform: .ecs, criterion: .multiCloud, score: 3, note: "ECS Anywhere"),
            ScoreOverride(platform: .ecs, criterion: .multiCloud, score: 2, note: "low is fine"),
        ]
        let findings = try MatrixLint.findings(for: project, catalog: MatrixFixtures.bundled())
        #expect(findings.map(\.code) == ["FP203", "FP203"])
        #expect(findings.map(\.path.description) == ["spec.matrix.overrides[0].score", "spec.matrix.overrides[1].score"])
        #expect(findings[0].message.hasSuffix("[RUN-12]"))
    }

    @Test func currentPlatformEliminatedWarns() throws {
        var project = MatrixFixtures.canonicalProject()
        project.matrix.overrides = []
        project.requirements.currentPlatform = .cloudRun
        let findings = try MatrixLint.findings(for: project, catalog: MatrixFixtures.bundled())
        let warning = try #require(findings.first { $0.code == "FP204" })
        #expect(warning.path.description == "spec.requirements.currentPlatform")
        #expect(warning.message.contains("[RUN-12]"))
    }

    @Test func closeMarginWaitsForTheTeamsWeights() throws {
        var project = ProjectTemplate.multiRegion.project(named: "demo")
        let evaluation = MatrixEvaluation.evaluate(project, catalog: try MatrixFixtures.bundled())
        #expect(try #require(evaluation.margin) < MatrixLint.closeMargin)
        #expect(try codes(project) == [])
        project.matrix.weights = [.costModel: 5]
        #expect(try codes(project) == ["FP202"])
    }

    @Test func allZeroWeightsIsInfoAndNotAlsoClose() throws {
        var project = MatrixFixtures.canonicalProject()
        project.matrix.overrides = []
        project.matrix.weights = Dictionary(uniqueKeysWithValues: Criterion.allCases.map { ($0, 0) })
        #expect(try codes(project) == ["FP205"])
    }

    @Test func lintRunsTheMatrixRules() {
        var project = ProjectTemplate.multiRegion.project(named: "demo")
        project.requirements.currentPlatform = .cloudRun
        #expect(Lint.findings(for: project).map(\.code).contains("FP204"))
        #expect(MatrixLint.bundledFindings(for: project).map(\.code).contains("FP204"))
    }

    @Test func decisionDatesAreRealDaysAndAcceptedDecisionsNameTheirPeople() throws {
        var project = MatrixFixtures.canonicalProject()
        for good in ["2026-11-30", "2024-02-29", "2000-02-29", "1999-12-31"] {
            project.matrix.decision = DecisionInfo(status: .accepted, date: good, deciders: ["A"])
            #expect(try codes(project) == [], "\(good)")
        }
        for bad in ["2026-02-30", "2023-02-29", "1900-02-29", "2026-13-01", "2026-1-01", "30.11.2026", "２０２６-11-30", "2026-11-00"] {
            project.matrix.decision = DecisionInfo(date: bad)
            let findings = MatrixLint.findings(for: project, catalog: try MatrixFixtures.bundled()).filter { $0.code == "FP206" }
            #expect(findings.count == 1 && findings[0].severity == .error && findings[0].path.description == "spec.matrix.decision.date", "\(bad)")
        }
        project.matrix.decision = DecisionInfo(status: .accepted)
        let unsigned = MatrixLint.findings(for: project, catalog: try MatrixFixtures.bundled()).filter { $0.code == "FP206" }
        #expect(unsigned.map(\.path.description) == ["spec.matrix.decision.date", "spec.matrix.decision.deciders"])
        #expect(unsigned.allSatisfy { $0.severity == .warning })
        project.matrix.decision = DecisionInfo(status: .proposed)
        #expect(try codes(project) == [], "a proposal needs no date yet")
    }

    @Test func aPinnedPlatformIsReportedWhenItIsNotTheRecommendation() throws {
        var project = MatrixFixtures.canonicalProject()
        project.matrix.decision.platform = .kubernetes
        #expect(try codes(project) == [], "pinning the top-ranked platform says nothing")
        project.matrix.decision.platform = .nomad
        let info = MatrixLint.findings(for: project, catalog: try MatrixFixtures.bundled()).filter { $0.code == "FP207" }
        #expect(info.count == 1 && info[0].severity == .info && info[0].message.contains("over the top-ranked Kubernetes"))
        if !project.requirements.workloads.contains(.stateful) { project.requirements.workloads.append(.stateful) }
        project.matrix.decision.platform = .cloudRun
        let warning = MatrixLint.findings(for: project, catalog: try MatrixFixtures.bundled()).filter { $0.code == "FP207" }
        #expect(warning.count == 1 && warning[0].severity == .warning, "\(warning)")
    }
}

@Suite struct ShownDifferenceTests {
    @Test func aShownDifferenceAddsUp() {
        // 73.66 and 66.54 print as 73.7 and 66.5: the difference shown is 7.2, not 7.1.
        #expect(Double.shownDifference(73.66, 66.54).fixedPoint(1) == "7.2")
        #expect((73.66 - 66.54).fixedPoint(1) == "7.1")
        #expect(Double.shownDifference(10.04, 10.04) == 0)
    }
}
