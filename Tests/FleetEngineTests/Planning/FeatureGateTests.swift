import FleetModel
import Testing
@testable import FleetEngine

@Suite struct FeatureGateTests {
    static let versions = SupportedVersions.all

    func gate(_ name: String) throws -> FeatureGate {
        try #require(FeatureGateTable.gate(named: name))
    }

    @Test func supportedVersionsAre131Through136() {
        #expect(SupportedVersions.all.map(\.description) == ["1.31", "1.32", "1.33", "1.34", "1.35", "1.36"])
        #expect(SupportedVersions.contains(KubernetesVersion(minor: 31)))
        #expect(!SupportedVersions.contains(KubernetesVersion(minor: 30)))
        #expect(!SupportedVersions.contains(KubernetesVersion(minor: 37)))
        #expect(SupportedVersions.nearest(to: KubernetesVersion(minor: 20)) == KubernetesVersion(minor: 31))
        #expect(SupportedVersions.nearest(to: KubernetesVersion(minor: 40)) == KubernetesVersion(minor: 36))
        #expect(SupportedVersions.nearest(to: KubernetesVersion(minor: 34)) == KubernetesVersion(minor: 34))
    }

    @Test(arguments: versions)
    func staleGuideGatesAreGoneInEverySupportedVersion(version: KubernetesVersion) throws {
        #expect(try gate("CSIDriverRegistry").status(at: version) == .removed(sinceMinor: 22))
        #expect(try gate("LocalStorageCapacityIsolation").status(at: version) == .removed(sinceMinor: 27))
        #expect(try gate("TopologyManager").status(at: version) == .removed(sinceMinor: 29))
        #expect(try gate("APIPriorityAndFairness").status(at: version) == .removed(sinceMinor: 31))
        #expect(try !gate("CSIDriverRegistry").accepts(true, at: version))
    }

    @Test(arguments: versions)
    func rotateKubeletServerCertificateIsBetaEverywhere(version: KubernetesVersion) throws {
        let status = try gate("RotateKubeletServerCertificate").status(at: version)
        #expect(status == .available(.init(12, .beta, default: true)))
    }

    @Test func nodeSwapLocksIn134() throws {
        let swap = try gate("NodeSwap")
        for minor in 31...33 { #expect(swap.isEmittable(at: KubernetesVersion(minor: minor))) }
        for minor in 34...36 {
            let version = KubernetesVersion(minor: minor)
            #expect(!swap.isEmittable(at: version))
            #expect(swap.accepts(true, at: version))
            #expect(!swap.accepts(false, at: version))
        }
    }

    @Test func cpuManagerPolicyOptionsLocksIn133() throws {
        let options = try gate("CPUManagerPolicyOptions")
        #expect(options.isEmittable(at: KubernetesVersion(minor: 32)))
        #expect(!options.isEmittable(at: KubernetesVersion(minor: 33)))
    }

    @Test func inPlaceResizeIsAlphaBetaThenLocked() throws {
        let resize = try gate("InPlacePodVerticalScaling")
        let stages = SupportedVersions.all.map { version -> String in
            guard case .available(let step) = resize.status(at: version) else { return "gone" }
            return step.locked ? "locked" : step.stage.rawValue
        }
        #expect(stages == ["alpha", "alpha", "beta", "beta", "locked", "locked"])
        #expect(try !gate("SidecarContainers").isEmittable(at: KubernetesVersion(minor: 33)))
        #expect(try gate("SidecarContainers").isEmittable(at: KubernetesVersion(minor: 32)))
    }

    @Test func gatesOlderThanTheirFirstReleaseAreNotYetAdded() throws {
        #expect(try gate("NodeSwap").status(at: KubernetesVersion(minor: 21)) == .notYetAdded(firstMinor: 22))
    }

    @Test func tableIsSortedAndUnique() {
        let names = FeatureGateTable.gates.map(\.name)
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        for gate in FeatureGateTable.gates {
            #expect(gate.steps.map(\.minor) == gate.steps.map(\.minor).sorted(), "\(gate.name)")
            #expect(!gate.source.isEmpty)
        }
    }

    @Test func selectionSplitsByComponentAndStatus() {
        let requested = [
            "CSIDriverRegistry": true, "NodeSwap": true, "InPlacePodVerticalScaling": true,
            "GracefulNodeShutdown": true, "MadeUpGate": true, "CPUManagerPolicyAlphaOptions": true,
        ]
        let at32 = FeatureGateSelection(requested: requested, version: KubernetesVersion(minor: 32))
        #expect(at32.kubelet.map(\.name) == ["GracefulNodeShutdown", "InPlacePodVerticalScaling", "NodeSwap"])
        #expect(at32.apiServer.map(\.name) == ["InPlacePodVerticalScaling"])
        #expect(at32.omitted.map(\.name) == ["CPUManagerPolicyAlphaOptions", "CSIDriverRegistry", "MadeUpGate"])
        #expect(at32.omitted.first?.why == .noOption(.cpuManagerPolicyOptions))
        #expect(at32.immature.map(\.name) == ["InPlacePodVerticalScaling"])

        let withOptions = FeatureGateSelection(requested: requested, version: KubernetesVersion(minor: 32), options: [.cpuManagerPolicyOptions])
        #expect(withOptions.kubelet.map(\.name).contains("CPUManagerPolicyAlphaOptions"))
        #expect(withOptions.immature.map(\.name) == ["CPUManagerPolicyAlphaOptions", "InPlacePodVerticalScaling"])

        let at34 = FeatureGateSelection(requested: requested, version: KubernetesVersion(minor: 34))
        #expect(!at34.kubelet.map(\.name).contains("NodeSwap"))
        #expect(at34.omitted.contains { $0.name == "NodeSwap" && $0.why == .locked(defaultValue: true) })
        #expect(!at34.immature.map(\.name).contains("InPlacePodVerticalScaling"))
    }

    @Test func noGatesRequestedMeansNoneEmitted() {
        let selection = FeatureGateSelection(requested: [:], version: KubernetesVersion(minor: 34))
        #expect(selection.kubelet.isEmpty && selection.apiServer.isEmpty && selection.omitted.isEmpty)
    }
}
