import Foundation
import Testing

/// Each triggering example of `docs/lint-rules.md` § Topology, applied to the canonical
/// example and run through `fleetplan check`, reports its code; the example itself has only
/// FP320 and FP321 (its two examples are the file as it is).
@Suite(.serialized) struct TopologyRuleExamplesTests {
    /// One documented example: the code and the edits (text → replacement) that trigger it.
    struct Example: CustomTestStringConvertible, Sendable {
        var code: String
        var edits: [(String, String)]
        var testDescription: String { code }
    }

    static let dev = "{name: dev-eu, role: workload, environment: dev, region: eu-west-1, profile: general, network: net-eu, meshRole: primary, workload: {percent: 10}}"
    static let staging = "network: net-eu, meshRole: primary, workload: {percent: 25}}"
    static let gateways = "      eastWestGateways: [net-eu, net-us]"

    static func devEU(_ from: String, _ to: String) -> (String, String) {
        (dev, dev.replacingOccurrences(of: from, with: to))
    }

    static let examples: [Example] = [
        Example(code: "FP300", edits: [("      meshID: payments\n", "      meshID: \"Payments Mesh\"\n")]),
        Example(code: "FP301", edits: [("[net-eu, net-us]", "[net-eu, net-us, net-eu]")]),
        Example(code: "FP302", edits: [devEU("meshRole: primary", "meshRole: remote, primary: nowhere")]),
        Example(code: "FP303", edits: [devEU("meshRole: primary", "meshRole: remote")]),
        Example(code: "FP304", edits: [("network: net-eu, meshRole: primary}\n      - {name: prod-us",
                                        "network: net-eu, meshRole: primary, primary: prod-us}\n      - {name: prod-us")]),
        Example(code: "FP305", edits: [("model: multi-primary", "model: none")]),
        Example(code: "FP306", edits: [("meshRole: primary", "meshRole: remote, primary: prod-eu")]),
        Example(code: "FP307", edits: [("model: multi-primary", "model: primary-remote"), ("[net-eu, net-us]", "[]"),
                                       devEU("network: net-eu, meshRole: primary", "network: net-dev, meshRole: remote, primary: prod-eu")]),
        Example(code: "FP308", edits: [("[net-eu, net-us]", "[net-eu]")]),
        Example(code: "FP309", edits: [("[net-eu, net-us]", "[net-eu, net-us, net-ap]")]),
        Example(code: "FP310", edits: [("      meshID: payments\n", "")]),
        Example(code: "FP311", edits: [("trustDomain: payments.example.com", "trustDomain: Payments.example.com")]),
        Example(code: "FP312", edits: [("{name: mgmt, role: management, environment: shared", "{name: mgmt, role: workload, environment: prod")]),
        Example(code: "FP313", edits: [("      - {name: prod-us, role: workload, environment: prod, region: us-east-1, profile: general, network: net-us, meshRole: primary}\n", "")]),
        Example(code: "FP314", edits: [("{name: prod-eu, role: workload, environment: prod, region: eu-west-1,",
                                        "{name: prod-eu, role: workload, environment: prod, region: eu-west-1, zones: 1,")]),
        Example(code: "FP315", edits: [(gateways, "      failover: [{from: eu-west-1, to: [us-east-1]}]\n" + gateways),
                                       ("{name: prod-us, role: workload, environment: prod", "{name: prod-us, role: workload, environment: staging")]),
        Example(code: "FP316", edits: [(gateways, "      failover: [{from: eu-west-1, to: [ap-south-1]}]\n" + gateways)]),
        Example(code: "FP317", edits: [devEU("region: eu-west-1", "region: sa-east-1")]),
        Example(code: "FP318", edits: [devEU("environment: dev", "environment: qa")]),
        Example(code: "FP319", edits: [("model: multi-primary", "model: none"), (", meshRole: primary", "")]),
        Example(code: "FP320", edits: []),
        Example(code: "FP321", edits: []),
        Example(code: "FP322", edits: [("model: multi-primary", "model: primary-remote"),
                                       devEU("meshRole: primary", "meshRole: remote, primary: prod-eu")]),
        Example(code: "FP323", edits: [("    windows: false\n", "    windows: true\n")]),
        Example(code: "FP324", edits: [("model: multi-primary", "model: primary-remote"),
                                       devEU("meshRole: primary", "meshRole: remote, primary: prod-eu")]),
        Example(code: "FP325", edits: [("      mesh:\n        enabled: true\n", "      mesh:\n        enabled: false\n")]),
        Example(code: "FP326", edits: [("repository: https://git.example.com/payments/platform-design.git", "repository: git.example.com/payments")]),
        Example(code: "FP330", edits: [devEU("workload: {percent: 10}", "workload: {percent: 10}, podCIDR: 10.128.1.0/16")]),
        Example(code: "FP331", edits: [devEU("workload: {percent: 10}", "workload: {percent: 10}, podCIDR: 10.200.0.0/16"),
                                       (staging, "network: net-eu, meshRole: primary, workload: {percent: 25}, podCIDR: 10.200.0.0/16}")]),
        Example(code: "FP332", edits: [devEU("workload: {percent: 10}",
                                             "workload: {percent: 10}, podCIDR: 10.200.0.0/16, serviceCIDR: 10.200.0.0/20")]),
        Example(code: "FP333", edits: [("region: eu-west-1, profile: general, network: net-eu, meshRole: primary}",
                                        "region: eu-west-1, profile: general, network: net-eu, meshRole: primary, podCIDR: 10.200.0.0/20}")]),
        Example(code: "FP334", edits: [("    clusters:\n", "    addressPlan: {podPool: 10.128.0.0/16}\n    clusters:\n")]),
        Example(code: "FP335", edits: [("expectedNodes: 360", "expectedNodes: 120")]),
        Example(code: "FP336", edits: [devEU("workload: {percent: 10}", "workload: {percent: 10}, serviceCIDR: 10.32.0.0/11")]),
    ]

    @Test(arguments: examples)
    func documentedExampleTriggersItsRule(example: Example) throws {
        let original = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/examples/payments.fleet.yaml"), encoding: .utf8)
        var text = original
        for (from, to) in example.edits {
            #expect(text.contains(from), "the example no longer contains \(from)")
            text = text.replacingOccurrences(of: from, with: to)
        }
        let directory = try CLI.temporaryDirectory()
        try text.write(to: directory.appendingPathComponent("e.fleet.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "e.fleet.yaml"], in: directory)
        #expect(result.stdout.contains(" \(example.code): "), "\(result.stdout)\(result.stderr)")
    }

    @Test func everyTopologyCodeIsDocumentedWithAnExample() throws {
        let doc = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/lint-rules.md"), encoding: .utf8)
        let documented = doc.split(separator: "\n").filter { $0.hasPrefix("| FP3") }.map { String($0.dropFirst(2).prefix(5)) }
        #expect(documented == Self.examples.map(\.code))
    }
}
