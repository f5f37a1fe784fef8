import Foundation
import FleetModel
import Testing
import Yams
@testable import FleetStore

@Suite struct ReaderTests {
    func read(_ text: String, reader: ProjectReader = ProjectReader()) -> ProjectReader.Result {
        reader.read(Data(text.utf8), file: "p.fleet.yaml")
    }

    let minimal = """
        apiVersion: fleetplan/v1
        kind: Project
        metadata: {name: demo}
        spec:
          kubernetesVersion: "1.34"

        """

    @Test func smallestValidProjectTakesDefaults() throws {
        let project = try #require(read(minimal).project)
        #expect(project.requirements == Requirements())
        #expect(project.profiles.isEmpty)
        #expect(project.topology.mesh.model == .none)
    }

    @Test func olderFormatIsMigrated() throws {
        let v0 = Migration(from: "fleetplan/v0") { node in
            // v0 called the version field `k8s`.
            guard case .mapping(var root) = node, case .mapping(var spec)? = root["spec"] else { return node }
            spec["kubernetesVersion"] = spec["k8s"]
            spec["k8s"] = nil
            root["spec"] = .mapping(spec)
            root["apiVersion"] = "fleetplan/v1"
            return .mapping(root)
        }
        let old = minimal.replacingOccurrences(of: "fleetplan/v1", with: "fleetplan/v0")
            .replacingOccurrences(of: "kubernetesVersion", with: "k8s")
        let result = read(old, reader: ProjectReader(migrations: [v0]))
        #expect(result.findings.isEmpty)
        #expect(result.sourceVersion == "fleetplan/v0")
        #expect(result.project?.kubernetesVersion == KubernetesVersion(minor: 34))
        #expect(read(old).project == nil, "without the migration the file is refused")
    }

    @Test func newerFormatSaysUpgrade() throws {
        let finding = try #require(read(minimal.replacingOccurrences(of: "fleetplan/v1", with: "fleetplan/v7")).findings.first)
        #expect(finding.finding.code == "FP006")
        #expect(finding.finding.message.contains("written by a newer Fleetplan"))
        #expect(finding.location == SourceLocation(line: 1, column: 13))
    }

    @Test func suggestionsForMisspeltKeysAndValues() {
        #expect(KeySuggestion.closest(to: "zonesPerRegoin", in: ["zonesPerRegion", "regions"]) == "zonesPerRegion")
        #expect(KeySuggestion.closest(to: "MAXPODSPERNODE", in: ["maxPodsPerNode"]) == "maxPodsPerNode")
        #expect(KeySuggestion.closest(to: "maxPodz", in: ["maxPodsPerNode", "node"]) == "maxPodsPerNode")
        #expect(KeySuggestion.closest(to: "colour", in: ["name", "node"]) == nil)
        #expect(KeySuggestion.editDistance("", "abc") == 3)
        #expect(KeySuggestion.editDistance("kitten", "sitting") == 3)
    }

    @Test func errorsInSeveralPlacesAreAllReported() {
        let text = minimal + """
              requirements:
                zonesPerRegion: lots
                gpu: maybe
              profiles:
                - {name: a, node: {vcpu: 2, memoryGiB: 4}, podCIDRMaskSize: 40}
                - {name: a, node: {vcpu: 2}}

            """
        let found = read(text).findings.map { "\($0.location) \($0.finding.path) \($0.finding.code)" }
        #expect(found == [
            "7:21 spec.requirements.zonesPerRegion FP003",
            "8:10 spec.requirements.gpu FP003",
            "10:65 spec.profiles[0].podCIDRMaskSize FP012",
            "11:14 spec.profiles[1].name FP011",
            "11:23 spec.profiles[1].node.memoryGiB FP004",
        ])
    }

    @Test func sourceMapFallsBackToTheNearestField() throws {
        let result = read(minimal)
        #expect(result.sourceMap.location(of: "spec.kubernetesVersion") == SourceLocation(line: 5, column: 22))
        #expect(result.sourceMap.location(of: "spec.profiles[3].node") == SourceLocation(line: 4, column: 1))
        #expect(result.sourceMap.location(of: "nowhere") == .start)
    }

    @Test func byteOrderMarkIsAccepted() {
        #expect(ProjectReader().read(Data([0xEF, 0xBB, 0xBF] + Array(minimal.utf8)), file: "p").project != nil)
    }

    @Test func tooManyNodesIsAFindingNotAHang() {
        var text = minimal + "  requirements:\n    regions: ["
        text += (0..<20).map { "r\($0)" }.joined(separator: ", ") + "]\n"
        let context = DecodeContext(file: "p", maxNodes: 10)
        let root = try! Parser(yaml: text).singleRoot()!
        _ = ProjectDecoding.project(from: NodeReader(node: root, path: FieldPath(), context: context))
        #expect(context.findings.contains { $0.finding.code == "FP007" })
    }
}
