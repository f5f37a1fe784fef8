import Foundation
import Testing

@Suite(.serialized) struct ScoreCommandTests {
    let example = "docs/examples/payments.fleet.yaml"

    @Test func textLeadsWithTheRecommendation() throws {
        let result = try CLI.run(["score", example])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Platform matrix: payments-platform\n"))
        #expect(result.stdout.contains("Recommendation: Kubernetes (72.3), ahead of Nomad (66.4) by 5.9 points."))
        #expect(result.stdout.contains("must run stateful workloads: ephemeral instances with an in-memory filesystem [RUN-12]"))
        #expect(result.stdout.contains("Roadmap (migration)"))
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonHasWinnerRankingAndSensitivity() throws {
        let result = try CLI.run(["score", example, "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["winner"] as? String == "kubernetes")
        #expect(json["margin"] as? Double == 5.91)
        #expect((json["ranking"] as? [[String: Any]])?.first?["platform"] as? String == "kubernetes")
        #expect((json["eliminated"] as? [[String: Any]])?.map { $0["platform"] as? String } == ["cloud-run"])
        #expect((json["sensitivity"] as? [Any])?.count == 11)
        #expect(json["comparison"] == nil)
    }

    @Test func csvHasOneRowPerPlatformAndCriterion() throws {
        let result = try CLI.run(["score", example, "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "platform,status,rank,score,criterion,weight,criterionScore,contribution,note")
        #expect(lines.count == 1 + 5 * 11)
        #expect(lines.contains("nomad,ranked,2,66.36,ecosystem,4,3,3.64,The team already runs Consul and Vault"))
    }

    @Test func compareAddsASideBySideSection() throws {
        let result = try CLI.run(["score", example, "--compare", "kubernetes", "ecs"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Comparison: Kubernetes vs Amazon ECS"))
        let json = try CLI.run(["score", example, "--format", "json", "--compare", "cloud-run", "nomad"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let comparison = try #require(object["comparison"] as? [String: Any])
        #expect((comparison["first"] as? [String: Any])?["eliminated"] as? Bool == true)
    }

    @Test func badCompareArgumentsAreUsageErrors() throws {
        let one = try CLI.run(["score", example, "--compare", "nomad"])
        #expect(one.status == 64)
        #expect(one.stderr.contains("--compare takes exactly two platforms, got 1"))
        let unknown = try CLI.run(["score", example, "--compare", "nomad", "mesos"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown platform 'mesos'"))
        let format = try CLI.run(["score", example, "--format", "xml"])
        #expect(format.status == 64)
    }

    @Test func missingAndInvalidFiles() throws {
        let missing = try CLI.run(["score", "no-such.fleet.yaml"])
        #expect(missing.status == 66)
        #expect(missing.stdout.isEmpty)
        let directory = try CLI.temporaryDirectory()
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent(example), encoding: .utf8)
        try text.replacingOccurrences(of: "      complexity: 3", with: "      complexity: 11")
            .write(to: directory.appendingPathComponent("bad.fleet.yaml"), atomically: true, encoding: .utf8)
        let invalid = try CLI.run(["score", "bad.fleet.yaml"], in: directory)
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains("spec.matrix.weights.complexity"))
    }

    @Test func scoringGuideShowsTheCurrentOutput() throws {
        let result = try CLI.run(["score", example])
        let excerpt = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).joined(separator: "\n")
        let guide = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/scoring.md"), encoding: .utf8)
        #expect(guide.contains("```\n" + excerpt + "\n```"), "refresh the excerpt at the end of docs/scoring.md")
    }

    @Test func outputIsByteStable() throws {
        let first = try CLI.run(["score", example, "--format", "json"])
        let second = try CLI.run(["score", example, "--format", "json"])
        #expect(first.stdout == second.stdout)
    }
}
