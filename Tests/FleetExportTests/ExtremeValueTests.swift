import FleetEngine
import FleetModel
import FleetStore
import Foundation
import Testing
@testable import FleetExport

/// Every headless output on projects whose numbers are at the extremes of their types, as
/// the workbench can hold them before validation speaks: no arithmetic may trap.
@Suite struct ExtremeValueTests {
    static let integers = [Int.max, Int.min, Int.max / 1000, -1, 0]
    static let quantities = ["8E", "10P", "1e18", "9223372036854775807m", "-8E", "100Ei", "1n", "0"]

    /// One profile field set to a value, with the mesh on so the sidecar is added too.
    enum Edit: CustomStringConvertible, Sendable {
        case integer(WritableKeyPath<ClusterProfile, Int> & Sendable, String, Int)
        case quantity(WritableKeyPath<ClusterProfile, Quantity> & Sendable, String, String)
        case requirement(WritableKeyPath<Requirements, Int> & Sendable, String, Int)
        case clusterZones(Int)

        var description: String {
            switch self {
            case .integer(_, let name, let value), .requirement(_, let name, let value): "\(name) = \(value)"
            case .quantity(_, let name, let text): "\(name) = \(text)"
            case .clusterZones(let value): "zones = \(value)"
            }
        }

        func apply(to project: inout Project) {
            switch self {
            case .integer(let path, _, let value):
                for index in project.profiles.indices { project.profiles[index][keyPath: path] = value }
            case .quantity(let path, _, let text):
                for index in project.profiles.indices { project.profiles[index][keyPath: path] = Quantity(parsing: text)! }
            case .requirement(let path, _, let value):
                project.requirements[keyPath: path] = value
            case .clusterZones(let value):
                for index in project.topology.clusters.indices { project.topology.clusters[index].zones = value }
            }
        }
    }

    static let edits: [Edit] = {
        var edits: [Edit] = []
        let integerFields: [(WritableKeyPath<ClusterProfile, Int> & Sendable, String)] = [
            (\.node.vcpu, "vcpu"), (\.node.memoryGiB, "memoryGiB"), (\.maxPodsPerNode, "maxPodsPerNode"),
            (\.podCIDRMaskSize, "podCIDRMaskSize"), (\.headroomPercent, "headroomPercent"), (\.workload.pods, "pods"),
            (\.mesh.maxConcurrentConnections, "maxConcurrentConnections"),
        ]
        let quantityFields: [(WritableKeyPath<ClusterProfile, Quantity> & Sendable, String)] = [
            (\.workload.podCPU, "podCPU"), (\.workload.podMemory, "podMemory"),
            (\.workload.daemonSetCPU, "daemonSetCPU"), (\.workload.daemonSetMemory, "daemonSetMemory"),
            (\.reservedOrDefault.systemCPU, "reserved.systemCPU"), (\.reservedOrDefault.kubeCPU, "reserved.kubeCPU"),
            (\.reservedOrDefault.systemMemory, "reserved.systemMemory"), (\.reservedOrDefault.kubeMemory, "reserved.kubeMemory"),
            (\.reservedOrDefault.evictionMemory, "reserved.evictionMemory"),
        ]
        let requirementFields: [(WritableKeyPath<Requirements, Int> & Sendable, String)] = [
            (\.zonesPerRegion, "zonesPerRegion"), (\.expectedNodes, "expectedNodes"), (\.expectedServices, "expectedServices"),
        ]
        for (path, name) in integerFields { edits += integers.map { .integer(path, name, $0) } }
        for (path, name) in quantityFields { edits += quantities.map { .quantity(path, name, $0) } }
        for (path, name) in requirementFields { edits += integers.map { .requirement(path, name, $0) } }
        edits += integers.map { .clusterZones($0) }
        return edits
    }()

    @Test(arguments: edits) func everyOutputIsFinite(_ edit: Edit) throws {
        var project = try BundleFixtures.payments()
        for index in project.profiles.indices { project.profiles[index].mesh.enabled = true }
        edit.apply(to: &project)
        let findings = Lint.findings(for: project)
        let plans = Planner.plan(project)
        _ = PlanReport.text(plans)
        _ = PlanReport.json(plans, version: project.kubernetesVersion)
        _ = TopologyDiagram(width: 100, ascii: false).lines(for: project)
        _ = TopologyMermaid.render(project)
        _ = TopologyDOT.render(project)
        _ = TopologyJSON.render(project, findings: findings)
        _ = TopologyDraft.propose(for: project)
        let bundle = try BundleFixtures.bundle(project)
        #expect(!bundle.files.isEmpty)
    }

    /// Validation names every one of these values, so the reader refuses the file (exit 65).
    @Test(arguments: ["8E", "10P", "1e18", "9223372036854775807m", "100Ei"])
    func hugeQuantitiesAreFindings(_ text: String) throws {
        var project = try BundleFixtures.payments()
        project.profiles[0].workload.podCPU = Quantity(parsing: text)!
        project.profiles[0].workload.podMemory = Quantity(parsing: text)!
        let findings = project.validate().filter { $0.code == "FP012" }
        #expect(findings.map(\.path.description).contains("spec.profiles[0].workload.podCPU"), "\(findings)")
        #expect(findings.map(\.path.description).contains("spec.profiles[0].workload.podMemory"), "\(findings)")
    }
}

extension ClusterProfile {
    /// The explicit reservations, created with zeros when the profile has none (for key paths in tests).
    var reservedOrDefault: Reservations {
        get { reserved ?? Reservations(systemCPU: Quantity(millis: 0), systemMemory: Quantity(mebibytes: 0),
                                       kubeCPU: Quantity(millis: 0), kubeMemory: Quantity(mebibytes: 0)) }
        set { reserved = newValue }
    }
}
