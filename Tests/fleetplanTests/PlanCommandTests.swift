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
                     "  allocatable    7910m CPU / 31203Mi memory",
                     "  pods per node  22, limited by cpu (maxPods 110, podIPs 128, cpu 22, memory 38)",
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
        #expect(kubelet["maxPods"] as? Int == 110)
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
