import FleetModel
import Testing
@testable import FleetEngine

@Suite struct LintTests {
    @Test func cleanTemplateHasNoErrors() {
        #expect(!Lint.findings(for: ProjectTemplate.multiRegion.project(named: "demo")).hasErrors)
    }

    @Test func structuralErrorsComeFirstAndSorted() {
        var project = ProjectTemplate.minimal.project(named: "demo")
        project.topology.clusters[1].profile = "missing"
        project.profiles[0].node.vcpu = 0
        let findings = Lint.findings(for: project)
        #expect(findings.map(\.code) == ["FP012", "FP013"])
    }

    @Test func sortIsStableForEqualKeys() {
        let a = Finding(.warning, "FP100", at: "spec.x", "first")
        let b = Finding(.warning, "FP100", at: "spec.x", "second")
        let e = Finding(.error, "FP200", at: "spec.y", "error")
        #expect(Lint.sorted([a, b, e]).map(\.message) == ["error", "first", "second"])
    }
}
