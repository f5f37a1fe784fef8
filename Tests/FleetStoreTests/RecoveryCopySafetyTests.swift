import FleetModel
import Foundation
import Testing
@testable import FleetStore

/// Recovery copies and saves that keep permissions, links and leftovers in order.
@Suite struct RecoveryCopySafetyTests {
    func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fleetplan-recovery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    /// The copy was written 0644 whatever the project's mode: a private project leaked.
    @Test(arguments: [mode_t(0o600), 0o640, 0o644])
    func theCopyTakesTheProjectsMode(_ projectMode: mode_t) throws {
        let file = try temporaryDirectory() + "/p.fleet.yaml"
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "p"), to: file)
        #expect(chmod(file, projectMode) == 0)
        try RecoveryCopy.write(ProjectTemplate.minimal.project(named: "p"), for: file)
        #expect(mode(RecoveryCopy.path(for: file)) == projectMode)
        #expect(chmod(file, 0o600) == 0)
        try RecoveryCopy.write(ProjectTemplate.minimal.project(named: "p"), for: file)
        #expect(mode(RecoveryCopy.path(for: file)) == 0o600, "an existing copy follows too")
    }

    @Test func aCompleteCopyReadsBackAndACutOneIsNamed() throws {
        let file = try temporaryDirectory() + "/p.fleet.yaml"
        var project = ProjectTemplate.multiRegion.project(named: "p")
        project.requirements.expectedServices = 77
        try RecoveryCopy.write(project, for: file)
        let copy = RecoveryCopy.path(for: file)
        #expect(try RecoveryCopy.read(copy).get() == project)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: copy))
        // Cut at a line boundary inside the clusters: still a valid project, but not the copy.
        let text = String(decoding: bytes, as: UTF8.self)
        let cut = text.range(of: "\n", options: .backwards, range: text.startIndex..<text.index(text.startIndex, offsetBy: text.count * 2 / 3))!
        try Data(text[..<cut.upperBound].utf8).write(to: URL(fileURLWithPath: copy))
        guard case .failure(let problem) = RecoveryCopy.read(copy) else {
            Issue.record("a cut copy was accepted")
            return
        }
        #expect(problem.reason.contains("no completeness mark"))
        try (text.replacingOccurrences(of: "77", with: "78")).write(toFile: copy, atomically: false, encoding: .utf8)
        #expect(throws: RecoveryCopyProblem.self) { try RecoveryCopy.read(copy).get() }
    }

    @Test func staleTemporariesGoAndFreshOnesStay() throws {
        let directory = try temporaryDirectory()
        let file = directory + "/p.fleet.yaml"
        for name in [".p.fleet.yaml.Ab12Cd", ".p.fleet.yaml.recover.partial", ".p.fleet.yaml.fresh1", "notes.txt", ".p.fleet.yaml.toolong7"] {
            try "x".write(toFile: directory + "/" + name, atomically: false, encoding: .utf8)
        }
        let old = Date(timeIntervalSinceNow: -3600)
        for name in [".p.fleet.yaml.Ab12Cd", ".p.fleet.yaml.recover.partial", "notes.txt", ".p.fleet.yaml.toolong7"] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: directory + "/" + name)
        }
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "p"), to: file)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
                == [".p.fleet.yaml.fresh1", ".p.fleet.yaml.toolong7", "notes.txt", "p.fleet.yaml"])
    }

    /// A symbolic link was replaced by a regular file, its target keeping the old content.
    @Test func savingThroughASymbolicLinkWritesItsTarget() throws {
        let directory = try temporaryDirectory()
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "p"), to: directory + "/real.fleet.yaml")
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.fleet.yaml", withDestinationPath: "real.fleet.yaml")
        var edited = ProjectTemplate.minimal.project(named: "p")
        edited.requirements.expectedServices = 5
        try ProjectFile.save(edited, to: directory + "/link.fleet.yaml")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/link.fleet.yaml") == "real.fleet.yaml")
        #expect(try ProjectFile.load(directory + "/real.fleet.yaml").project == edited)
    }

    /// Hard links were broken silently: the other name kept the old content.
    @Test func aHardLinkedFileIsNotSavedOverSilently() throws {
        let directory = try temporaryDirectory()
        let file = directory + "/p.fleet.yaml"
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "p"), to: file)
        try FileManager.default.linkItem(atPath: file, toPath: directory + "/other.fleet.yaml")
        #expect { try ProjectFile.save(ProjectTemplate.minimal.project(named: "q"), to: file) } throws: { error in
            guard case StoreError.refused(_, let reason) = error else { return false }
            return reason.hasPrefix("it has 2 hard links")
        }
        #expect(try ProjectFile.load(directory + "/other.fleet.yaml").project.metadata.name == "p")
    }
}
