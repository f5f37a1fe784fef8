import FleetModel
import Testing
@testable import FleetEngine

@Suite struct InstanceRulesTests {
    static func findings(_ profile: ClusterProfile) -> [Finding] {
        let project = Project(metadata: Metadata(name: "t"), kubernetesVersion: KubernetesVersion(minor: 34), profiles: [profile])
        return PlanningRules.findings(for: profile, at: 0, in: project)
    }

    static func aws(_ maxPods: Int, prefixDelegation: Bool = false, type: String = "m6i.2xlarge") -> ClusterProfile {
        ClusterProfile(name: "p", provider: .aws, node: NodeShape(vcpu: 1, memoryGiB: 1), maxPodsPerNode: maxPods,
                       instanceType: type, prefixDelegation: prefixDelegation)
    }

    @Test func maxPodsAboveTheENILimitIsAnErrorNaming58() throws {
        let finding = try #require(Self.findings(Self.aws(110)).first { $0.code == "FP143" })
        #expect(finding.severity == .error)
        #expect(finding.path == FieldPath.spec.key("profiles").index(0).key("maxPodsPerNode"))
        #expect(finding.message.contains("58") && finding.message.contains("4 ENIs × (15 − 1) + 2"))
        #expect(finding.hint.contains("prefixDelegation"))
        #expect(!Self.findings(Self.aws(58)).contains { $0.code == "FP143" })
    }

    @Test func prefixDelegationRaisesTheLimit() {
        #expect(!Self.findings(Self.aws(110, prefixDelegation: true)).contains { $0.code == "FP143" })
        let over = Self.findings(Self.aws(111, prefixDelegation: true)).first { $0.code == "FP143" }
        #expect(over?.message.contains("110") == true)
    }

    @Test func theInstanceTypeGivesTheShape() {
        let project = Project(metadata: Metadata(name: "t"), kubernetesVersion: KubernetesVersion(minor: 34), profiles: [Self.aws(58)])
        let plan = Planner.plan(project)[0]
        #expect(plan.capacity.capacityCPUMillis == 8000)
        #expect(plan.capacity.capacityMemoryKi == 32 * 1_048_576)
    }

    @Test func eksReservationUsesThePodsTheNodeRuns() {
        // 11 × 58 + 255 = 893Mi kube-reserved memory on m6i.2xlarge, whatever maxPodsPerNode says.
        let reservation = NodeReservation.forProfile(Self.aws(58).resolvingInstanceType(in: try! InstanceCatalog.bundled()))
        #expect(reservation.kubeMemoryKi == 893 * 1024)
        let lower = NodeReservation.forProfile(Self.aws(30).resolvingInstanceType(in: try! InstanceCatalog.bundled()))
        #expect(lower.kubeMemoryKi == 893 * 1024)
        let unlisted = NodeReservation.forProfile(ClusterProfile(name: "p", provider: .aws, maxPodsPerNode: 110))
        #expect(unlisted.kubeMemoryKi == (11 * 110 + 255) * 1024)
    }

    @Test func typoGetsADidYouMean() throws {
        let finding = try #require(Self.findings(Self.aws(58, type: "m6i.2xlarg")).first { $0.code == "FP141" })
        #expect(finding.hint == "did you mean \"m6i.2xlarge\"?")
        #expect(finding.path == FieldPath.spec.key("profiles").index(0).key("instanceType"))
    }

    @Test func otherProvidersTypeIsAnError() throws {
        let profile = ClusterProfile(name: "p", provider: .gcp, instanceType: "m6i.2xlarge")
        let finding = try #require(Self.findings(profile).first { $0.code == "FP142" })
        #expect(finding.message.contains("aws instance type"))
    }

    @Test func gkeAllows256() throws {
        let ok = ClusterProfile(name: "p", provider: .gcp, maxPodsPerNode: 200, podCIDRMaskSize: 23, instanceType: "n2-standard-8")
        #expect(!Self.findings(ok).contains { $0.severity == .error })
        let over = ClusterProfile(name: "p", provider: .gcp, maxPodsPerNode: 300, podCIDRMaskSize: 22)
        let finding = try #require(Self.findings(over).first { $0.code == "FP102" })
        #expect(finding.message.contains("256") && finding.message.contains("1.23.5-gke.1300"))
    }

    @Test func aksAllows10To250() {
        #expect(Self.findings(ClusterProfile(name: "p", provider: .azure, maxPodsPerNode: 251, podCIDRMaskSize: 22)).contains { $0.code == "FP102" })
        #expect(!Self.findings(ClusterProfile(name: "p", provider: .azure, maxPodsPerNode: 250, podCIDRMaskSize: 22)).contains { $0.code == "FP102" })
    }

    @Test func prefixDelegationOffAWSWarns() {
        let profile = ClusterProfile(name: "p", provider: .gcp, prefixDelegation: true)
        #expect(Self.findings(profile).contains { $0.code == "FP144" && $0.severity == .warning })
    }
}
