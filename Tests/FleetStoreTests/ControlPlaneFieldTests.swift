import FleetModel
import Foundation
import Testing
@testable import FleetStore

/// `controlPlane` on a profile: defaults, round trip, and bare-metal keeping what it says.
@Suite struct ControlPlaneFieldTests {
    static func read(_ lines: String) -> ProjectReader.Result {
        ProjectReader().read(Data(InstanceTypeFieldTests.yaml(lines).utf8), file: "t.fleet.yaml")
    }

    @Test func cloudProvidersDefaultToManagedAndBareMetalToSelfManaged() throws {
        for (provider, managed) in [("aws", true), ("gcp", true), ("azure", true), ("bare-metal", false)] {
            let result = Self.read("      provider: \(provider)\n      node: {vcpu: 8, memoryGiB: 32}\n")
            let profile = try #require(result.project?.profiles.first)
            #expect(profile.controlPlane == nil && profile.runsManagedControlPlane == managed, "\(provider)")
        }
    }

    @Test func selfManagedIsWrittenAndTheDefaultIsNot() throws {
        let result = Self.read("      provider: aws\n      controlPlane: self-managed\n      node: {vcpu: 8, memoryGiB: 32}\n")
        let project = try #require(result.project)
        #expect(project.profiles[0].controlPlane == .selfManaged && !project.profiles[0].runsManagedControlPlane)
        let written = ProjectWriter().text(for: project)
        #expect(written.contains("controlPlane: self-managed"))
        #expect(ProjectReader().read(Data(written.utf8), file: "t.fleet.yaml").project == project)

        let explicit = try #require(Self.read("      provider: gcp\n      controlPlane: managed\n      node: {vcpu: 8, memoryGiB: 32}\n").project)
        #expect(!ProjectWriter().text(for: explicit).contains("controlPlane"))
    }

    @Test func managedBareMetalIsKeptForTheLintAndAnUnknownValueIsFP005() throws {
        let result = Self.read("      provider: bare-metal\n      controlPlane: managed\n      node: {vcpu: 8, memoryGiB: 32}\n")
        let project = try #require(result.project)
        #expect(project.profiles[0].controlPlane == .managed && !project.profiles[0].runsManagedControlPlane)
        #expect(ProjectWriter().text(for: project).contains("controlPlane: managed"))
        #expect(Self.read("      controlPlane: hosted\n      node: {vcpu: 8, memoryGiB: 32}\n").findings.contains { $0.finding.code == "FP005" })
    }
}
