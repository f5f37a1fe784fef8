import FleetModel
import Testing
@testable import FleetEngine

/// FP160 and FP161: what a managed control plane cannot be or cannot set.
@Suite struct ControlPlaneRuleTests {
    static func codes(_ profile: ClusterProfile) -> [String] {
        var project = ProjectTemplate.multiRegion.project(named: "t")
        project.profiles = [profile]
        return PlanningRules.findings(for: project).map(\.code)
    }

    static let reserved = Reservations(systemCPU: Quantity(parsing: "100m")!, systemMemory: Quantity(parsing: "512Mi")!,
                                       kubeCPU: Quantity(parsing: "100m")!, kubeMemory: Quantity(parsing: "512Mi")!)

    @Test func managedBareMetalIsAnError() {
        let profile = ClusterProfile(name: "metal", provider: .bareMetal, reserved: Self.reserved, controlPlane: .managed)
        #expect(Self.codes(profile).contains("FP160"))
        #expect(!Self.codes(ClusterProfile(name: "metal", provider: .bareMetal, reserved: Self.reserved)).contains("FP160"))
        #expect(!Self.codes(ClusterProfile(name: "metal", provider: .bareMetal, reserved: Self.reserved, controlPlane: .selfManaged)).contains("FP160"))
    }

    @Test func reservationsOnManagedGKEAndAKSWarn() {
        #expect(Self.codes(ClusterProfile(name: "g", provider: .gcp, reserved: Self.reserved)).contains("FP161"))
        #expect(Self.codes(ClusterProfile(name: "a", provider: .azure, reserved: Self.reserved)).contains("FP161"))
        #expect(!Self.codes(ClusterProfile(name: "e", provider: .aws, reserved: Self.reserved)).contains("FP161"))
        #expect(!Self.codes(ClusterProfile(name: "g", provider: .gcp, reserved: Self.reserved, controlPlane: .selfManaged)).contains("FP161"))
    }
}
