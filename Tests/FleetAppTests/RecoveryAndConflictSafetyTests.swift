import FleetModel
import FleetStore
import Foundation
import Testing
import TerminalCore
@testable import FleetApp
@testable import FleetTUI

/// A damaged recovery copy is named, not restored; an edit on disk that keeps the size and the
/// modification time is still seen.
@Suite struct RecoveryAndConflictSafetyTests {
    let directory = TemporaryDirectory()

    func keys(_ app: Workbench, _ notations: String...) {
        for notation in notations { app.handle(.key(KeyEvent(notation: notation)!)) }
    }

    @Test func aCutRecoveryCopyIsNotOfferedAndSaysSo() throws {
        let path = directory.file("p.fleet.yaml")
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "p"), to: path)
        var lost = ProjectTemplate.minimal.project(named: "p")
        lost.requirements.expectedServices = 42
        let copy = RecoveryCopy.path(for: path)
        let text = RecoveryCopy.text(for: lost)
        try String(text.dropLast(40)).write(toFile: copy, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: copy)
        var state = AppState(project: try ProjectFile.load(path).project, filePath: path)
        WorkbenchLauncher.prepareFileSafety(&state, environment: [:])
        #expect(state.mode == .normal, "not offered")
        #expect(state.message == .error("recovery copy \(copy) not offered: it has no completeness mark: it was cut short, or written by an older Fleetplan; it was left as it is"))
        #expect(FileManager.default.fileExists(atPath: copy))
    }

    /// Size and modification time were the whole check: `touch -r` after a same-size edit hid it.
    @Test func aSameSizeEditWithItsTimeRestoredIsAConflict() throws {
        let path = directory.file("p.fleet.yaml")
        var mine = ProjectTemplate.minimal.project(named: "p")
        mine.requirements.expectedNodes = 11
        try ProjectFile.save(mine, to: path)
        let backend = FakeBackend()
        var state = AppState(project: try ProjectFile.load(path).project, filePath: path)
        WorkbenchLauncher.prepareFileSafety(&state, environment: [:])
        let app = Workbench(state: state, backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: false)
        app.start()
        keys(app, "G", "l")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "expectedNodes: 11", with: "expectedNodes: 12")
        // In place, same inode and size, then the old time put back.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: path)
        keys(app, "C-s")
        #expect(backend.text.contains("File changed on disk"))
        #expect(try ProjectFile.load(path).project.requirements.expectedNodes == 12, "the other edit is kept")
    }
}
