import Foundation
import Testing

/// The output rule through the built binary: the input, devices, FIFOs, foreign directories
/// and previous bundles with other files are never replaced; refusals exit 73 with the reason.
@Suite(.serialized) struct OutputSafetyTests {
    var example: String { CLI.packageRoot.appendingPathComponent("docs/examples/payments.fleet.yaml").path }

    /// A directory holding a copy of the example as `p.fleet.yaml`.
    func project() throws -> (directory: URL, bytes: Data) {
        let directory = try CLI.temporaryDirectory()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: example))
        try bytes.write(to: directory.appendingPathComponent("p.fleet.yaml"))
        return (directory, bytes)
    }

    func kind(_ path: URL) -> mode_t {
        var info = stat()
        return lstat(path.path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test func exportNeverReplacesItsInputWithTheBundle() throws {
        let (directory, bytes) = try project()
        let result = try CLI.run(["export", "p.fleet.yaml", "--output", "./p.fleet.yaml", "--force"], in: directory)
        #expect(result.status == 73)
        #expect(result.stderr.contains("./p.fleet.yaml: refusing to write the bundle: it is the input project p.fleet.yaml"))
        #expect(try Data(contentsOf: directory.appendingPathComponent("p.fleet.yaml")) == bytes)
    }

    @Test(arguments: [[String](), ["--force"]])
    func theZipNeverReplacesTheInput(_ extra: [String]) throws {
        let (directory, bytes) = try project()
        let result = try CLI.run(["export", "p.fleet.yaml", "--output", "b", "--zip", "p.fleet.yaml"] + extra, in: directory)
        #expect(result.status == 73)
        #expect(result.stderr.contains("p.fleet.yaml: refusing to write: it is the input project p.fleet.yaml"))
        #expect(try Data(contentsOf: directory.appendingPathComponent("p.fleet.yaml")) == bytes)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("b").path), "nothing written")
    }

    @Test func theZipReplacesAFileOnlyWithForce() throws {
        let (directory, _) = try project()
        try "old\n".write(to: directory.appendingPathComponent("b.zip"), atomically: false, encoding: .utf8)
        let refused = try CLI.run(["export", "p.fleet.yaml", "-o", "b", "--zip", "b.zip"], in: directory)
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("b.zip: already exists (use --force to overwrite)"))
        let forced = try CLI.run(["export", "p.fleet.yaml", "-o", "b", "--zip", "b.zip", "--force"], in: directory)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Data(contentsOf: directory.appendingPathComponent("b.zip")).prefix(2) == Data("PK".utf8))
    }

    /// Neither output may be a FIFO (nor block on one), a socket, or a device.
    @Test func specialFilesAreNeverReplaced() throws {
        let (directory, _) = try project()
        let fifo = directory.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        var special = [fifo]
        if getuid() == 0 {
            let device = directory.appendingPathComponent("null")
            #expect(mknod(device.path, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
            special.append(device)
        }
        for target in special {
            let name = target.lastPathComponent
            let reason = name == "fifo" ? "it is a named pipe (FIFO)" : "it is a device"
            let asZip = try CLI.run(["export", "p.fleet.yaml", "-o", "b", "--zip", name, "--force"], in: directory)
            #expect(asZip.status == 73)
            #expect(asZip.stderr.contains("\(name): refusing to write: \(reason)"))
            let asBundle = try CLI.run(["export", "p.fleet.yaml", "-o", name, "--force"], in: directory)
            #expect(asBundle.status == 73)
            #expect(asBundle.stderr.contains("\(name): refusing to write the bundle: \(reason)"))
            let asNew = try CLI.run(["new", name, "--force"], in: directory)
            #expect(asNew.status == 73)
            #expect(asNew.stderr.contains("\(name): refusing to write: \(reason)"))
            #expect(kind(target) == (name == "fifo" ? S_IFIFO : S_IFCHR), "\(name) is still there")
        }
    }

    @Test func aPreviousBundleWithTheUsersFilesIsKept() throws {
        let (directory, _) = try project()
        #expect(try CLI.run(["export", "p.fleet.yaml", "-o", "b"], in: directory).status == 0)
        try "mine\n".write(to: directory.appendingPathComponent("b/notes.md"), atomically: false, encoding: .utf8)
        for extra in [[String](), ["--force"]] {
            let result = try CLI.run(["export", "p.fleet.yaml", "-o", "b"] + extra, in: directory)
            #expect(result.status == 73)
            #expect(result.stderr.contains("b: refusing to write the bundle: it holds files the previous bundle did not write: notes.md"))
        }
        #expect(try String(contentsOf: directory.appendingPathComponent("b/notes.md"), encoding: .utf8) == "mine\n")
    }

    /// One-character relative paths trapped in Foundation's path methods (SIGILL).
    @Test func oneCharacterPathsAreWritten() throws {
        let (directory, _) = try project()
        let new = try CLI.run(["new", "x"], in: directory)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(try String(contentsOf: directory.appendingPathComponent("x"), encoding: .utf8).contains("\napiVersion: fleetplan/v1\n"))
        let zip = try CLI.run(["export", "p.fleet.yaml", "-o", "b", "--zip", "z"], in: directory)
        #expect(zip.status == 0, "\(zip.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("z").path))
        let slash = try CLI.run(["new", "y/"], in: directory)
        #expect(slash.status == 73, "a name ending in / is not a file: \(slash.stderr)")
    }
}
