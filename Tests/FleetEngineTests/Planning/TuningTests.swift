import FleetModel
import Testing
@testable import FleetEngine

@Suite struct TuningTests {
    static func plan(_ profile: ClusterProfile, zones: Int = 3, minor: Int = 34) -> ProfilePlan {
        var project = ProjectTemplate.minimal.project(named: "tuning")
        project.kubernetesVersion = KubernetesVersion(minor: minor)
        project.requirements.zonesPerRegion = zones
        project.profiles = [profile]
        project.topology.clusters = []
        return Planner.plan(profile: profile, in: project)
    }

    // MARK: kubelet

    @Test func kubeletCarriesTheProviderReservationAndEvictionDefaults() {
        let kubelet = Self.plan(CapacityPlanTests.payments()).kubelet.value
        #expect(kubelet["apiVersion"] == "kubelet.config.k8s.io/v1beta1")
        #expect(kubelet["kind"] == "KubeletConfiguration")
        #expect(kubelet.value(at: ["kubeReserved", "cpu"]) == "90m")
        #expect(kubelet.value(at: ["kubeReserved", "memory"]) == "1465Mi")
        #expect(kubelet["systemReserved"] == nil)
        #expect(kubelet.value(at: ["evictionHard", "memory.available"]) == "100Mi")
        #expect(kubelet.value(at: ["evictionHard", "nodefs.available"]) == "10%")
        #expect(kubelet.value(at: ["evictionHard", "imagefs.available"]) == "15%")
        #expect(kubelet["imageGCHighThresholdPercent"] == 80)
        #expect(kubelet["cpuManagerPolicy"] == "none")
        #expect(kubelet["topologyManagerPolicy"] == nil)
        #expect(kubelet["featureGates"] == nil)
    }

    @Test func maxPodsIsLoweredToWhatThePodCIDRAddresses() {
        // GKE halves a /26: 32; kubeadm keeps 61 of its 64 addresses; EKS pods are not in a node CIDR.
        let profile = ClusterProfile(name: "p", provider: .gcp, maxPodsPerNode: 110, podCIDRMaskSize: 26)
        #expect(Self.plan(profile).kubelet.value["maxPods"] == 32)
        #expect(Self.plan(ClusterProfile(name: "p", provider: .bareMetal, maxPodsPerNode: 110, podCIDRMaskSize: 26)).kubelet.value["maxPods"] == 61)
        #expect(Self.plan(ClusterProfile(name: "p", provider: .aws, maxPodsPerNode: 110, podCIDRMaskSize: 26)).kubelet.value["maxPods"] == 110)
        #expect(Self.plan(ClusterProfile(name: "p", provider: .gcp, maxPodsPerNode: 30, podCIDRMaskSize: 26)).kubelet.value["maxPods"] == 30)
    }

    @Test(arguments: [(110, "18Mi"), (30, "68Mi"), (250, "10Mi"), (8, "100Mi")])
    func containerLogSizeFollowsDensity(maxPods: Int, size: String) {
        let profile = ClusterProfile(name: "p", node: NodeShape(vcpu: 64, memoryGiB: 256), maxPodsPerNode: maxPods, podCIDRMaskSize: 16)
        #expect(Self.plan(profile).kubelet.value["containerLogMaxSize"] == .string(size))
    }

    @Test func cpuIntensiveGetsStaticPolicyWhenCPUIsReserved() {
        let kubelet = Self.plan(ClusterProfile(name: "p", cpuIntensive: true, numaAware: true)).kubelet.value
        #expect(kubelet["cpuManagerPolicy"] == "static")
        #expect(kubelet["topologyManagerPolicy"] == "restricted")
    }

    @Test func staticCPUReservesWholeCPUsByID() {
        let plan = Self.plan(ClusterProfile(name: "p", cpuIntensive: true))
        #expect(plan.kubelet.value["reservedSystemCPUs"] == "0")
        #expect(plan.kubelet.value.value(at: ["kubeReserved", "cpu"]) == nil)
        #expect(plan.kubelet.value.value(at: ["kubeReserved", "memory"]) == "1465Mi")
        #expect(plan.capacity.allocatableCPUMillis == 7000)
        #expect(plan.kubelet.value["memoryManagerPolicy"] == nil)
    }

    @Test func cpuIntensiveMeshedProfileGetsAGuaranteedSidecar() throws {
        let profile = ClusterProfile(name: "p", cpuIntensive: true, mesh: MeshLoad(enabled: true, maxConcurrentConnections: 1000))
        let plan = Self.plan(profile)
        let resources = try #require(plan.istio?.value.value(at: ["sidecar", "resources"]))
        #expect(resources.value(at: ["requests", "cpu"]) == "1")
        #expect(resources.value(at: ["requests", "cpu"]) == resources.value(at: ["limits", "cpu"]))
        #expect(resources.value(at: ["requests", "memory"]) == resources.value(at: ["limits", "memory"]))
        #expect(plan.capacity.podCPUMillis == 250 + 1000)
    }

    @Test func numaAwareStaticNodesGetTheStaticMemoryManager() throws {
        let kubelet = Self.plan(ClusterProfile(name: "p", cpuIntensive: true, numaAware: true)).kubelet.value
        #expect(kubelet["memoryManagerPolicy"] == "Static")
        guard case .list(let reserved)? = kubelet["reservedMemory"] else { Issue.record("no reservedMemory"); return }
        #expect(reserved.first?["numaNode"] == 0)
        // 1465Mi kube-reserved + 100Mi eviction, nothing system-reserved on EKS.
        #expect(reserved.first?.value(at: ["limits", "memory"]) == "1565Mi")
    }

    @Test func cpuIntensiveWithoutReservationFallsBackToNone() {
        let kubelet = Self.plan(ClusterProfile(name: "p", provider: .bareMetal, cpuIntensive: true, numaAware: true)).kubelet.value
        #expect(kubelet["cpuManagerPolicy"] == "none")
        #expect(kubelet["topologyManagerPolicy"] == "best-effort")
        #expect(kubelet["kubeReserved"] == nil)
    }

    @Test func requestedGatesAreFilteredByVersion() {
        let profile = ClusterProfile(name: "p", featureGates: ["NodeSwap": true, "CSIDriverRegistry": true, "APIServerTracing": false])
        let at33 = Self.plan(profile, minor: 33)
        #expect(at33.kubelet.value["featureGates"] == .map([ConfigEntry("NodeSwap", true)]))
        #expect(at33.apiServer.value["--feature-gates"] == "APIServerTracing=false")
        let at34 = Self.plan(profile, minor: 34)
        #expect(at34.kubelet.value["featureGates"] == nil)
        #expect(at34.apiServer.value["--feature-gates"] == nil)
    }

    // MARK: scheduler

    @Test(arguments: SupportedVersions.all.map(\.minor))
    func schedulerConfigNamesKubeadmsKubeconfig(minor: Int) {
        let scheduler = Self.plan(ClusterProfile(name: "p"), minor: minor).scheduler.value
        #expect(scheduler.value(at: ["clientConnection", "kubeconfig"]) == "/etc/kubernetes/scheduler.conf")
    }

    @Test func schedulingStrategyPicksTheScoringType() {
        let spread = Self.plan(ClusterProfile(name: "p", scheduling: .spread)).scheduler.value
        let binpack = Self.plan(ClusterProfile(name: "p", scheduling: .binpack)).scheduler.value
        func type(_ value: ConfigValue) -> ConfigValue? {
            guard case .list(let profiles)? = value["profiles"], case .list(let configs)? = profiles.first?["pluginConfig"] else { return nil }
            #expect(configs.first?["name"] == "NodeResourcesFit")
            return configs.first?.value(at: ["args", "scoringStrategy", "type"])
        }
        #expect(type(spread) == "LeastAllocated")
        #expect(type(binpack) == "MostAllocated")
        #expect(spread["apiVersion"] == "kubescheduler.config.k8s.io/v1")
        #expect(spread["percentageOfNodesToScore"] == nil)
    }

    @Test func largeClustersScoreFewerNodes() {
        let profile = ClusterProfile(name: "p", workload: WorkloadMix(pods: 30_000))
        #expect(Self.plan(profile).scheduler.value["percentageOfNodesToScore"] == 10)
    }

    // MARK: control plane

    @Test(arguments: [(100, "400", "200", "2147483648"), (3000, "400", "200", "4294967296"),
                      (30_000, "1500", "500", "8589934592"), (60_000, "3000", "1000", "8589934592")])
    func controlPlaneScalesWithNodes(pods: Int, reads: String, writes: String, quota: String) {
        // 30 pods per node (CPU-bound), 3 zones: zone-loss node count = ⌈pods × 1.2 / 30 / 2⌉ × 3.
        let plan = Self.plan(ClusterProfile(name: "p", workload: WorkloadMix(pods: pods)))
        #expect(plan.apiServer.value["--max-requests-inflight"] == .string(reads))
        #expect(plan.apiServer.value["--max-mutating-requests-inflight"] == .string(writes))
        #expect(plan.etcd.value["--quota-backend-bytes"] == .string(quota))
    }

    @Test(arguments: [1, 3, 6])
    func etcdTimingsKeepTheDefaultsWithinARegion(zones: Int) throws {
        let etcd = Self.plan(ClusterProfile(name: "p"), zones: zones).etcd
        #expect(etcd.value["--heartbeat-interval"] == "100")
        #expect(etcd.value["--election-timeout"] == "1000")
        let election = try #require(etcd.reasons.first { $0.path == "etcd.--election-timeout" })
        #expect(election.reason.contains("10 × the round trip"))
        #expect(!election.reason.contains("10 × the heartbeat"))
    }

    @Test func apiServerKeepsAPFAndServiceAccountSettings() {
        let api = Self.plan(ClusterProfile(name: "p")).apiServer.value
        #expect(api["--enable-priority-and-fairness"] == "true")
        #expect(api["--api-audiences"] == api["--service-account-issuer"])
        #expect(api["--request-timeout"] == "1m0s")
    }

    @Test func everyEmittedKeyHasAReason() {
        let plan = Self.plan(CapacityPlanTests.payments())
        let reasoned = Set(plan.reasons.map(\.path))
        for (component, tuned) in [("apiServer", plan.apiServer), ("etcd", plan.etcd), ("kubelet", plan.kubelet)] {
            guard case .map(let entries) = tuned.value else { continue }
            for entry in entries where entry.key != "apiVersion" && entry.key != "kind" {
                #expect(reasoned.contains("\(component).\(entry.key)"), "\(component).\(entry.key)")
            }
        }
    }

    @Test func tenThousandNodeCluster() {
        // 25 000 pods of 2 CPU: 3 per 8-vCPU node; ⌈25 000 × 1.2 ÷ 3⌉ = 10 000 nodes, 15 000 with a zone lost.
        let profile = ClusterProfile(name: "p", workload: WorkloadMix(pods: 25_000, podCPU: Quantity(parsing: "2")!))
        let plan = Self.plan(profile)
        #expect(plan.capacity.podsPerNode == 3)
        #expect(plan.capacity.nodesRequired == 10_000)
        #expect(plan.capacity.nodesToSurviveZoneLoss == 15_000)
        #expect(plan.capacity.controlPlane.etcdMembers == 5)
        #expect(plan.capacity.controlPlane.tier == "xlarge")
        #expect(plan.apiServer.value["--max-requests-inflight"] == "3000")
        #expect(plan.apiServer.value["--audit-log-mode"] == "batch")
        #expect(plan.scheduler.value["percentageOfNodesToScore"] == 10)
        let codes = plan.findings.map(\.code)
        #expect(codes.contains("FP109"))
        #expect(!codes.contains("FP119"))
        #expect(plan.findings.hasErrors)
    }

    @Test func unsupportedVersionPlansWithNearestTables() {
        let plan = Self.plan(ClusterProfile(name: "p"), minor: 29)
        #expect(plan.tableVersion == KubernetesVersion(minor: 31))
        #expect(plan.findings.contains { $0.code == "FP100" && $0.severity == .error })
    }
}
