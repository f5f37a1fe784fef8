import Foundation
import FleetModel
import Testing
@testable import FleetStore

@Suite struct RoundTripTests {
    static let examplePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/examples/payments.fleet.yaml").path

    func read(_ text: String) -> ProjectReader.Result {
        ProjectReader().read(Data(text.utf8), file: "test.fleet.yaml")
    }

    @Test(arguments: ProjectTemplate.allCases)
    func templatesSaveBackByteIdentical(template: ProjectTemplate) throws {
        let text = ProjectWriter().text(for: template.project(named: "demo"))
        let result = read(text)
        #expect(result.findings.isEmpty)
        let project = try #require(result.project)
        #expect(project == template.project(named: "demo"))
        #expect(ProjectWriter().text(for: project) == text)
    }

    @Test func canonicalExampleLoadsCleanAndSavesStably() throws {
        let loaded = try ProjectFile.load(Self.examplePath)
        #expect(loaded.findings.isEmpty)
        let project = loaded.project
        #expect(project.metadata.name == "payments-platform")
        #expect(project.kubernetesVersion == KubernetesVersion(minor: 34))
        #expect(project.requirements.currentPlatform == .dockerSwarm)
        #expect(project.requirements.workloads == [.stateless, .stateful, .batch])
        #expect(project.profiles[0].workload.podCPU.millis == 250)
        #expect(project.profiles[0].mesh.maxConcurrentConnections == 4000)
        #expect(project.matrix.weights[.operationalOverhead] == 4)
        #expect(project.matrix.overrides[0].note == "The team already runs Consul and Vault")
        #expect(project.topology.mesh.model == .multiPrimary)
        #expect(project.topology.clusters.map(\.name) == ["mgmt", "dev-eu", "staging-eu", "prod-eu", "prod-us"])
        #expect(project.topology.clusters[0].meshRole == nil)
        let once = ProjectWriter().text(for: project)
        let again = try #require(read(once).project)
        #expect(again == project)
        #expect(ProjectWriter().text(for: again) == once)
        #expect(!once.contains("\r"))
    }

    @Test func awkwardStringsSurviveARoundTrip() throws {
        var project = ProjectTemplate.minimal.project(named: "demo")
        let strings = ["yes", "1.30", "a: b", "# not a comment", "line\nbreak", "\"quoted\"", "tab\there", " padded ",
                       "- dash", "[x]", "{y}", "null", "~", "0x1F", "2001-12-14", "ünïcødé ✓", "back\\slash", "@at", "%pct", "-"]
        project.metadata.description = strings.joined(separator: " | ")
        project.matrix.overrides = strings.enumerated().map { offset, text in
            ScoreOverride(platform: PlatformID.allCases[offset % 5], criterion: Criterion.allCases[offset % 11], score: 3, note: text)
        }.reduce(into: [ScoreOverride]()) { unique, item in
            if !unique.contains(where: { $0.platform == item.platform && $0.criterion == item.criterion }) { unique.append(item) }
        }
        project.topology.clusters[0].description = "Dev: the {first} cluster, #1"
        let text = ProjectWriter().text(for: project)
        let result = read(text)
        #expect(result.findings.map(\.formatted) == [])
        #expect(result.project == project)
        #expect(ProjectWriter().text(for: try #require(result.project)) == text)
    }

    @Test func optionalFieldsRoundTrip() throws {
        var project = ProjectTemplate.multiRegion.project(named: "demo")
        project.profiles[0].reserved = Reservations(systemCPU: Quantity(millis: 100), systemMemory: Quantity(mebibytes: 512),
                                                    kubeCPU: Quantity(millis: 80), kubeMemory: Quantity(mebibytes: 1024))
        project.profiles[0].featureGates = ["InPlacePodVerticalScaling": true, "AnyGate": false]
        project.profiles[0].provider = .bareMetal
        project.profiles[0].scheduling = .binpack
        project.topology.clusters[1].zones = 2
        project.topology.clusters[1].meshRole = .remote
        project.topology.clusters[1].primary = "prod-eu"
        project.matrix.weights = [.security: 9, .complexity: 0]
        let text = ProjectWriter().text(for: project)
        let reread = try #require(read(text).project)
        #expect(reread == project)
        #expect(text.contains("      featureGates:\n        AnyGate: false\n        InPlacePodVerticalScaling: true\n"))
    }
}
