import Foundation
import Testing

@Suite(.serialized) struct NewAndCheckTests {
    @Test(arguments: ["minimal", "multi-region"])
    func newWritesAProjectThatChecksClean(template: String) throws {
        let directory = try CLI.temporaryDirectory()
        let created = try CLI.run(["new", "Demo.fleet.yaml", "--template", template], in: directory)
        #expect(created.status == 0)
        #expect(created.stdout.contains("Created Demo.fleet.yaml"))
        let text = try String(contentsOf: directory.appendingPathComponent("Demo.fleet.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=fleetplan.schema.json\napiVersion: fleetplan/v1\nkind: Project\nmetadata:\n  name: demo\n"))
        let checked = try CLI.run(["check", "Demo.fleet.yaml"], in: directory)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(!checked.stdout.contains(" error FP") && !checked.stdout.contains(" warning FP"), "\(checked.stdout)")
    }

    @Test func newRefusesToOverwriteWithoutForce() throws {
        let directory = try CLI.temporaryDirectory()
        let path = directory.appendingPathComponent("p.fleet.yaml")
        try "keep me\n".write(to: path, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["new", "p.fleet.yaml"], in: directory)
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("p.fleet.yaml: already exists (use --force to overwrite)"))
        #expect(try String(contentsOf: path, encoding: .utf8) == "keep me\n")
        let forced = try CLI.run(["new", "p.fleet.yaml", "--force"], in: directory)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: path, encoding: .utf8).hasPrefix("# yaml-language-server: $schema=fleetplan.schema.json\napiVersion: fleetplan/v1"))
    }

    @Test func newIntoAMissingDirectoryCannotCreateOutput() throws {
        let directory = try CLI.temporaryDirectory()
        let result = try CLI.run(["new", "no/such/dir/p.fleet.yaml"], in: directory)
        #expect(result.status == 73)
        #expect(result.stderr.contains("no/such/dir/p.fleet.yaml: cannot write"))
    }

    @Test func newWithAnUnknownTemplateIsAUsageError() throws {
        let directory = try CLI.temporaryDirectory()
        let result = try CLI.run(["new", "p.fleet.yaml", "--template", "huge"], in: directory)
        #expect(result.status == 64)
        #expect(result.stderr.contains("huge"))
    }

    @Test func checkOnAMissingFileExits66() throws {
        let result = try CLI.run(["check", "does-not-exist.fleet.yaml"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("does-not-exist.fleet.yaml: cannot read: no such file"))
    }

    @Test func checkOnTheCanonicalExampleIsClean() throws {
        let result = try CLI.run(["check", "docs/examples/payments.fleet.yaml"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(!result.stdout.contains(": error "))
    }

    @Test func checkReportsEveryProblemWithFileLineColumn() throws {
        let directory = try CLI.temporaryDirectory()
        let text = """
            apiVersion: fleetplan/v1
            kind: Project
            metadata:
              name: demo
            spec:
              kubernetesVersion: "1.34"
              profiles:
                - name: general
                  node: {vcpu: eight, memoryGiB: 32}
                  maxPodz: 110
              topology:
                clusters:
                  - {name: a, environment: dev, region: eu-west-1, profile: gpu, network: n}

            """
        try text.write(to: directory.appendingPathComponent("bad.fleet.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "bad.fleet.yaml"], in: directory)
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("bad.fleet.yaml:9:20: spec.profiles[0].node.vcpu: error FP003: expected a whole number") })
        #expect(lines.contains { $0.hasPrefix("bad.fleet.yaml:10:7: spec.profiles[0].maxPodz: error FP002: unknown field \"maxPodz\" (did you mean \"maxPodsPerNode\"?)") })
        #expect(lines.contains { $0.hasPrefix("bad.fleet.yaml:13:65: spec.topology.clusters[0].profile: error FP013:") })
        #expect(lines.last == "bad.fleet.yaml: 3 errors, 0 warnings, 0 info")
    }

    @Test func checkJSONHasTheDocumentedShape() throws {
        let directory = try CLI.temporaryDirectory()
        try "apiVersion: fleetplan/v1\nkind: Project\nmetadata: {name: Demo}\nspec: {kubernetesVersion: \"1.34\"}\n"
            .write(to: directory.appendingPathComponent("p.fleet.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "p.fleet.yaml", "--format", "json"], in: directory)
        #expect(result.status == 65)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "p.fleet.yaml")
        let findings = try #require(object["findings"] as? [[String: Any]])
        let first = try #require(findings.first)
        #expect(Set(first.keys) == ["severity", "code", "path", "line", "column", "message", "hint"])
        #expect(first["severity"] as? String == "error")
        #expect(first["code"] as? String == "FP010")
        #expect(first["path"] as? String == "metadata.name")
        #expect(first["line"] as? Int == 3)
        #expect(first["column"] as? Int == 18)
    }

    @Test func schemaCommandMatchesTheCommittedCopy() throws {
        let result = try CLI.run(["schema"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/schema/project.schema.json"), encoding: .utf8)
        #expect(result.stdout == committed, "docs/schema/project.schema.json is out of date: run `swift run fleetplan schema > docs/schema/project.schema.json`")
        #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil)
    }

    @Test func unknownSubcommandOrOptionIsAUsageError() throws {
        #expect(try CLI.run(["check"]).status == 64)
        #expect(try CLI.run(["check", "x", "--format", "xml"]).status == 64)
        #expect(try CLI.run(["frobnicate", "x", "y"]).status == 64)
    }
}
