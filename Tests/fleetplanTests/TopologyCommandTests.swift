import Foundation
import Testing

/// `fleetplan topology`, run as the built binary.
@Suite(.serialized) struct TopologyCommandTests {
    static let example = "docs/examples/payments.fleet.yaml"

    /// The example with its `spec.topology` replaced by `topology` (which starts with `  topology:`).
    static func example(withTopology topology: String) throws -> String {
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent(example), encoding: .utf8)
        let start = try #require(text.range(of: "\n  topology:\n"))
        return String(text[...start.lowerBound]) + topology
    }

    @Test func textDiagramOfTheExample() throws {
        let result = try CLI.run(["topology", Self.example, "--width", "80"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("╔═ eu-west-1 ") == true)
        // The drawing (everything before the findings) fits the width.
        let drawing = lines.prefix { !$0.hasPrefix(Self.example) }
        #expect(drawing.count > 20 && drawing.allSatisfy { $0.unicodeScalars.count <= 80 })
        #expect(result.stdout.contains("prod-eu ↔ prod-us  primary peers, east-west gateways"))
        // The example mixes dev and staging into the production mesh (FP321) and leaves the
        // kube contexts to the runbook (FP320 ×4).
        #expect(result.stdout.contains(" warning FP321: non-production cluster(s) \"dev-eu\", \"staging-eu\""))
        #expect(result.stdout.hasSuffix("\(Self.example): 0 errors, 1 warning, 4 info\n"))
    }

    @Test func asciiAndNarrowWidth() throws {
        let result = try CLI.run(["topology", Self.example, "--ascii", "--width", "10"])
        #expect(result.status == 0)
        #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        // Every diagram line is drawn at the minimum width; the findings follow it.
        let diagram = result.stdout.split(separator: "\n").prefix { !$0.hasPrefix(Self.example) }
        #expect(diagram.map(\.count).max() == 24)
    }

    @Test(arguments: [("mermaid", "flowchart LR\n"), ("dot", "digraph topology {\n"), ("json", "{\n")])
    func otherFormats(format: String, prefix: String) throws {
        let result = try CLI.run(["topology", Self.example, "--format", format])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(prefix))
        if format != "json" {
            #expect(!result.stdout.contains("FP32"), "findings stay out of the drawing")
            #expect(result.stderr.contains(" warning FP321: ") && !result.stderr.contains(" error FP"), "\(result.stderr)")
        }
    }

    @Test func topologyErrorsExitOneWithLineNumbers() throws {
        let directory = try CLI.temporaryDirectory()
        let broken = try Self.example(withTopology: """
              topology:
                mesh:
                  model: primary-remote
                  meshID: payments
                clusters:
                  - {name: mgmt, role: management, environment: shared, region: eu-west-1, profile: general, network: net-eu}
                  - {name: prod-eu, environment: prod, region: eu-west-1, profile: general, network: net-eu, meshRole: remote}
                  - {name: prod-us, environment: prod, region: us-east-1, profile: general, network: net-us, meshRole: primary}

            """)
        try broken.write(to: directory.appendingPathComponent("p.fleet.yaml"), atomically: true, encoding: .utf8)
        let text = try CLI.run(["topology", "p.fleet.yaml"], in: directory)
        #expect(text.status == 1)
        #expect(text.stdout.contains(": spec.topology.clusters[1].meshRole: error FP303: "))
        let dot = try CLI.run(["topology", "p.fleet.yaml", "--format", "dot"], in: directory)
        #expect(dot.status == 1)
        #expect(dot.stdout.hasPrefix("digraph"))
        #expect(dot.stderr.contains("FP303"))
        let json = try CLI.run(["topology", "p.fleet.yaml", "--format", "json"], in: directory)
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"code\" : \"FP303\""))
    }

    @Test func draftIsAProjectFileTopologyThatChecksClean() throws {
        let result = try CLI.run(["topology", Self.example, "--draft"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("spec:\n  topology:\n    mesh:\n      model: multi-primary\n"))
        let directory = try CLI.temporaryDirectory()
        let drafted = try Self.example(withTopology: String(result.stdout.dropFirst("spec:\n".count)))
        try drafted.write(to: directory.appendingPathComponent("d.fleet.yaml"), atomically: true, encoding: .utf8)
        let checked = try CLI.run(["check", "d.fleet.yaml"], in: directory)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        // Only the kube contexts the design cannot know (the two production primaries) and the
        // example's override that repeats the catalog's score (FP208).
        #expect(checked.stdout.hasSuffix("d.fleet.yaml: 0 errors, 0 warnings, 3 info\n"), "\(checked.stdout)")
        #expect(checked.stdout.components(separatedBy: " info FP320: the kube context of ").count == 3)
    }

    @Test func draftChangesListOnlyAdditions() throws {
        let result = try CLI.run(["topology", Self.example, "--draft", "--changes"])
        #expect(result.status == 0)
        #expect(result.stdout == "+ fail over from eu-west-1 to us-east-1\n+ fail over from us-east-1 to eu-west-1\n")
    }

    @Test(arguments: [["--width", "0"], ["--format", "svg"], ["--changes"], ["--draft", "--format", "json"]])
    func usageErrorsExit64(arguments: [String]) throws {
        let result = try CLI.run(["topology", Self.example] + arguments)
        #expect(result.status == 64)
        #expect(!result.stderr.isEmpty)
    }

    @Test func missingFileExits66() throws {
        let result = try CLI.run(["topology", "missing.fleet.yaml"])
        #expect(result.status == 66)
    }
}
