import FleetModel
import Foundation
import Testing
@testable import FleetStore

@Suite struct RecoveryCopyTests {
    let directory: String = {
        let path = NSTemporaryDirectory() + "fleetplan-recovery-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    @Test func theCopyIsAHiddenFileBesideTheProject() {
        #expect(RecoveryCopy.path(for: "/a/b/payments.fleet.yaml") == "/a/b/.payments.fleet.yaml.recover")
        #expect(RecoveryCopy.path(for: "payments.fleet.yaml") == ".payments.fleet.yaml.recover")
    }

    @Test func nothingIsPendingWithoutACopy() throws {
        let file = directory + "/p.fleet.yaml"
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "p"), to: file)
        #expect(RecoveryCopy.pending(for: file) == nil)
    }

    @Test func aCopyNewerThanTheFileIsPendingAndAnOlderOneIsNot() throws {
        let file = directory + "/p.fleet.yaml"
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "p"), to: file)
        var changed = ProjectTemplate.minimal.project(named: "p")
        changed.requirements.expectedServices = 99
        try backdate(file)
        try RecoveryCopy.write(changed, for: file)
        #expect(RecoveryCopy.pending(for: file) == RecoveryCopy.path(for: file))
        #expect(try ProjectFile.load(RecoveryCopy.path(for: file)).project == changed)
        try backdate(RecoveryCopy.path(for: file))
        try ProjectFile.save(changed, to: file)
        #expect(RecoveryCopy.pending(for: file) == nil)
    }

    @Test func aCopyWithoutItsFileIsPending() throws {
        let file = directory + "/gone.fleet.yaml"
        try RecoveryCopy.write(ProjectTemplate.minimal.project(named: "gone"), for: file)
        #expect(RecoveryCopy.pending(for: file) == RecoveryCopy.path(for: file))
    }

    @Test func removeDeletesAndToleratesAMissingCopy() throws {
        let file = directory + "/p.fleet.yaml"
        try RecoveryCopy.write(ProjectTemplate.minimal.project(named: "p"), for: file)
        RecoveryCopy.remove(for: file)
        #expect(!FileManager.default.fileExists(atPath: RecoveryCopy.path(for: file)))
        RecoveryCopy.remove(for: file)
    }

    @Test func keepRenamesToTheFirstFreeVisibleName() throws {
        let file = directory + "/p.fleet.yaml"
        try RecoveryCopy.write(ProjectTemplate.minimal.project(named: "p"), for: file)
        #expect(try RecoveryCopy.keep(for: file) == directory + "/p.recovered.fleet.yaml")
        try RecoveryCopy.write(ProjectTemplate.minimal.project(named: "p"), for: file)
        #expect(try RecoveryCopy.keep(for: file) == directory + "/p.recovered-2.fleet.yaml")
        #expect(!FileManager.default.fileExists(atPath: RecoveryCopy.path(for: file)))
    }

    @Test func keepWithoutACopyFails() {
        #expect(throws: StoreError.self) { try RecoveryCopy.keep(for: directory + "/none.fleet.yaml") }
    }

    @Test func statSeesAReplacedFile() throws {
        let file = directory + "/p.fleet.yaml"
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "p"), to: file)
        let before = try #require(FileStat.of(file))
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "p"), to: file)
        #expect(FileStat.of(file) != before)   // the atomic save replaced the inode
        #expect(FileStat.of(directory + "/none") == nil)
    }
}

/// Moves a file's modification time ten seconds into the past, so that the next write of
/// another file is newer whatever the file system's timestamp resolution.
func backdate(_ path: String) throws {
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -10)], ofItemAtPath: path)
}
