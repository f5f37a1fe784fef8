import FleetStore
import Foundation
import Testing

/// `fleetplan fmt FILE [--check]` and the modeline `fleetplan new` writes.
@Suite struct FmtCommandTests {
    static let corpus = CLI.packageRoot.appendingPathComponent("Tests/FleetStoreTests/SaveCorpus/block-style.fleet.yaml")

    @Test func checkFailsOnAHandWrittenFileFormatFixesItAndCheckThenPasses() throws {
        let directory = try CLI.temporaryDirectory()
        let file = directory.appendingPathComponent("b.fleet.yaml")
        try FileManager.default.copyItem(at: Self.corpus, to: file)
        let before = try String(contentsOf: file, encoding: .utf8)
        let checked = try CLI.run(["fmt", "b.fleet.yaml", "--check"], in: directory)
        #expect(checked.status == 1 && checked.stdout.contains("not formatted"))
        #expect(try String(contentsOf: file, encoding: .utf8) == before, "--check writes nothing")
        let formatted = try CLI.run(["fmt", "b.fleet.yaml"], in: directory)
        #expect(formatted.status == 0 && formatted.stdout == "b.fleet.yaml: formatted\n", "\(formatted.stderr)")
        let after = try String(contentsOf: file, encoding: .utf8)
        #expect(after.contains("# the team is small") && after.contains("# Development."))
        #expect(try CLI.run(["fmt", "b.fleet.yaml", "--check"], in: directory).status == 0)
        #expect(try CLI.run(["fmt", "b.fleet.yaml"], in: directory).stdout == "b.fleet.yaml: already formatted\n")
        #expect(try CLI.run(["check", "b.fleet.yaml"], in: directory).status == 0)
    }

    @Test func aBrokenFileIsBadDataAndAMissingOneIsMissingInput() throws {
        let directory = try CLI.temporaryDirectory()
        try "apiVersion: fleetplan/v1\nkind: Project\nspec: [\n".write(to: directory.appendingPathComponent("x.fleet.yaml"), atomically: true, encoding: .utf8)
        let broken = try CLI.run(["fmt", "x.fleet.yaml"], in: directory)
        #expect(broken.status == 65 && broken.stderr.contains("x.fleet.yaml:"))
        #expect(try CLI.run(["fmt", "nope.fleet.yaml"], in: directory).status == 66)
    }

    @Test func newWritesTheModelineAndTheSchemaItNames() throws {
        let directory = try CLI.temporaryDirectory()
        let result = try CLI.run(["new", "n.fleet.yaml"], in: directory)
        #expect(result.status == 0)
        let text = try String(contentsOf: directory.appendingPathComponent("n.fleet.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=fleetplan.schema.json\napiVersion: fleetplan/v1\n"))
        let schema = try String(contentsOf: directory.appendingPathComponent("fleetplan.schema.json"), encoding: .utf8)
        #expect(schema == (try CLI.run(["schema"])).stdout)
        // A schema already there is left alone.
        try "{\"edited\": true}\n".write(to: directory.appendingPathComponent("fleetplan.schema.json"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["new", "m.fleet.yaml"], in: directory).status == 0)
        #expect(try String(contentsOf: directory.appendingPathComponent("fleetplan.schema.json"), encoding: .utf8) == "{\"edited\": true}\n")
        // The modeline survives formatting and checks.
        #expect(try CLI.run(["fmt", "n.fleet.yaml", "--check"], in: directory).status == 0)
    }
}
