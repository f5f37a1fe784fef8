import Foundation
import FleetModel
import Testing
@testable import FleetEngine

/// Mermaid and Graphviz output: goldens, the syntax each tool requires, and `dot` itself.
@Suite struct TopologyGraphTests {
    typealias F = TopologyFixtures

    @Test func goldenMermaid() {
        expectSnapshot(TopologyMermaid.render(F.diagramProject()), named: "topology.mmd")
    }

    @Test func goldenDOT() {
        expectSnapshot(TopologyDOT.render(F.diagramProject()), named: "topology.dot")
    }

    /// A project to draw, shown by name in test results.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var project: Project
        var testDescription: String { name }
    }

    /// Projects whose names and labels stress escaping and identifiers.
    static func awkwardProjects() -> [Case] {
        var awkward = F.diagramProject()
        awkward.topology.clusters[1].region = "東京 \"north\" #1 <a>"
        awkward.topology.clusters[2].name = "end"
        awkward.topology.clusters[3].environment = "o\\x"
        awkward.topology.clusters.append(Cluster(name: "prod_eu", environment: "prod", region: "eu-west-1",
                                                 profile: "general", network: "net-eu"))
        var empty = F.multiRegion()
        empty.topology = Topology()
        return [
            Case(name: "three regions", project: F.diagramProject()),
            Case(name: "primary-remote", project: F.primaryRemote()),
            Case(name: "minimal template", project: ProjectTemplate.minimal.project(named: "m")),
            Case(name: "awkward names", project: awkward),
            Case(name: "no clusters", project: empty),
        ]
    }

    @Test(arguments: awkwardProjects())
    func mermaidFollowsTheFlowchartGrammar(drawn: Case) throws {
        let text = TopologyMermaid.render(drawn.project)
        #expect(text.hasSuffix("\n") && !text.contains("\r"))
        var lines = text.split(separator: "\n").map(String.init)
        #expect(lines.removeFirst() == "flowchart LR")
        let id = #"[A-Za-z_][A-Za-z0-9_]*"#
        let quoted = #""[^"]*""#
        let subgraph = try Regex("^ *subgraph (\(id))\\[\(quoted)\\]$")
        let node = try Regex("^ *(\(id))\\[\(quoted)\\]$")
        let edge = try Regex("^ *(\(id)) (-->|<-->|-\\.->)\\|\(quoted)\\| (\(id))$")
        var depth = 0
        var defined: Set<String> = []
        var referenced: [String] = []
        for line in lines {
            if let match = line.wholeMatch(of: subgraph) {
                depth += 1
                #expect(depth == 1, "nested subgraph: \(line)")
                defined.insert(String(match.output[1].substring!))
            } else if line.trimmingCharacters(in: .whitespaces) == "end" {
                depth -= 1
                #expect(depth == 0, "unbalanced end")
            } else if let match = line.wholeMatch(of: node) {
                #expect(depth == 1, "node outside a subgraph: \(line)")
                #expect(defined.insert(String(match.output[1].substring!)).inserted, "duplicate id: \(line)")
            } else if let match = line.wholeMatch(of: edge) {
                #expect(depth == 0)
                referenced += [String(match.output[1].substring!), String(match.output[3].substring!)]
            } else {
                Issue.record("not flowchart syntax: \(line)")
            }
        }
        #expect(depth == 0)
        for name in referenced {
            #expect(defined.contains(name), "edge to undefined id \(name)")
            #expect(name.lowercased() != "end")
        }
    }

    @Test(arguments: awkwardProjects())
    func graphvizAcceptsTheDOT(drawn: Case) throws {
        let project = drawn.project
        let text = TopologyDOT.render(project)
        #expect(text.hasPrefix("digraph topology {\n") && text.hasSuffix("}\n"))
        let regions = TopologyRegion.regions(of: project).count
        #expect(text.components(separatedBy: "subgraph cluster_").count - 1 == regions)
        guard let dot = Self.executable("dot") else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("Graphviz `dot` is not on PATH; CI must install graphviz")
            }
            return
        }
        let process = Process()
        process.executableURL = dot
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "dot rejected the graph: \(stderr)")
        #expect(stderr.isEmpty, "dot warned: \(stderr)")
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func escapesQuotesAndBackslashes() {
        #expect(TopologyDOT.quote("a\"b\\c\nd") == #""a\"b\\c\nd""#)
        #expect(TopologyMermaid.escape("say \"hi\" #1 <b>") == "say #quot;hi#quot; #35;1 #lt;b#gt;")
    }

    @Test func identifiersAreSanitisedAndUnique() {
        var ids = DiagramIdentifiers(prefix: "c_")
        #expect(ids.id(for: "prod-eu") == "c_prod_eu")
        #expect(ids.id(for: "prod_eu") == "c_prod_eu_2")
        #expect(ids.id(for: "prod-eu") == "c_prod_eu")
        #expect(ids.id(for: "東京") == "c___")
    }

    /// The first `name` on `PATH`, if any.
    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
