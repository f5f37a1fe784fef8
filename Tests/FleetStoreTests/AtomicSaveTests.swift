import Foundation
import FleetModel
import Testing
@testable import FleetStore

@Suite struct AtomicSaveTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fleetplan-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func saveKeepsPermissionsAndLeavesNoTemporaryFiles() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("p.fleet.yaml").path
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let project = ProjectTemplate.minimal.project(named: "demo")
        let bytes = try ProjectFile.save(project, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["p.fleet.yaml"])
        #expect(try ProjectFile.load(path).project == project)
    }

    @Test func savingTwiceGivesTheSameBytes() throws {
        let path = try temporaryDirectory().appendingPathComponent("p.fleet.yaml").path
        let project = ProjectTemplate.multiRegion.project(named: "demo")
        let first = try ProjectFile.save(project, to: path)
        let second = try ProjectFile.save(try ProjectFile.load(path).project, to: path)
        #expect(first == second)
    }

    @Test func failedSaveLeavesTheOriginalUntouched() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("p.fleet.yaml").path
        try "original\n".write(toFile: path, atomically: false, encoding: .utf8)
        // A read-only directory: the temporary file cannot be created (root ignores modes, so use a missing one too).
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: directory.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path) }
        let project = ProjectTemplate.minimal.project(named: "demo")
        if getuid() != 0 {
            #expect(throws: StoreError.self) { try ProjectFile.save(project, to: path) }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "original\n")
        }
        let missing = directory.appendingPathComponent("gone/p.fleet.yaml").path
        #expect { try ProjectFile.save(project, to: missing) } throws: { error in
            guard let error = error as? StoreError, case .cannotWrite(let file, _) = error else { return false }
            return file == missing && error.exitCode == 73
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "original\n")
    }

    @Test func savingOverADirectoryFailsAndKeepsIt() throws {
        let directory = try temporaryDirectory()
        let target = directory.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try "inside\n".write(to: target.appendingPathComponent("keep.txt"), atomically: false, encoding: .utf8)
        #expect(throws: StoreError.self) { try ProjectFile.save(ProjectTemplate.minimal.project(named: "demo"), to: target.path) }
        #expect(try String(contentsOf: target.appendingPathComponent("keep.txt"), encoding: .utf8) == "inside\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["taken"])
    }

    @Test func loadReportsMissingAndDirectories() throws {
        let directory = try temporaryDirectory()
        #expect(throws: StoreError.missing(file: directory.path + "/nope", reason: "no such file")) {
            try ProjectFile.load(directory.path + "/nope")
        }
        #expect(throws: StoreError.missing(file: directory.path, reason: "is a directory")) { try ProjectFile.load(directory.path) }
    }
}
