import Foundation
import Testing

@Suite(.serialized) struct ExportCommandTests {
    var example: String { CLI.packageRoot.appendingPathComponent("docs/examples/payments.fleet.yaml").path }

    /// The bundle's files, without the manifest that marks it as a bundle (checked on its own).
    func files(in directory: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory.path)!
        return (enumerator.allObjects as! [String]).filter { path in
            if path == ".fleetplan-manifest" { return false }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }

    func sha256Check(_ directory: URL) throws -> Int32 {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["sha256sum", "--check", "--quiet", "--strict", "SHA256SUMS"]
        check.currentDirectoryURL = directory
        try check.run()
        check.waitUntilExit()
        return check.terminationStatus
    }

    @Test func exportsTheExampleBundle() throws {
        let directory = try CLI.temporaryDirectory()
        let result = try CLI.run(["export", example, "--output", "bundle"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let bundle = directory.appendingPathComponent("bundle")
        let written = files(in: bundle)
        #expect(result.stdout == "Wrote \(written.count) files to bundle.\n")
        for path in ["README.md", "project.fleet.yaml", "decisions/0001-orchestration-platform.md", "matrix/scores.csv",
                     "topology/topology.mmd", "clusters/prod-eu/eksctl-cluster.yaml", "clusters/prod-eu/istio/istio-operator.yaml",
                     "gitops/clusters/prod-eu/kustomization.yaml", "SHA256SUMS"] {
            #expect(written.contains(path), "\(path) missing")
        }
        #expect(try sha256Check(bundle) == 0)
        let manifest = try String(contentsOf: bundle.appendingPathComponent(".fleetplan-manifest"), encoding: .utf8)
        #expect(manifest.split(separator: "\n").count == written.count + 1, "the header, then every file")
        #expect(try String(contentsOf: bundle.appendingPathComponent("README.md"), encoding: .utf8)
            .hasPrefix("# payments-platform: platform design\n"))
    }

    /// Also a one-letter relative directory, which Foundation's path methods trap on.
    @Test func exportingTwiceGivesTheSameBytes() throws {
        let directory = try CLI.temporaryDirectory()
        #expect(try CLI.run(["export", example, "-o", "a", "--zip", "a.zip"], in: directory).status == 0)
        #expect(try CLI.run(["export", example, "-o", "a", "--zip", "b.zip"], in: directory).status == 0, "a previous bundle is replaced")
        let first = try Data(contentsOf: directory.appendingPathComponent("a.zip"))
        let second = try Data(contentsOf: directory.appendingPathComponent("b.zip"))
        #expect(first == second)
    }

    @Test func writesAZipOfTheWholeBundle() throws {
        let directory = try CLI.temporaryDirectory()
        let result = try CLI.run(["export", example, "--output", "out/payments", "--zip", "payments.zip"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("and payments.zip"))
        let zip = try Data(contentsOf: directory.appendingPathComponent("payments.zip"))
        #expect(zip.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]), "a local file header first")
        // The end-of-central-directory record is the last 22 bytes; entries at offset 10.
        let end = zip.suffix(22)
        #expect(end.prefix(4) == Data([0x50, 0x4B, 0x05, 0x06]))
        let entries = Int(end[end.startIndex + 10]) | Int(end[end.startIndex + 11]) << 8
        #expect(entries == files(in: directory.appendingPathComponent("out/payments")).count)
        let names = String(decoding: zip, as: UTF8.self)
        #expect(names.contains("payments/clusters/prod-eu/eksctl-cluster.yaml"), "entries sit under the bundle's name")
    }

    @Test func aZipThatCannotBeWrittenExits73() throws {
        let directory = try CLI.temporaryDirectory()
        let result = try CLI.run(["export", example, "--output", "bundle", "--zip", "no/such/dir/b.zip"], in: directory)
        #expect(result.status == 73)
        #expect(result.stderr.contains("no/such/dir/b.zip: cannot write the zip archive"))
    }

    /// Not even `--force` deletes files Fleetplan did not write.
    @Test func refusesAForeignDirectoryEvenForced() throws {
        let directory = try CLI.temporaryDirectory()
        let output = directory.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "mine\n".write(to: output.appendingPathComponent("todo.txt"), atomically: true, encoding: .utf8)
        for extra in [[String](), ["--force"]] {
            let refused = try CLI.run(["export", example, "--output", "notes"] + extra, in: directory)
            #expect(refused.status == 73)
            #expect(refused.stderr.contains("notes: refusing to write the bundle: it is not empty (todo.txt) and not a bundle Fleetplan wrote"))
            #expect(files(in: output) == ["todo.txt"], "nothing was touched")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["notes"], "no staging left")
        }
    }

    @Test func aDesignWithErrorsIsExportedWithAWarningAndExitsOne() throws {
        let directory = try CLI.temporaryDirectory()
        let text = try String(contentsOfFile: example, encoding: .utf8)
            .replacingOccurrences(of: "kubernetesVersion: \"1.34\"", with: "kubernetesVersion: \"1.40\"")
        try text.write(to: directory.appendingPathComponent("p.fleet.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["export", "p.fleet.yaml", "--output", "bundle"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error-level finding"))
        let report = try String(contentsOf: directory.appendingPathComponent("bundle/README.md"), encoding: .utf8)
        #expect(report.hasPrefix("> **Warning: this design has 1 error-level finding.**"))
        #expect(report.contains("FP100"))
    }

    @Test func aMissingInputExits66WithoutOutput() throws {
        let directory = try CLI.temporaryDirectory()
        let result = try CLI.run(["export", "absent.fleet.yaml", "--output", "bundle"], in: directory)
        #expect(result.status == 66)
        #expect(result.stderr.contains("absent.fleet.yaml"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("bundle").path))
    }

    @Test func anInvalidProjectExits65WithoutOutput() throws {
        let directory = try CLI.temporaryDirectory()
        try "apiVersion: fleetplan/v1\nkind: Project\nspec: 3\n".write(
            to: directory.appendingPathComponent("bad.fleet.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["export", "bad.fleet.yaml", "--output", "bundle"], in: directory)
        #expect(result.status == 65)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("bundle").path))
    }

    @Test func theOutputOptionIsRequired() throws {
        let result = try CLI.run(["export", example])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--output"))
    }
}
