import FleetModel
import Foundation
import Testing
@testable import FleetStore

@Suite struct InstanceTypeFieldTests {
    static func yaml(_ profileLines: String) -> String {
        """
        apiVersion: fleetplan/v1
        kind: Project
        metadata:
          name: t
        spec:
          kubernetesVersion: "1.34"
          profiles:
            - name: general
        \(profileLines)
        """
    }

    @Test func instanceTypeReplacesNodeAndRoundTrips() throws {
        let text = Self.yaml("      provider: aws\n      instanceType: m6i.2xlarge\n      maxPodsPerNode: 58\n      prefixDelegation: true\n")
        let result = ProjectReader().read(Data(text.utf8), file: "t.fleet.yaml")
        #expect(result.findings.filter { $0.finding.severity == .error }.isEmpty, "\(result.findings)")
        let profile = try #require(result.project?.profiles.first)
        #expect(profile.instanceType == "m6i.2xlarge" && profile.prefixDelegation)
        let written = ProjectWriter().text(for: try #require(result.project))
        #expect(written.contains("instanceType: m6i.2xlarge") && !written.contains("node:") && written.contains("prefixDelegation: true"))
        #expect(ProjectReader().read(Data(written.utf8), file: "t.fleet.yaml").project == result.project)
    }

    @Test func neitherNodeNorInstanceTypeIsMissingNode() {
        let result = ProjectReader().read(Data(Self.yaml("      provider: aws\n").utf8), file: "t.fleet.yaml")
        #expect(result.findings.contains { $0.finding.code == "FP004" && $0.finding.message.contains("instanceType") })
    }

    @Test func bothNodeAndInstanceTypeIsAnError() {
        let text = Self.yaml("      instanceType: m6i.2xlarge\n      node: {vcpu: 8, memoryGiB: 32}\n")
        #expect(ProjectReader().read(Data(text.utf8), file: "t.fleet.yaml").findings.contains { $0.finding.code == "FP140" })
    }

    @Test func bareMetalMonthlyCostIsRead() throws {
        let text = Self.yaml("      provider: bare-metal\n      node: {vcpu: 32, memoryGiB: 128}\n      nodeMonthlyCostUSD: 450\n")
        let result = ProjectReader().read(Data(text.utf8), file: "t.fleet.yaml")
        #expect(result.project?.profiles.first?.nodeMonthlyCostUSD == 450)
        let written = ProjectWriter().text(for: try #require(result.project))
        #expect(written.contains("nodeMonthlyCostUSD: 450"))
    }
}
