import Foundation
import FleetModel
import Testing
@testable import FleetEngine

/// The planning docs cover every rule code and every emitted setting, so they cannot drift.
@Suite struct PlanningDocsTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every `"FP1xx"` literal in the planning sources.
    static func emittedCodes() throws -> Set<String> {
        let directory = root.appendingPathComponent("Sources/FleetEngine/Planning")
        var codes = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            var rest = Substring(text)
            while let range = rest.range(of: "\"FP1") {
                let code = rest[rest.index(after: range.lowerBound)...].prefix(5)
                codes.insert(String(code))
                rest = rest[range.upperBound...]
            }
        }
        return codes
    }

    @Test func everyRuleCodeIsDocumentedWithAnExample() throws {
        let docs = try Self.read("docs/lint-rules.md")
        let section = try #require(docs.range(of: "## Planning (FP1xx)")).upperBound
        let planning = docs[section...]
        let codes = try Self.emittedCodes()
        #expect(codes.count >= 15)
        for code in codes.sorted() {
            let row = planning.split(separator: "\n").first { $0.hasPrefix("| \(code) |") }
            #expect(row != nil, "\(code) has no row")
            #expect(row.map { $0.split(separator: "|").count >= 4 } ?? false, "\(code) row needs an example")
        }
    }

    @Test func tuningDocNamesEveryEmittedFlagAndField() throws {
        let docs = try Self.read("docs/tuning.md")
        var profiles = ConfigFieldTableTests.profiles()
        profiles.append(CapacityPlanTests.payments())
        var project = ProjectTemplate.multiRegion.project(named: "docs")
        project.profiles = profiles
        for plan in Planner.plan(project) {
            for component in [plan.apiServer, plan.etcd, plan.kubelet] {
                guard case .map(let entries) = component.value else { continue }
                for entry in entries where entry.key != "apiVersion" && entry.key != "kind" {
                    #expect(docs.contains("`\(entry.key)"), "\(entry.key) is not in docs/tuning.md")
                }
            }
            if case .map(let entries)? = plan.istio?.value {
                for entry in entries { #expect(docs.contains("`\(entry.key)"), "istio \(entry.key)") }
            }
        }
    }

    @Test func capacityDocShowsTheCanonicalNumbers() throws {
        let docs = try Self.read("docs/capacity.md")
        let plan = Planner.plan(ProjectTemplate.multiRegion.project(named: "docs"))[0].capacity
        for number in [plan.allocatableCPUMillis, plan.allocatableMemoryKi / 1024].map(String.init) {
            #expect(docs.contains(number))
        }
        for number in [plan.podsPerNode, plan.nodesRequired!, plan.nodesToSurviveNodeLoss!, plan.nodesToSurviveZoneLoss!] {
            #expect(docs.contains("| \(number) |"), "\(number)")
        }
    }
}
