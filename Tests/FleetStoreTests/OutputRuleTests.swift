import FleetModel
import Foundation
import Testing
@testable import FleetStore

/// Every file output (zip, `new`, saves, `:w FILE`, recovery copies) goes through `OutputRule`.
@Suite struct OutputRuleTests {
    func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fleetplan-rule-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    func refusal(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            if case StoreError.refused(_, let reason) = error { return reason }
            return "not a refusal: \(error)"
        }
    }

    @Test func nothingThereIsWrittenAsIs() throws {
        let path = try temporaryDirectory() + "/new.zip"
        #expect(try OutputRule().fileTarget(path, replacing: false) == path)
    }

    @Test func anExistingFileNeedsReplacing() throws {
        let path = try temporaryDirectory() + "/old.zip"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: StoreError.needsForce(file: path, reason: "already exists")) {
            try OutputRule().fileTarget(path, replacing: false)
        }
        #expect(try OutputRule().fileTarget(path, replacing: true) == path)
    }

    /// By device and inode: another spelling, a symbolic link and a hard link are the input too.
    @Test func theInputIsNeverReplacedWhateverItIsCalled() throws {
        let directory = try temporaryDirectory()
        let input = directory + "/p.fleet.yaml"
        try "project\n".write(toFile: input, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.yaml", withDestinationPath: input)
        try FileManager.default.linkItem(atPath: input, toPath: directory + "/hard.yaml")
        let rule = OutputRule(inputs: [input])
        for spelling in [input, directory + "/./p.fleet.yaml", directory + "/link.yaml", directory + "/hard.yaml"] {
            #expect(refusal { _ = try rule.fileTarget(spelling, replacing: true) }?.contains("it is the input project") == true, "\(spelling)")
            #expect(throws: StoreError.self) { try AtomicFile.write(Data("zip".utf8), to: spelling, rule: rule) }
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "project\n")
    }

    @Test func aFIFOASocketAndADirectoryAreRefused() throws {
        let directory = try temporaryDirectory()
        #expect(mkfifo(directory + "/fifo", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: directory + "/dir", withIntermediateDirectories: false)
        let socketPath = directory + "/sock"
        let socket = Socket.bound(at: socketPath)
        defer { close(socket) }
        #expect(refusal { _ = try OutputRule().fileTarget(directory + "/fifo", replacing: true) } == "it is a named pipe (FIFO)")
        #expect(refusal { _ = try OutputRule().fileTarget(socketPath, replacing: true) } == "it is a socket")
        #expect(refusal { _ = try OutputRule().fileTarget(directory + "/dir", replacing: true) } == "it is a directory")
        #expect(throws: StoreError.self) { try ProjectFile.save(ProjectTemplate.minimal.project(named: "p"), to: directory + "/fifo") }
        var info = stat()
        #expect(lstat(directory + "/fifo", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO is still there")
    }

    /// A device node of our own (root only), never `/dev/null` itself.
    @Test func aDeviceIsRefused() throws {
        guard getuid() == 0 else { return }
        let device = try temporaryDirectory() + "/null"
        #expect(mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 3)  /* makedev(1, 3), as /dev/null */) == 0)
        #expect(refusal { _ = try OutputRule().fileTarget(device, replacing: true) } == "it is a device")
        #expect(throws: StoreError.self) { try AtomicFile.write(Data("x".utf8), to: device) }
        var info = stat()
        #expect(lstat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func brokenAndLoopingLinksAreNamed() throws {
        let directory = try temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: directory + "/dangling", withDestinationPath: directory + "/absent")
        try FileManager.default.createSymbolicLink(atPath: directory + "/a", withDestinationPath: directory + "/b")
        try FileManager.default.createSymbolicLink(atPath: directory + "/b", withDestinationPath: directory + "/a")
        #expect(refusal { _ = try OutputRule().fileTarget(directory + "/dangling", replacing: true) }
                == "it is a symbolic link to something that does not exist")
        #expect(refusal { _ = try OutputRule().fileTarget(directory + "/a", replacing: true) }?.contains("symbolic link loop") == true)
    }

    @Test func aReadOnlyFileIsNotReplaced() throws {
        let path = try temporaryDirectory() + "/p.fleet.yaml"
        try "mine\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, 0o444) == 0)
        #expect(refusal { _ = try OutputRule().fileTarget(path, replacing: true) }?.hasPrefix("the file is read-only") == true)
        #expect(throws: StoreError.self) { try ProjectFile.save(ProjectTemplate.minimal.project(named: "p"), to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine\n")
    }

    @Test func refusalsExit73AndNameTheFile() {
        let error = StoreError.refused(file: "p.zip", reason: "it is a device")
        #expect(error.exitCode == 73)
        #expect(error.description == "p.zip: refusing to write: it is a device")
        #expect(StoreError.needsForce(file: "p", reason: "already exists").description == "p: already exists (use --force to overwrite)")
    }
}
