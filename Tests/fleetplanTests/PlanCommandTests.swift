import Foundation
import Testing

/// `fleetplan plan` run as a user would: stdout, stderr and exit status.
@Suite(.serialized) struct PlanCommandTests {
    static let example = "docs/examples/payments.fleet.yaml"

    @Test func textReportOnTheCanonicalExample() throws {
        let result = try CLI.run(["plan", Self.example])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        for line in ["Profile general (Kubernetes 1.34)",
                     "  allocatable    7910m CPU / 31775Mi memory",
                     "  pods per node  22, limited by cpu (maxPods 54, cpu 22, memory 39)",
                     "  prod-eu     prod         eu-west-1  net-eu   1800        99      150  10.0.4.0/23  10.130.0.0/15    10.96.12.0/23   73.00 +?",
                     "  total                       5    360             15  2880       11520  4290",
                     "  --max-requests-inflight=400", "  kind: KubeletConfiguration", "  kind: Telemetry"] {
            #expect(result.stdout.contains(line + "\n"), "\(line)")
        }
    }

    @Test func jsonOnTheCanonicalExample() throws {
        let result = try CLI.run(["plan", Self.example, "--format", "json"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let profile = try #require((root["profiles"] as? [[String: Any]])?.first)
        #expect(profile["name"] as? String == "general")
        let capacity = try #require(profile["capacity"] as? [String: Any])
        #expect(capacity["nodesToSurviveZoneLoss"] as? Int == 150)
        let kubelet = try #require(profile["kubelet"] as? [String: Any])
        #expect(kubelet["maxPods"] as? Int == 58)
        let clusters = try #require(root["clusters"] as? [[String: Any]])
        #expect(clusters.map { $0["name"] as? String } == ["mgmt", "dev-eu", "staging-eu", "prod-eu", "prod-us"])
        let dev = try #require(clusters.first { $0["name"] as? String == "dev-eu" })
        for key in ["name", "profile", "environment", "region", "network", "nodesRequired", "nodesToSurviveNodeLoss",
                    "nodesToSurviveZoneLoss", "podCIDR", "serviceCIDR"] {
            #expect(dev[key] != nil, "clusters[] has \(key)")
        }
        #expect(dev["nodesRequired"] as? Int == 10)
        #expect(dev["podCIDR"] as? String == "10.128.32.0/19")
        let fleet = try #require(root["fleet"] as? [String: Any])
        let total = try #require(fleet["total"] as? [String: Any])
        #expect(total["nodes"] as? Int == 360)
        #expect((fleet["byEnvironment"] as? [[String: Any]])?.count == 4)
        #expect((fleet["byRegion"] as? [[String: Any]])?.count == 2)
    }

    @Test func oneClusterInFull() throws {
        let result = try CLI.run(["plan", Self.example, "--cluster", "dev-eu"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Cluster dev-eu: workload in dev, eu-west-1, network net-eu, mesh primary\n"))
        #expect(result.stdout.contains("  podCIDR 10.128.32.0/19 (allocated)\n"))
        #expect(result.stdout.contains("  nodes          10 required, 11 to survive a node loss, 15 to survive a zone loss (3 zones)\n"))
        let unknown = try CLI.run(["plan", Self.example, "--cluster", "nowhere"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no cluster named \"nowhere\""))
    }

    @Test func overlappingPinsOnOneNetworkExitOneAtTheSecondClustersLine() throws {
        var text = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent(Self.example).path, encoding: .utf8)
        text = text.replacingOccurrences(of: "workload: {percent: 10}}", with: "workload: {percent: 10}, podCIDR: 10.200.0.0/16}")
        text = text.replacingOccurrences(of: "workload: {percent: 25}}", with: "workload: {percent: 25}, podCIDR: 10.200.0.0/17}")
        let directory = try CLI.temporaryDirectory()
        try text.write(to: directory.appendingPathComponent("p.fleet.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "p.fleet.yaml"], in: directory)
        #expect(result.status == 1)
        // staging-eu is the fourth cluster line, after mgmt and dev-eu.
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("name: staging-eu") }! + 1
        #expect(result.stdout.contains("p.fleet.yaml:\(line):"), "\(result.stdout)")
        #expect(result.stdout.contains("spec.topology.clusters[2].podCIDR: error FP331"))
    }

    /// The committed example outputs match the binary's. Re-record with
    /// `RECORD_SNAPSHOTS=1 swift test --filter PlanCommandTests`.
    @Test(arguments: [("text", "docs/examples/payments.plan.txt"), ("json", "docs/examples/payments.plan.json")])
    func committedExampleOutputIsCurrent(format: String, golden: String) throws {
        let result = try CLI.run(["plan", Self.example, "--format", format])
        #expect(result.status == 0)
        let url = CLI.packageRoot.appendingPathComponent(golden)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(result.stdout == committed, "\(golden) is out of date: run RECORD_SNAPSHOTS=1 swift test --filter PlanCommandTests")
    }

    @Test func profileFilter() throws {
        let result = try CLI.run(["plan", Self.example, "--profile", "general"])
        #expect(result.status == 0)
        let unknown = try CLI.run(["plan", Self.example, "--profile", "gpu"])
        #expect(unknown.status == 64)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("no profile named \"gpu\" (profiles: \"general\")"))
    }

    @Test func planningErrorsExitOne() throws {
        let directory = try CLI.temporaryDirectory()
        let example = try String(contentsOf: CLI.packageRoot.appendingPathComponent(Self.example), encoding: .utf8)
        let broken = example.replacingOccurrences(of: "kubernetesVersion: \"1.34\"", with: "kubernetesVersion: \"1.29\"")
        #expect(broken != example)
        try broken.write(to: directory.appendingPathComponent("old.fleet.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["plan", "old.fleet.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error FP100 spec.kubernetesVersion"))
        try FileManager.default.removeItem(at: directory)
    }

    @Test func missingFileExits66() throws {
        let result = try CLI.run(["plan", "does-not-exist.fleet.yaml"])
        #expect(result.status == 66)
    }
}
