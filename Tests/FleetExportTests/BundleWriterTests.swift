import FleetStore
import Foundation
import Testing
@testable import FleetExport

@Suite struct BundleWriterTests {
    func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fleetplan-export-\(UUID().uuidString)")
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

    func files(in directory: String) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory)!
        return (enumerator.allObjects as! [String]).filter { path in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: "\(directory)/\(path)", isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func crc32MatchesTheCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func writesANewBundleAndChecksumsVerify() throws {
        let root = try temporaryDirectory()
        let output = "\(root)/out/bundle"
        try BundleWriter().write(bundle("one"), to: output)
        #expect(try files(in: output) == [".fleetplan-manifest", "README.md", "SHA256SUMS", "clusters/a/kubeadm-config.yaml", "project.fleet.yaml"])
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["sha256sum", "--check", "--quiet", "SHA256SUMS"]
        check.currentDirectoryURL = URL(fileURLWithPath: output)
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(root)/out") == ["bundle"], "no staging directory left behind")
    }

    @Test func replacesAPreviousBundleWhole() throws {
        let output = try temporaryDirectory() + "/bundle"
        var first = bundle("one")
        first.add("clusters/old/kubeadm-config.yaml", "stale\n")
        try BundleWriter().write(first.sealed(), to: output)
        try BundleWriter().write(bundle("two"), to: output)
        #expect(try String(contentsOfFile: "\(output)/README.md", encoding: .utf8) == "# two\n")
        #expect(!FileManager.default.fileExists(atPath: "\(output)/clusters/old"), "files of the old bundle are gone")
    }

    /// Not even `force` deletes files Fleetplan did not write.
    @Test func refusesAForeignDirectoryEvenForced() throws {
        let output = try temporaryDirectory()
        try "mine\n".write(toFile: "\(output)/notes.txt", atomically: false, encoding: .utf8)
        for force in [false, true] {
            #expect { try BundleWriter(force: force).write(bundle("x"), to: output) } throws: { error in
                guard case ExportError.refused(output, let reason) = error else { return false }
                return reason.contains("notes.txt") && reason.contains("not a bundle Fleetplan wrote")
            }
        }
        #expect(try files(in: output) == ["notes.txt"])
        #expect(try String(contentsOfFile: "\(output)/notes.txt", encoding: .utf8) == "mine\n")
    }

    @Test func anEmptyDirectoryIsFine() throws {
        let output = try temporaryDirectory()
        try BundleWriter().write(bundle("x"), to: output + "/")
        #expect(try BundleWriter().target(for: output).existing == .previousBundle)
    }

    @Test func hostileNamesStayInsideTheBundle() {
        let names = ["../../x", "a/b", "a\u{0}b", "line\nbreak", String(repeating: "n", count: 300), "..", ".", "", "/etc/passwd", "Prod EU"]
        var seen: Set<String> = []
        for name in names {
            let component = BundlePath.component(name)
            #expect(BundlePath.isSafe("clusters/\(component)/kubeadm-config.yaml"), "\(name.debugDescription) → \(component)")
            #expect(!component.contains("/") && component != ".." && component.utf8.count <= 63)
            #expect(seen.insert(component).inserted, "two names share \(component)")
        }
        #expect(BundlePath.component("prod-eu") == "prod-eu")
        #expect(!BundlePath.isSafe("../x") && !BundlePath.isSafe("/x") && !BundlePath.isSafe("a//b") && !BundlePath.isSafe("a/./b"))
    }

    @Test func zipIsDeterministicAndReadable() throws {
        let first = ZipArchive.archive(bundle("z"), root: "bundle")
        #expect(first == ZipArchive.archive(bundle("z"), root: "bundle"))
        let path = try temporaryDirectory() + "/b.zip"
        try first.write(to: URL(fileURLWithPath: path))
        let test = Process()
        test.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        test.arguments = ["python3", "-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(' '.join(z.namelist()))", path]
        let pipe = Pipe()
        test.standardOutput = pipe
        try test.run()
        test.waitUntilExit()
        #expect(test.terminationStatus == 0)
        let names = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(names == "bundle/README.md bundle/SHA256SUMS bundle/clusters/a/kubeadm-config.yaml bundle/project.fleet.yaml\n")
    }
}

@Suite struct BundleWriterPathTests {
    @Test func splitsParentAndName() {
        #expect(BundleWriter.split("a") == (".", "a"))
        #expect(BundleWriter.split("out/a") == ("out", "a"))
        #expect(BundleWriter.split("/a") == ("/", "a"))
        #expect(BundleWriter.split("/tmp/x/bundle") == ("/tmp/x", "bundle"))
    }
}
