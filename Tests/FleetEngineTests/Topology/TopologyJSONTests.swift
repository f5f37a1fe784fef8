import Foundation
import FleetModel
import Testing
@testable import FleetEngine

@Suite struct TopologyJSONTests {
    typealias F = TopologyFixtures

    @Test func goldenJSON() {
        var project = F.diagramProject()
        project.topology.clusters[1].zones = 1
        project.topology.clusters[1].environment = "prod"
        expectSnapshot(TopologyJSON.render(project, findings: Lint.findings(for: project)), named: "topology.json")
    }

    @Test func documentHasEveryPartAndOnlyTopologyFindings() throws {
        var project = F.diagramProject()
        project.topology.mesh.meshID = ""
        let planning = Finding(.warning, "FP101", at: "spec.profiles[0].maxPodsPerNode", "not about the topology")
        let json = TopologyJSON.render(project, findings: Lint.findings(for: project) + [planning])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["clusters", "findings", "links", "mesh", "networks", "regions"])
        let clusters = try #require(object["clusters"] as? [[String: Any]])
        #expect(clusters.count == project.topology.clusters.count)
        #expect(clusters[0]["meshRole"] is NSNull)
        #expect(clusters[0]["zones"] as? Int == 3)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.compactMap { $0["code"] as? String }.contains("FP310"))
        #expect(!findings.compactMap { $0["code"] as? String }.contains("FP101"))
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(links.count == TopologyLink.links(in: project.topology).count)
    }

    @Test func outputIsByteStable() {
        let project = F.diagramProject()
        let first = TopologyJSON.render(project, findings: [])
        #expect(first == TopologyJSON.render(project, findings: []))
        #expect(first.hasSuffix("}\n") && !first.contains("\r"))
    }
}
