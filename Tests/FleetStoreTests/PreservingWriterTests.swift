import FleetModel
import Foundation
import Testing
import Yams
@testable import FleetStore

/// Saving patches the user's file: comments, order and layout survive; only what changed changes.
@Suite struct PreservingWriterTests {
    static let examplePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/examples/payments.fleet.yaml").path

    static func example() throws -> (text: String, project: Project) {
        let text = try String(contentsOfFile: examplePath, encoding: .utf8)
        return (text, try #require(ProjectReader().read(Data(text.utf8), file: "x").project))
    }

    /// The patched text, which must read back as `project`.
    static func save(_ project: Project, over text: String, base: Project) throws -> String {
        let outcome = PreservingWriter().text(for: project, original: text, base: base)
        guard case .patched(let patched) = outcome else {
            Issue.record("fell back: \(outcome)")
            return ""
        }
        #expect(ProjectReader().read(Data(patched.utf8), file: "x").project == project)
        return patched
    }

    /// Lines of `a` missing from `b` and lines of `b` missing from `a`, by a longest common subsequence.
    static func changes(_ a: String, _ b: String) -> (removed: [String], added: [String]) {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var i = 0, j = 0, removed: [String] = [], added: [String] = []
        while i < x.count, j < y.count {
            if x[i] == y[j] { i += 1; j += 1 } else if table[i + 1][j] >= table[i][j + 1] { removed.append(x[i]); i += 1 } else { added.append(y[j]); j += 1 }
        }
        removed += x[i...]
        added += y[j...]
        return (removed, added)
    }

    @Test func anUnchangedProjectSavesTheSameBytes() throws {
        let (text, project) = try Self.example()
        #expect(PreservingWriter().text(for: project, original: text, base: project) == .patched(text))
        #expect(text.contains("#"), "the example has comments")
    }

    @Test func oneChangedWeightChangesOneLineAndKeepsItsComment() throws {
        let (text, base) = try Self.example()
        var project = base
        project.matrix.weights[.complexity] = 4
        let saved = try Self.save(project, over: text, base: base)
        let diff = Self.changes(text, saved)
        #expect(diff.removed == ["      complexity: 3"] && diff.added == ["      complexity: 4"], "\(diff)")
        var scalability = base
        scalability.matrix.weights[.scalability] = 7
        let other = Self.changes(text, try Self.save(scalability, over: text, base: base))
        #expect(other.added.count == 1 && other.added[0].hasPrefix("    weights:") == false && other.added[0].contains("scalability: 7"))
    }

    @Test func aQuotedValueKeepsItsQuotes() throws {
        let (text, base) = try Self.example()
        var project = base
        project.kubernetesVersion = KubernetesVersion(minor: 35)
        let diff = Self.changes(text, try Self.save(project, over: text, base: base))
        #expect(diff.removed == ["  kubernetesVersion: \"1.34\""] && diff.added == ["  kubernetesVersion: \"1.35\""], "\(diff)")
    }

    @Test func aValueInsideAFlowLineChangesOnlyItsCharacters() throws {
        let (text, base) = try Self.example()
        var project = base
        let index = try #require(project.topology.clusters.firstIndex { $0.name == "dev-eu" })
        project.topology.clusters[index].workload = ClusterWorkload(percent: 15)
        let diff = Self.changes(text, try Self.save(project, over: text, base: base))
        #expect(diff.removed.count == 1 && diff.added.count == 1, "\(diff)")
        #expect(diff.added.first == diff.removed.first?.replacingOccurrences(of: "percent: 10", with: "percent: 15"))
    }

    @Test func anAddedClusterIsOneLineInTheClustersFlowStyle() throws {
        let (text, base) = try Self.example()
        var project = base
        project.topology.clusters.append(Cluster(name: "qa-eu", environment: "dev", region: "eu-west-1", profile: "general", network: "net-eu"))
        let diff = Self.changes(text, try Self.save(project, over: text, base: base))
        #expect(diff.removed.isEmpty && diff.added.count == 1, "\(diff)")
        #expect(diff.added.first?.hasPrefix("      - {name: qa-eu, ") == true, "\(diff)")
    }

    @Test func twoClustersAddedAtOnceKeepTheirOrder() throws {
        let base = ProjectTemplate.minimal.project(named: "payments")
        let text = ProjectWriter().text(for: base)
        var project = base
        project.requirements.regions.append("eu-central-1")
        for name in ["edge", "prod-eu-central-1"] {
            project.topology.clusters.append(Cluster(name: name, environment: "prod", region: "eu-central-1", profile: "general", network: "net-c"))
        }
        let saved = try Self.save(project, over: text, base: base)
        #expect(saved == ProjectWriter().text(for: project), "a canonical file stays canonical")
        #expect(Self.changes(text, saved).added.count == 3)
    }

    @Test func aRemovedOverrideTakesOnlyItsLines() throws {
        let (text, base) = try Self.example()
        var project = base
        project.matrix.overrides.removeAll()
        let diff = Self.changes(text, try Self.save(project, over: text, base: base))
        #expect(diff.added.isEmpty, "\(diff)")
        #expect(diff.removed.contains("      - platform: nomad") && diff.removed.contains { $0.contains("Consul and Vault") }, "\(diff)")
        #expect(diff.removed.count <= 6, "the overrides key and its one item: \(diff)")
    }

    @Test func aRemovedClusterTakesItsLine() throws {
        let (text, base) = try Self.example()
        var project = base
        project.topology.clusters.removeAll { $0.name == "staging-eu" }
        let diff = Self.changes(text, try Self.save(project, over: text, base: base))
        #expect(diff.added.isEmpty && diff.removed.count == 1 && diff.removed[0].contains("name: staging-eu"), "\(diff)")
    }

    @Test func aFieldSetForTheFirstTimeGoesToItsCanonicalPlace() throws {
        let (text, base) = try Self.example()
        var project = base
        project.metadata.description = "Payments, rebuilt"
        project.profiles[0].scheduling = .binpack
        let saved = try Self.save(project, over: text, base: base)
        let diff = Self.changes(text, saved)
        #expect(diff.added.contains("      scheduling: binpack"), "\(diff)")
        #expect(!saved.contains("scheduling: spread"), "defaults the file leaves out stay out")
    }

    @Test func anchorsAndAliasesAskForARewrite() throws {
        let (text, base) = try Self.example()
        let anchored = text.replacingOccurrences(of: "profile: general, network: net-eu, meshRole: primary, workload: {percent: 10}",
                                                 with: "profile: general, network: &eu net-eu, meshRole: primary, workload: {percent: 10}")
        #expect(anchored != text)
        var project = base
        project.matrix.weights[.complexity] = 4
        guard case .rewrite(let reason) = PreservingWriter().text(for: project, original: anchored, base: base) else {
            Issue.record("an anchored file was patched")
            return
        }
        #expect(reason.contains("anchors"))
    }

    @Test func randomScalarEditsChangeOneLineEach() throws {
        let (text, base) = try Self.example()
        var generator = SystemRandomNumberGenerator()
        var current = text, currentProject = base
        for step in 0..<40 {
            var project = currentProject
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: project.matrix.weights[Criterion.allCases.randomElement(using: &generator)!] = Int.random(in: 0...10, using: &generator)
            case 1: project.requirements.expectedServices = Int.random(in: 1...5000, using: &generator)
            case 2: project.profiles[0].maxPodsPerNode = Int.random(in: 10...250, using: &generator)
            case 3: project.topology.clusters[Int.random(in: 0..<project.topology.clusters.count, using: &generator)].workload =
                ClusterWorkload(pods: Int.random(in: 1...900, using: &generator))
            default: project.profiles[0].headroomPercent = Int.random(in: 0...50, using: &generator)
            }
            if project == currentProject { continue }
            let saved = try Self.save(project, over: current, base: currentProject)
            let diff = Self.changes(current, saved)
            #expect(diff.removed.count <= 1 && diff.added.count == 1, "step \(step): \(diff)")
            let comments = current.split(separator: "\n").filter { $0.contains("#") }
            #expect(comments.allSatisfy { saved.contains($0) } || diff.removed.first?.contains("#") == true)
            current = saved
            currentProject = project
        }
    }
}

/// Random edit sequences over a corpus of hand-written files (comments, flow and block styles,
/// odd indentation): every save reads back as the edited project, an edit that changes one
/// scalar changes at most one line, and every comment line of the original that no edit
/// removed is still there.
@Suite struct PreservingWriterPropertyTests {
    static let corpus = ["block-style", "minimal-flow"].map {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("SaveCorpus/\($0).fleet.yaml").path
    } + [PreservingWriterTests.examplePath]

    enum Step: CaseIterable { case weight, services, maxPods, clusterPods, addCluster, removeCluster, headroom, description }

    @Test(arguments: corpus)
    func randomEditsKeepTheFile(path: String) throws {
        let original = try String(contentsOfFile: path, encoding: .utf8)
        var text = original
        var project = try #require(ProjectReader().read(Data(text.utf8), file: path).project)
        var generator = SystemRandomNumberGenerator()
        var added = 0
        for step in 0..<60 {
            var edited = project
            let kind = Step.allCases.randomElement(using: &generator)!
            switch kind {
            case .weight: edited.matrix.weights[Criterion.allCases.randomElement(using: &generator)!] = Int.random(in: 0...10, using: &generator)
            case .services: edited.requirements.expectedServices = Int.random(in: 1...900, using: &generator)
            case .maxPods: edited.profiles[0].maxPodsPerNode = Int.random(in: 20...250, using: &generator)
            case .clusterPods:
                let index = Int.random(in: 0..<edited.topology.clusters.count, using: &generator)
                edited.topology.clusters[index].workload = ClusterWorkload(pods: Int.random(in: 1...500, using: &generator))
            case .addCluster:
                added += 1
                let template = edited.topology.clusters[0]
                edited.topology.clusters.append(Cluster(name: "extra-\(added)", environment: "dev", region: template.region,
                                                        profile: template.profile, network: template.network))
            case .removeCluster:
                guard let index = edited.topology.clusters.lastIndex(where: { $0.name.hasPrefix("extra-") }) else { continue }
                edited.topology.clusters.remove(at: index)
            case .headroom: edited.profiles[0].headroomPercent = Int.random(in: 0...60, using: &generator)
            case .description: edited.metadata.description = "Edited \(step): a, b # c"
            }
            if edited == project { continue }
            let outcome = PreservingWriter().text(for: edited, original: text, base: project)
            guard case .patched(let saved) = outcome else {
                Issue.record("\(path) step \(step) \(kind): \(outcome)")
                return
            }
            #expect(ProjectReader().read(Data(saved.utf8), file: path).project == edited, "step \(step) \(kind)")
            let diff = PreservingWriterTests.changes(text, saved)
            switch kind {
            case .addCluster: #expect(diff.removed.isEmpty, "step \(step): \(diff)")
            case .removeCluster: #expect(diff.added.isEmpty, "step \(step): \(diff)")
            default: #expect(diff.removed.count <= 1 && diff.added.count <= 3, "step \(step) \(kind): \(diff)")
            }
            text = saved
            project = edited
        }
        // Comments of the original survive every edit (none of the edits removes one).
        let comments = original.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        for comment in comments { #expect(text.contains(comment), "\(comment)") }
    }
}
