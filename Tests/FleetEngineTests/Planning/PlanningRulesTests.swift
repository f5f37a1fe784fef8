import FleetModel
import Testing
@testable import FleetEngine

@Suite struct PlanningRulesTests {
    /// A clean project around one profile, with one workload cluster using it.
    static func project(_ profile: ClusterProfile, zones: Int = 3, minor: Int = 34, mtls: Bool = false) -> Project {
        var project = ProjectTemplate.minimal.project(named: "rules")
        project.kubernetesVersion = KubernetesVersion(minor: minor)
        project.requirements.zonesPerRegion = zones
        project.requirements.mtlsRequired = mtls
        project.profiles = [profile]
        for index in project.topology.clusters.indices { project.topology.clusters[index].profile = profile.name }
        return project
    }

    static func findings(_ profile: ClusterProfile, zones: Int = 3, minor: Int = 34, mtls: Bool = false) -> [Finding] {
        PlanningRules.findings(for: project(profile, zones: zones, minor: minor, mtls: mtls))
    }

    static func codes(_ findings: [Finding]) -> [String] { findings.map(\.code) }

    @Test func templatesAreClean() {
        for template in ProjectTemplate.allCases {
            #expect(PlanningRules.findings(for: template.project(named: "clean")).isEmpty, "\(template)")
        }
    }

    @Test func registeredInLint() {
        let project = Self.project(ClusterProfile(name: "p", maxPodsPerNode: 200, podCIDRMaskSize: 23))
        #expect(Lint.findings(for: project).contains { $0.code == "FP101" })
    }

    @Test(arguments: [30, 37])
    func fp100UnsupportedVersion(minor: Int) throws {
        let finding = try #require(Self.findings(ClusterProfile(name: "p"), minor: minor).first { $0.code == "FP100" })
        #expect(finding.severity == .error)
        #expect(finding.path.description == "spec.kubernetesVersion")
    }

    @Test(arguments: SupportedVersions.all.map(\.minor))
    func fp100SupportedVersionsAreQuiet(minor: Int) {
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p"), minor: minor)).contains("FP100"))
    }

    @Test func fp101AboveTestedDensity() throws {
        let at110 = Self.findings(ClusterProfile(name: "p", maxPodsPerNode: 110))
        #expect(!Self.codes(at110).contains("FP101"))
        let finding = try #require(Self.findings(ClusterProfile(name: "p", maxPodsPerNode: 111, podCIDRMaskSize: 23)).first { $0.code == "FP101" })
        #expect(finding.path.description == "spec.profiles[0].maxPodsPerNode")
    }

    @Test func fp102ProviderPodLimits() {
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", provider: .gcp, maxPodsPerNode: 300, podCIDRMaskSize: 22))).contains("FP102"))
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", provider: .gcp, maxPodsPerNode: 200, podCIDRMaskSize: 23))).contains("FP102"))
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", provider: .gcp, maxPodsPerNode: 256, podCIDRMaskSize: 22))).contains("FP102"))
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", provider: .azure, maxPodsPerNode: 251, podCIDRMaskSize: 22))).contains("FP102"))
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", provider: .azure, maxPodsPerNode: 9))).contains("FP102"))
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", provider: .aws, maxPodsPerNode: 251, podCIDRMaskSize: 22))).contains("FP102"))
    }

    @Test func fp103PodCIDRTooSmall() throws {
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", maxPodsPerNode: 8, podCIDRMaskSize: 28))).contains("FP103"))
        let finding = try #require(Self.findings(ClusterProfile(name: "p", maxPodsPerNode: 9, podCIDRMaskSize: 28)).first { $0.code == "FP103" })
        #expect(finding.path.description == "spec.profiles[0].podCIDRMaskSize")
        #expect(finding.hint == "use a /27 (or wider) pod CIDR")
        #expect(PlanningRules.neededMask(for: 110) == 24)
        #expect(PlanningRules.neededMask(for: 40_000) == nil)
    }

    @Test func fp104PodDoesNotFit() throws {
        let big = ClusterProfile(name: "p", node: NodeShape(vcpu: 2, memoryGiB: 8),
                                 workload: WorkloadMix(pods: 10, podCPU: Quantity(parsing: "4")!))
        let finding = try #require(Self.findings(big).first { $0.code == "FP104" })
        #expect(finding.path.description == "spec.profiles[0].workload.podCPU")
        let fat = ClusterProfile(name: "p", node: NodeShape(vcpu: 8, memoryGiB: 4),
                                 workload: WorkloadMix(pods: 10, podMemory: Quantity(parsing: "8Gi")!))
        #expect(try #require(Self.findings(fat).first { $0.code == "FP104" }).path.description == "spec.profiles[0].workload.podMemory")
        let none = ClusterProfile(name: "p", node: NodeShape(vcpu: 2, memoryGiB: 8),
                                  workload: WorkloadMix(pods: 0, podCPU: Quantity(parsing: "4")!))
        #expect(!Self.codes(Self.findings(none)).contains("FP104"))
    }

    @Test func fp105CPUIntensiveWithoutReservation() throws {
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", cpuIntensive: true))).contains("FP105"))
        let bare = try #require(Self.findings(ClusterProfile(name: "p", provider: .bareMetal, cpuIntensive: true)).first { $0.code == "FP105" })
        #expect(bare.path.description == "spec.profiles[0].cpuIntensive")
        var zero = ClusterProfile(name: "p", provider: .bareMetal, cpuIntensive: true)
        zero.reserved = Reservations(systemCPU: Quantity(parsing: "0")!, systemMemory: Quantity(parsing: "1Gi")!,
                                     kubeCPU: Quantity(parsing: "0")!, kubeMemory: Quantity(parsing: "1Gi")!)
        let explicit = try #require(Self.findings(zero).first { $0.code == "FP105" })
        #expect(explicit.path.description == "spec.profiles[0].reserved.kubeCPU")
    }

    @Test func fp106NUMAWithoutStaticCPUManager() {
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", numaAware: true))).contains("FP106"))
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", cpuIntensive: true, numaAware: true))).contains("FP106"))
    }

    @Test func fp107NodeTooSmallForDaemonSets() throws {
        let cpu = ClusterProfile(name: "p", node: NodeShape(vcpu: 1, memoryGiB: 8),
                                 workload: WorkloadMix(daemonSetCPU: Quantity(parsing: "1")!))
        #expect(try #require(Self.findings(cpu).first { $0.code == "FP107" }).path.description == "spec.profiles[0].workload.daemonSetCPU")
        let memory = ClusterProfile(name: "p", node: NodeShape(vcpu: 8, memoryGiB: 2), maxPodsPerNode: 20,
                                    workload: WorkloadMix(daemonSetMemory: Quantity(parsing: "2Gi")!))
        #expect(try #require(Self.findings(memory).first { $0.code == "FP107" }).path.description == "spec.profiles[0].workload.daemonSetMemory")
        #expect(!Self.codes(Self.findings(memory)).contains("FP104"))
    }

    @Test func fp108BareMetalWithoutReservations() {
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", provider: .bareMetal))).contains("FP108"))
        var reserved = ClusterProfile(name: "p", provider: .bareMetal)
        reserved.reserved = Reservations(systemCPU: Quantity(parsing: "100m")!, systemMemory: Quantity(parsing: "256Mi")!,
                                         kubeCPU: Quantity(parsing: "100m")!, kubeMemory: Quantity(parsing: "256Mi")!)
        #expect(!Self.codes(Self.findings(reserved)).contains("FP108"))
    }

    @Test func fp109MoreThan5000Nodes() {
        // 30 pods per node, 3 zones: 60 000 pods → 2400 required → 3600 with a zone lost; 90 000 → 5400.
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", workload: WorkloadMix(pods: 60_000)))).contains("FP109"))
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", workload: WorkloadMix(pods: 90_000)))).contains("FP109"))
    }

    @Test func fp110MoreThan150000Pods() {
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", workload: WorkloadMix(pods: 150_000)))).contains("FP110"))
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", workload: WorkloadMix(pods: 150_001)))).contains("FP110"))
    }

    @Test func fp111NoHeadroomInOneZone() {
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", headroomPercent: 0), zones: 1)).contains("FP111"))
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", headroomPercent: 0), zones: 3)).contains("FP111"))
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", headroomPercent: 10), zones: 1)).contains("FP111"))
    }

    @Test func fp112GatesTheTargetRefuses() throws {
        let profile = ClusterProfile(name: "p", featureGates: [
            "CSIDriverRegistry": true, "LocalStorageCapacityIsolation": true, "NodeSwap": false, "KubeletTracing": true,
            "Imaginary": true,
        ])
        let findings = Self.findings(profile).filter { $0.code == "FP112" }
        let byGate = Dictionary(uniqueKeysWithValues: findings.map { ($0.path.description, $0.severity) })
        #expect(byGate["spec.profiles[0].featureGates.CSIDriverRegistry"] == .error)
        #expect(byGate["spec.profiles[0].featureGates.LocalStorageCapacityIsolation"] == .error)
        #expect(byGate["spec.profiles[0].featureGates.NodeSwap"] == .error)
        #expect(byGate["spec.profiles[0].featureGates.KubeletTracing"] == .warning)
        #expect(byGate["spec.profiles[0].featureGates.Imaginary"] == .warning)
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", featureGates: ["NodeSwap": false]), minor: 33)).contains("FP112"))
    }

    @Test func fp113ImmatureGates() {
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", featureGates: ["CustomCPUCFSQuotaPeriod": true]))).contains("FP113"))
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", featureGates: ["GracefulNodeShutdown": true]))).contains("FP113"))
    }

    @Test func fp121OptionGateWithoutItsOption() throws {
        let findings = Self.findings(ClusterProfile(name: "p", cpuIntensive: true, featureGates: ["CPUManagerPolicyAlphaOptions": true]))
        let finding = try #require(findings.first { $0.code == "FP121" })
        #expect(finding.severity == .warning)
        #expect(finding.path.description == "spec.profiles[0].featureGates.CPUManagerPolicyAlphaOptions")
        #expect(!Self.codes(findings).contains("FP113"))
    }

    @Test func fp122FractionalCPUOnStaticNodes() {
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", cpuIntensive: true))).contains("FP122"))
        let whole = ClusterProfile(name: "p", cpuIntensive: true, workload: WorkloadMix(podCPU: Quantity(parsing: "2")!))
        #expect(!Self.codes(Self.findings(whole)).contains("FP122"))
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p"))).contains("FP122"))
    }

    @Test func fp123PeakFarAboveTheSidecarRequest() throws {
        let busy = ClusterProfile(name: "p", mesh: MeshLoad(enabled: true, maxConcurrentConnections: 8000))
        let finding = try #require(Self.findings(busy).first { $0.code == "FP123" })
        #expect(finding.message.contains("2800m") || finding.message.contains("2.8"))
        #expect(finding.message.contains("200m"))
        let light = ClusterProfile(name: "p", mesh: MeshLoad(enabled: true, maxConcurrentConnections: 1000))
        #expect(!Self.codes(Self.findings(light)).contains("FP123"))
        let pinned = ClusterProfile(name: "p", cpuIntensive: true, mesh: MeshLoad(enabled: true, maxConcurrentConnections: 8000))
        #expect(!Self.codes(Self.findings(pinned)).contains("FP123"))
    }

    @Test func fp124WindowsWithTheMesh() throws {
        var project = ProjectTemplate.minimal.project(named: "win")
        project.requirements.windows = true
        project.profiles = [ClusterProfile(name: "p", mesh: MeshLoad(enabled: true))]
        project.topology.clusters = []
        let finding = try #require(PlanningRules.findings(for: project).first { $0.code == "FP124" })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("istio/istio#27893"))
        project.requirements.windows = false
        #expect(!PlanningRules.findings(for: project).contains { $0.code == "FP124" })
    }

    @Test func fp114MTLSWithoutMesh() throws {
        let finding = try #require(Self.findings(ClusterProfile(name: "p"), mtls: true).first { $0.code == "FP114" })
        #expect(finding.path.description == "spec.profiles[0].mesh.enabled")
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", mesh: MeshLoad(enabled: true)), mtls: true)).contains("FP114"))
        var unused = Self.project(ClusterProfile(name: "p"), mtls: true)
        unused.topology.clusters = []
        #expect(!Self.codes(PlanningRules.findings(for: unused)).contains("FP114"))
    }

    @Test func fp115SidecarHeavierThanTheApp() {
        let light = ClusterProfile(name: "p", mesh: MeshLoad(enabled: true, maxConcurrentConnections: 4000))
        #expect(!Self.codes(Self.findings(light)).contains("FP115"))
        let heavy = ClusterProfile(name: "p", workload: WorkloadMix(podCPU: Quantity(parsing: "50m")!),
                                   mesh: MeshLoad(enabled: true, maxConcurrentConnections: 100))
        #expect(Self.codes(Self.findings(heavy)).contains("FP115"))
    }

    @Test func fp116AndFP117ZoneCounts() {
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p"), zones: 2)).contains("FP116"))
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p"), zones: 1)).contains("FP117"))
        let three = Self.codes(Self.findings(ClusterProfile(name: "p"), zones: 3))
        #expect(!three.contains("FP116") && !three.contains("FP117"))
    }

    @Test func fp118EvictionBelowDefault() {
        var profile = ClusterProfile(name: "p", provider: .bareMetal)
        profile.reserved = Reservations(systemCPU: Quantity(parsing: "100m")!, systemMemory: Quantity(parsing: "256Mi")!,
                                        kubeCPU: Quantity(parsing: "100m")!, kubeMemory: Quantity(parsing: "256Mi")!,
                                        evictionMemory: Quantity(parsing: "50Mi")!)
        #expect(Self.codes(Self.findings(profile)).contains("FP118"))
        profile.reserved?.evictionMemory = Quantity(parsing: "100Mi")!
        #expect(!Self.codes(Self.findings(profile)).contains("FP118"))
    }

    @Test func fp119LargeClustersWantAnEventsEtcd() {
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", workload: WorkloadMix(pods: 30_000)))).contains("FP119"))
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p", workload: WorkloadMix(pods: 3_000)))).contains("FP119"))
    }

    @Test func fp120SmallNodesLoseALotToReservations() {
        #expect(Self.codes(Self.findings(ClusterProfile(name: "p", node: NodeShape(vcpu: 2, memoryGiB: 4)))).contains("FP120"))
        #expect(!Self.codes(Self.findings(ClusterProfile(name: "p"))).contains("FP120"))
    }
}
