import Testing
@testable import FleetModel

@Suite struct ValidationTests {
    @Test(arguments: ProjectTemplate.allCases)
    func templatesValidateClean(template: ProjectTemplate) {
        #expect(template.project(named: "demo").validate().isEmpty)
    }

    @Test func reportsEveryProblemNotOnlyTheFirst() {
        var project = ProjectTemplate.minimal.project(named: "Bad Name")
        project.profiles[0].node.vcpu = 0
        project.profiles.append(project.profiles[0])
        project.topology.clusters[1].profile = "missing"
        project.matrix.weights[.complexity] = 11
        let findings = project.validate()
        let paths = findings.map(\.path.description)
        #expect(paths.contains("metadata.name"))
        #expect(paths.contains("spec.profiles[0].node.vcpu"))
        #expect(paths.contains("spec.profiles[1].name"))
        #expect(paths.contains("spec.topology.clusters[1].profile"))
        #expect(paths.contains("spec.matrix.weights.complexity"))
        #expect(findings.allSatisfy { $0.severity == .error })
    }

    @Test func danglingProfileNamesTheKnownOnes() throws {
        var project = ProjectTemplate.minimal.project(named: "demo")
        project.topology.clusters[0].profile = "gpu"
        let finding = try #require(project.validate().first)
        #expect(finding.code == "FP013")
        #expect(finding.hint.contains("\"general\""))
    }

    @Test func cpuFinerThanAMillicoreIsRejected() {
        var project = ProjectTemplate.minimal.project(named: "demo")
        project.profiles[0].workload.podCPU = Quantity(parsing: "0.0001")!
        #expect(project.validate().map(\.code) == ["FP012"])
    }

    @Test func overrideNeedsANoteAndIsUnique() {
        var project = ProjectTemplate.minimal.project(named: "demo")
        let override = ScoreOverride(platform: .nomad, criterion: .ecosystem, score: 3, note: " ")
        project.matrix.overrides = [override, override]
        #expect(project.validate().map(\.code) == ["FP016", "FP016", "FP011"])
    }

    @Test(arguments: [("a", true), ("prod-eu", true), ("-x", false), ("x-", false), ("Prod", false), ("", false),
                      (String(repeating: "a", count: 63), true), (String(repeating: "a", count: 64), false), ("a_b", false)])
    func dnsLabels(name: String, valid: Bool) {
        #expect((DNSLabel.problem(with: name) == nil) == valid)
    }

    @Test func sanitizedLabelsAreValid() {
        for text in ["../../x", "a/b", "Hello World", "\u{0}\n", String(repeating: "x", count: 300), "ÄÖÜ"] {
            #expect(DNSLabel.problem(with: DNSLabel.sanitized(text)) == nil)
        }
    }

    @Test func fieldPathRoundTrips() {
        let path: FieldPath = "spec.profiles[0].node.vcpu"
        #expect(path.description == "spec.profiles[0].node.vcpu")
        #expect(path == FieldPath.spec.key("profiles").index(0).key("node").key("vcpu"))
        #expect(path.parent?.description == "spec.profiles[0].node")
    }
}
