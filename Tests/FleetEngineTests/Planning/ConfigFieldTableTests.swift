import FleetModel
import Testing
@testable import FleetEngine

/// Every key the planner emits, for every supported release, exists upstream in that release.
@Suite struct ConfigFieldTableTests {
    /// Profiles that together reach every branch of the tuning code.
    static func profiles() -> [ClusterProfile] {
        var numa = ClusterProfile(name: "numa", node: NodeShape(vcpu: 64, memoryGiB: 256), cpuIntensive: true, numaAware: true)
        numa.featureGates = ["CPUManagerPolicyOptions": true, "GracefulNodeShutdown": true, "NodeSwap": false,
                             "InPlacePodVerticalScaling": true, "APIServerTracing": true, "CSIDriverRegistry": true]
        var metal = ClusterProfile(name: "metal", provider: .bareMetal, numaAware: true, scheduling: .binpack)
        metal.reserved = Reservations(systemCPU: Quantity(parsing: "100m")!, systemMemory: Quantity(parsing: "256Mi")!,
                                      kubeCPU: Quantity(parsing: "100m")!, kubeMemory: Quantity(parsing: "512Mi")!)
        return [
            CapacityPlanTests.payments(),
            numa,
            metal,
            ClusterProfile(name: "bare", provider: .bareMetal, cpuIntensive: true, numaAware: true),
            ClusterProfile(name: "huge", provider: .gcp, node: NodeShape(vcpu: 2, memoryGiB: 8), scheduling: .binpack,
                           workload: WorkloadMix(pods: 40_000)),
            ClusterProfile(name: "small", provider: .azure, maxPodsPerNode: 250, podCIDRMaskSize: 26),
        ]
    }

    static func plans(at version: KubernetesVersion) -> [ProfilePlan] {
        var project = ProjectTemplate.multiRegion.project(named: "fields")
        project.kubernetesVersion = version
        project.profiles = profiles()
        return Planner.plan(project)
    }

    @Test(arguments: SupportedVersions.all)
    func kubeletKeysExistInTheTargetRelease(version: KubernetesVersion) {
        for plan in Self.plans(at: version) {
            let rejected = ConfigFieldTables.kubelet.rejectedPaths(in: plan.kubelet.value, version: version)
            #expect(rejected.isEmpty, "\(plan.name) at \(version): \(rejected)")
        }
    }

    @Test(arguments: SupportedVersions.all)
    func schedulerKeysExistInTheTargetRelease(version: KubernetesVersion) {
        for plan in Self.plans(at: version) {
            let rejected = ConfigFieldTables.scheduler.rejectedPaths(in: plan.scheduler.value, version: version)
            #expect(rejected.isEmpty, "\(plan.name) at \(version): \(rejected)")
        }
    }

    @Test(arguments: SupportedVersions.all)
    func controlPlaneFlagsExistInTheTargetRelease(version: KubernetesVersion) {
        for plan in Self.plans(at: version) {
            #expect(ConfigFieldTables.apiServer.rejectedPaths(in: plan.apiServer.value, version: version).isEmpty)
            #expect(ConfigFieldTables.etcd.rejectedPaths(in: plan.etcd.value, version: version).isEmpty)
        }
    }

    @Test(arguments: SupportedVersions.all)
    func emittedGatesAreKnownAndUnlocked(version: KubernetesVersion) throws {
        for plan in Self.plans(at: version) {
            if case .map(let gates)? = plan.kubelet.value["featureGates"] {
                for entry in gates {
                    let gate = try #require(FeatureGateTable.gate(named: entry.key), "\(entry.key)")
                    #expect(gate.isEmittable(at: version), "\(entry.key) at \(version)")
                    #expect(gate.components.contains(.kubelet))
                }
            }
            if let flag = plan.apiServer.value["--feature-gates"]?.stringValue {
                for pair in flag.split(separator: ",") {
                    let name = String(pair.split(separator: "=")[0])
                    let gate = try #require(FeatureGateTable.gate(named: name))
                    #expect(gate.isEmittable(at: version), "\(name) at \(version)")
                    #expect(gate.components.contains(.apiServer))
                }
            }
        }
    }

    @Test func theProfilesReachTheInterestingKeys() {
        let paths = Set(Self.plans(at: KubernetesVersion(minor: 32)).flatMap { $0.kubelet.value.keyPaths() + $0.scheduler.value.keyPaths() })
        for key in ["featureGates.NodeSwap", "topologyManagerPolicy", "systemReserved.cpu", "kubeReserved.memory",
                    "percentageOfNodesToScore", "profiles[].pluginConfig[].args.scoringStrategy.type"] {
            #expect(paths.contains(key), "\(key)")
        }
    }

    @Test func tableRejectsUnknownRemovedAndDisallowedKeys() {
        let table = ConfigFieldTable(name: "t", source: "test", fields: [
            ConfigField("kept", since: 20),
            ConfigField("gone", since: 20, removedIn: 33),
            ConfigField("fresh", since: 35),
            ConfigField("reserved", since: 20, freeKeys: true, allowedKeys: ["cpu"]),
        ])
        let value: ConfigValue = .map([
            ConfigEntry("kept", 1), ConfigEntry("gone", 1), ConfigEntry("fresh", 1), ConfigEntry("typo", 1),
            ConfigEntry("reserved", .map([ConfigEntry("cpu", "1"), ConfigEntry("gpu", "1")])),
        ])
        let at32 = table.rejectedPaths(in: value, version: KubernetesVersion(minor: 32))
        #expect(at32 == ["fresh (not in 1.32)", "typo (unknown field)", "reserved.gpu (unknown field)"])
        let at35 = table.rejectedPaths(in: value, version: KubernetesVersion(minor: 35))
        #expect(at35 == ["gone (not in 1.35)", "typo (unknown field)", "reserved.gpu (unknown field)"])
    }
}
