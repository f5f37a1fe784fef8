import Foundation
import Testing

/// `fleetplan diff OLD NEW`: what a change does to the design, from files or a git revision.
@Suite struct DiffCommandTests {
    static let example = CLI.packageRoot.appendingPathComponent("docs/examples/payments.fleet.yaml")

    func workspace(_ edit: (String) -> String) throws -> URL {
        let directory = try CLI.temporaryDirectory()
        let text = try String(contentsOf: Self.example, encoding: .utf8)
        try text.write(to: directory.appendingPathComponent("old.fleet.yaml"), atomically: true, encoding: .utf8)
        let changed = edit(text)
        #expect(changed != text, "the edit applies")
        try changed.write(to: directory.appendingPathComponent("new.fleet.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    @Test func oneWeightChangesTheScoresAndOneLineOfTheProjectFile() throws {
        let directory = try workspace { $0.replacingOccurrences(of: "      complexity: 3", with: "      complexity: 9") }
        let result = try CLI.run(["diff", "old.fleet.yaml", "new.fleet.yaml", "--format", "json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scores = try #require(json["scores"] as? [[String: Any]])
        let kubernetes = try #require(scores.first { $0["platform"] as? String == "kubernetes" })
        #expect((kubernetes["old"] as? Double).map { $0 > (kubernetes["new"] as? Double ?? 0) } == true, "more weight on complexity costs Kubernetes")
        let files = try #require(json["files"] as? [[String: Any]])
        let project = try #require(files.first { $0["path"] as? String == "project.fleet.yaml" })
        let lines = try #require(project["diff"] as? [String])
        #expect(lines.filter { $0.hasPrefix("-") } == ["-      complexity: 3"] && lines.filter { $0.hasPrefix("+") } == ["+      complexity: 9"])
        #expect((json["clusters"] as? [Any])?.isEmpty == true, "weights plan no cluster differently")
    }

    @Test func aFlippedRecommendationIsNamed() throws {
        let directory = try workspace {
            $0.replacingOccurrences(of: "      complexity: 3", with: "      complexity: 10")
                .replacingOccurrences(of: "      operationalOverhead: 4", with: "      operationalOverhead: 10")
        }
        let result = try CLI.run(["diff", "old.fleet.yaml", "new.fleet.yaml", "--format", "markdown"], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("**The recommendation changes: Kubernetes → "), "\(result.stdout.prefix(600))")
    }

    @Test func oneMoreClusterListsItsPlanAndItsNewFiles() throws {
        let directory = try workspace {
            $0.replacingOccurrences(of: "    gitops:", with: "      - {name: prod-ap, role: workload, environment: prod, region: us-east-1, profile: general, network: net-us, meshRole: primary}\n    gitops:")
        }
        let result = try CLI.run(["diff", "old.fleet.yaml", "new.fleet.yaml"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("cluster prod-ap added:") }.map(String.init))
        #expect(line.contains("nodes: ") && line.contains("pod range: 10.") && line.contains("cost USD/month: "), "\(line)")
        #expect(result.stdout.contains("file clusters/prod-ap/eksctl-cluster.yaml added"))
        #expect(result.stdout.contains("file gitops/clusters/prod-ap/kustomization.yaml added"))
    }

    @Test func anUnchangedDesignSaysSo() throws {
        let directory = try workspace { $0.replacingOccurrences(of: "# kubernetes | docker-swarm", with: "# one of kubernetes | docker-swarm") }
        let result = try CLI.run(["diff", "old.fleet.yaml", "new.fleet.yaml", "--format", "markdown"], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("No change to the design"), "a comment changes nothing")
    }

    @Test func aGitRevisionIsTheOldSide() throws {
        let directory = try CLI.temporaryDirectory()
        let file = directory.appendingPathComponent("p.fleet.yaml")
        try FileManager.default.copyItem(at: Self.example, to: file)
        func git(_ arguments: String...) throws {
            let result = try CLI.runTool(["git", "-c", "user.name=t", "-c", "user.email=t@example.com"] + arguments, in: directory)
            #expect(result.status == 0, "git \(arguments): \(result.stderr)")
        }
        try git("init", "-q")
        try git("add", "p.fleet.yaml")
        try git("commit", "-q", "-m", "design")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "      complexity: 3", with: "      complexity: 5").write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["diff", "HEAD", "p.fleet.yaml"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Design diff: HEAD:p.fleet.yaml -> p.fleet.yaml\n"))
        #expect(result.stdout.contains("-      complexity: 3") && result.stdout.contains("+      complexity: 5"))
        let missing = try CLI.run(["diff", "no-such-revision", "p.fleet.yaml"], in: directory)
        #expect(missing.status == 66 && missing.stderr.contains("no-such-revision"))
    }
}
