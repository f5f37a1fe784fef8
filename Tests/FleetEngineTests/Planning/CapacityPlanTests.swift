import FleetModel
import Testing
@testable import FleetEngine

@Suite struct CapacityPlanTests {
    /// The canonical example's profile: 8 vCPU / 32 GiB aws, 110 pods, /24, 1800 pods of
    /// 250m / 512Mi, DaemonSets 200m / 256Mi, headroom 20, mesh with 4000 connections.
    static func payments() -> ClusterProfile {
        ClusterProfile(name: "general", workload: WorkloadMix(pods: 1800),
                       mesh: MeshLoad(enabled: true, maxConcurrentConnections: 4000))
    }

    @Test func canonicalExampleByHand() {
        let plan = CapacityPlan(profile: Self.payments(), zones: 3)
        // Allocatable: 8000 − 90 = 7910m; 32768 − 1465 − 100 = 31203Mi (CAP-50).
        #expect(plan.allocatableCPUMillis == 7910)
        #expect(plan.allocatableMemoryKi == 31203 * 1024)
        // Pod request with sidecar: 250m + 100m, 512Mi + 288Mi.
        #expect(plan.podCPUMillis == 350)
        #expect(plan.podMemoryKi == 800 * 1024)
        // CPU: (7910 − 200) / 350 = 22; memory: (31203 − 256) / 800 = 38; 4 DaemonSet pods take
        // 4 of the 110 places; EKS pods take VPC addresses, so no node CIDR limits them.
        #expect(plan.limits == [.maxPods: 106, .cpu: 22, .memory: 38])
        #expect(plan.podsPerNode == 22)
        #expect(plan.limitingFactor == .cpu)
        // ⌈1800 × 1.2 / 22⌉ = 99; N+1 = 100; zone loss: ⌈99 / 2⌉ × 3 = 150.
        #expect(plan.nodesRequired == 99)
        #expect(plan.nodesToSurviveNodeLoss == 100)
        #expect(plan.nodesToSurviveZoneLoss == 150)
        #expect(plan.controlPlane.etcdMembers == 3)
        #expect(plan.controlPlane.machineVCPU == 4)
    }

    @Test func meshOffLeavesThePodRequestAlone() {
        var profile = Self.payments()
        profile.mesh.enabled = false
        let plan = CapacityPlan(profile: profile, zones: 3)
        #expect(plan.podCPUMillis == 250)
        #expect(plan.limits[.cpu] == 30)
    }

    @Test(arguments: [(24, 128), (28, 8), (27, 16), (26, 32), (25, 64), (16, 32768)])
    func podIPLimitIsHalfTheBlock(mask: Int, pods: Int) {
        #expect(CapacityPlan.podIPLimit(maskSize: mask) == pods)
    }

    /// GKE halves the block (CAP-21); EKS's VPC CNI has no node-CIDR limit; kubeadm and AKS use
    /// the block less the network, gateway and broadcast addresses; DaemonSet pods take places.
    @Test func thePodIPRuleIsTheProvidersAndDaemonSetsCount() {
        func limits(_ provider: Provider, _ controlPlane: ControlPlane, daemonSets: Int = 4) -> [CapacityPlan.LimitingFactor: Int] {
            var profile = ClusterProfile(name: "p", provider: provider, node: NodeShape(vcpu: 64, memoryGiB: 512),
                                         maxPodsPerNode: 250, podCIDRMaskSize: 24, workload: WorkloadMix(pods: 10))
            profile.controlPlane = controlPlane
            profile.workload.daemonSetPods = daemonSets
            return CapacityPlan(profile: profile, zones: 3).limits
        }
        #expect(limits(.gcp, .managed)[.podIPs] == 128 - 4)
        #expect(limits(.aws, .managed)[.podIPs] == nil)
        #expect(limits(.aws, .selfManaged)[.podIPs] == 253 - 4)
        #expect(limits(.azure, .managed)[.podIPs] == 253 - 4)
        #expect(limits(.bareMetal, .selfManaged)[.podIPs] == 253 - 4)
        #expect(limits(.gcp, .selfManaged)[.podIPs] == 253 - 4, "the halving is GKE's rule, not kubeadm's on GCE")
        #expect(limits(.bareMetal, .selfManaged)[.maxPods] == 246)
        #expect(limits(.bareMetal, .selfManaged, daemonSets: 0)[.maxPods] == 250)
        #expect(limits(.bareMetal, .selfManaged, daemonSets: 300)[.maxPods] == 0, "no room: a finding, never a negative count")
    }

    @Test func eachFactorCanLimit() {
        var profile = ClusterProfile(name: "p", provider: .bareMetal, node: NodeShape(vcpu: 64, memoryGiB: 512), maxPodsPerNode: 50,
                                     workload: WorkloadMix(pods: 10))
        #expect(CapacityPlan(profile: profile, zones: 3).limitingFactor == .maxPods)
        profile.podCIDRMaskSize = 28
        #expect(CapacityPlan(profile: profile, zones: 3).limitingFactor == .podIPs)
        profile.podCIDRMaskSize = 24
        profile.node = NodeShape(vcpu: 2, memoryGiB: 512)
        #expect(CapacityPlan(profile: profile, zones: 3).limitingFactor == .cpu)
        profile.node = NodeShape(vcpu: 64, memoryGiB: 4)
        #expect(CapacityPlan(profile: profile, zones: 3).limitingFactor == .memory)
    }

    @Test func tiesGoToTheConfiguredLimit() {
        // GKE: /25 → 64 pod IPs, maxPods 64: both bound at 64 − 4 DaemonSet pods; maxPods names it.
        let profile = ClusterProfile(name: "p", provider: .gcp, node: NodeShape(vcpu: 64, memoryGiB: 512), maxPodsPerNode: 64,
                                     podCIDRMaskSize: 25)
        let plan = CapacityPlan(profile: profile, zones: 3)
        #expect(plan.podsPerNode == 60)
        #expect(plan.limitingFactor == .maxPods)
    }

    @Test func oneVCPUNode() {
        // 1000 − 60 (EKS tier) − 200 DaemonSets = 740m → 2 pods of 250m.
        let profile = ClusterProfile(name: "tiny", node: NodeShape(vcpu: 1, memoryGiB: 4), workload: WorkloadMix(pods: 10))
        let plan = CapacityPlan(profile: profile, zones: 3)
        #expect(plan.allocatableCPUMillis == 940)
        #expect(plan.podsPerNode == 2)
        #expect(plan.limitingFactor == .cpu)
        #expect(plan.nodesRequired == 6)
    }

    @Test func zeroPodsNeedNoNodes() {
        let counts = CapacityPlan.nodeCounts(pods: 0, headroomPercent: 20, podsPerNode: 22, zones: 3)
        #expect(counts.required == 0)
        #expect(counts.nodeLoss == 0)
        #expect(counts.zoneLoss == 0)
    }

    @Test func podsThatDoNotFitHaveNoNodeCount() {
        let counts = CapacityPlan.nodeCounts(pods: 10, headroomPercent: 20, podsPerNode: 0, zones: 3)
        #expect(counts.required == nil)
        #expect(counts.nodeLoss == nil)
        #expect(counts.zoneLoss == nil)
    }

    @Test func oneZoneCannotSurviveAZoneLoss() {
        let counts = CapacityPlan.nodeCounts(pods: 100, headroomPercent: 0, podsPerNode: 10, zones: 1)
        #expect(counts.required == 10)
        #expect(counts.nodeLoss == 11)
        #expect(counts.zoneLoss == nil)
    }

    @Test(arguments: [
        // pods, headroom, per node, zones → required, node loss, zone loss
        (1, 0, 10, 2, 1, 2, 2),
        (100, 0, 10, 2, 10, 11, 20),
        (100, 0, 10, 3, 10, 11, 15),
        (100, 50, 10, 3, 15, 16, 24),
        (101, 0, 10, 6, 11, 12, 18),
    ])
    func nodeCounts(pods: Int, headroom: Int, perNode: Int, zones: Int, required: Int, nodeLoss: Int, zoneLoss: Int) {
        let counts = CapacityPlan.nodeCounts(pods: pods, headroomPercent: headroom, podsPerNode: perNode, zones: zones)
        #expect(counts.required == required)
        #expect(counts.nodeLoss == nodeLoss)
        #expect(counts.zoneLoss == zoneLoss)
    }

    @Test func tenThousandNodes() {
        // 110 000 pods at 11 per node → 10 000 nodes.
        let counts = CapacityPlan.nodeCounts(pods: 110_000, headroomPercent: 0, podsPerNode: 11, zones: 3)
        #expect(counts.required == 10_000)
        #expect(counts.zoneLoss == 15_000)
        #expect(ControlPlaneSizing(nodes: 15_000, zones: 3).etcdMembers == 5)
        #expect(ControlPlaneSizing(nodes: 15_000, zones: 4).etcdMembers == 5)
    }

    @Test(arguments: [
        (0, 3, 3, 2, "small"), (50, 3, 3, 2, "small"), (51, 3, 3, 4, "medium"), (500, 3, 3, 8, "large"),
        (501, 3, 5, 8, "large"), (1001, 2, 5, 16, "xlarge"), (3001, 3, 5, 16, "xlarge"), (3001, 4, 5, 16, "xlarge"), (3900, 6, 5, 16, "xlarge"),
        (10, 5, 5, 2, "small"),
    ])
    func controlPlaneSizing(nodes: Int, zones: Int, members: Int, vcpu: Int, tier: String) {
        let sizing = ControlPlaneSizing(nodes: nodes, zones: zones)
        #expect(sizing.etcdMembers == members)
        #expect(sizing.machineVCPU == vcpu)
        #expect(sizing.tier == tier)
        #expect(sizing.machineMemoryGiB == vcpu * 4)
        #expect(sizing.faultTolerance == (members - 1) / 2)
    }
}
