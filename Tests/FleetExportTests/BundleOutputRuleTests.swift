import FleetStore
import Foundation
import Testing
@testable import FleetExport

/// The bundle directory under the output rule: only what Fleetplan wrote is ever replaced.
@Suite struct BundleOutputRuleTests {
    func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fleetplan-bundle-rule-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    func bundle(_ marker: String) -> DesignBundle {
        var bundle = DesignBundle()
        bundle.add(BundleLayout.projectFile, "apiVersion: fleetplan/v1\n")
        bundle.add(BundleLayout.report, "# \(marker)\n")
        bundle.add("clusters/a/kubeadm-config.yaml", "kind: ClusterConfiguration\n")
        return bundle.sealed()
    }

    func refusal(_ writer: BundleWriter, _ directory: String) -> String? {
        do {
            try writer.write(bundle("new"), to: directory)
            return nil
        } catch {
            if case .refused(_, let reason) = error { return reason }
            return "not a refusal: \(error)"
        }
    }

    @Test func theManifestListsEveryFileWritten() throws {
        let output = try temporaryDirectory() + "/b"
        try BundleWriter().write(bundle("one"), to: output)
        let manifest = try #require(BundleManifest.parse(try String(contentsOfFile: output + "/.fleetplan-manifest", encoding: .utf8)))
        #expect(manifest.digests.keys.sorted() == bundle("one").paths.sorted())
        #expect(manifest.digests["README.md"] == SHA256.hex(of: Array("# one\n".utf8)))
    }

    /// The old test (any directory with `SHA256SUMS` and `project.fleet.yaml`) deleted the user's other files.
    @Test func aPreviousBundleWithAnotherFileIsRefusedEvenForced() throws {
        let output = try temporaryDirectory() + "/b"
        try BundleWriter().write(bundle("one"), to: output)
        try "mine\n".write(toFile: output + "/clusters/a/notes.txt", atomically: false, encoding: .utf8)
        for force in [false, true] {
            let reason = refusal(BundleWriter(force: force), output)
            #expect(reason == "it holds files the previous bundle did not write: clusters/a/notes.txt; move them first")
        }
        #expect(try String(contentsOfFile: output + "/clusters/a/notes.txt", encoding: .utf8) == "mine\n")
        #expect(try String(contentsOfFile: output + "/README.md", encoding: .utf8) == "# one\n")
    }

    @Test func checksumsAndAProjectFileAloneDoNotMakeABundle() throws {
        let output = try temporaryDirectory()
        for name in ["SHA256SUMS", "project.fleet.yaml", "thesis.tex"] {
            try "mine\n".write(toFile: "\(output)/\(name)", atomically: false, encoding: .utf8)
        }
        #expect(refusal(BundleWriter(force: true), output)?.contains("not a bundle Fleetplan wrote (no valid .fleetplan-manifest)") == true)
        #expect(try String(contentsOfFile: output + "/thesis.tex", encoding: .utf8) == "mine\n")
    }

    @Test func anEditedPreviousBundleNeedsForce() throws {
        let output = try temporaryDirectory() + "/b"
        try BundleWriter().write(bundle("one"), to: output)
        try "# edited by hand\n".write(toFile: output + "/README.md", atomically: false, encoding: .utf8)
        #expect(throws: ExportError.needsForce(path: output, reason: "files of the previous bundle were edited since it was written: README.md")) {
            try BundleWriter().write(bundle("two"), to: output)
        }
        try BundleWriter(force: true).write(bundle("two"), to: output)
        #expect(try String(contentsOfFile: output + "/README.md", encoding: .utf8) == "# two\n")
    }

    @Test func theInputAndADirectoryHoldingItAreNeverReplaced() throws {
        let root = try temporaryDirectory()
        let output = root + "/b"
        try BundleWriter().write(bundle("one"), to: output)
        let input = output + "/project.fleet.yaml"
        let rule = OutputRule(inputs: [input])
        #expect(refusal(BundleWriter(force: true, rule: rule), output) == "it holds the input project \(input)")
        #expect(refusal(BundleWriter(force: true, rule: rule), input) == "it is the input project \(input); choose another name")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "apiVersion: fleetplan/v1\n")
    }

    @Test func aRegularFileIsReplacedOnlyWithForce() throws {
        let output = try temporaryDirectory() + "/out"
        try "a file\n".write(toFile: output, atomically: false, encoding: .utf8)
        #expect(throws: ExportError.needsForce(path: output, reason: "it is a file, not a directory")) {
            try BundleWriter().write(bundle("x"), to: output)
        }
        try BundleWriter(force: true).write(bundle("x"), to: output)
        #expect(try String(contentsOfFile: output + "/README.md", encoding: .utf8) == "# x\n")
    }

    @Test func aFIFOAndADeviceAreNeverReplaced() throws {
        let root = try temporaryDirectory()
        #expect(mkfifo(root + "/fifo", 0o644) == 0)
        #expect(refusal(BundleWriter(force: true), root + "/fifo") == "it is a named pipe (FIFO)")
        if getuid() == 0 {
            #expect(mknod(root + "/null", S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
            #expect(refusal(BundleWriter(force: true), root + "/null") == "it is a device")
            var info = stat()
            #expect(lstat(root + "/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        }
    }

    @Test func theTopDirectoryHonoursTheUmask() throws {
        let output = try temporaryDirectory() + "/b"
        try BundleWriter().write(bundle("x"), to: output)
        var info = stat()
        #expect(stat(output, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o777 & ~ProcessUmask.current())
    }

    @Test func aLinkToAPreviousBundleIsWrittenThrough() throws {
        let root = try temporaryDirectory()
        try BundleWriter().write(bundle("one"), to: root + "/real")
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/real")
        try BundleWriter().write(bundle("two"), to: root + "/link")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: root + "/link") == root + "/real")
        #expect(try String(contentsOfFile: root + "/real/README.md", encoding: .utf8) == "# two\n")
    }
}
