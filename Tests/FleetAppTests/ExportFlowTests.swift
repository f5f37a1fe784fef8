import FleetModel
import FleetStore
import Foundation
import Synchronization
import Testing
import TerminalCore
@testable import FleetApp
@testable import FleetTUI

/// The export dialog end to end on the fake backend, and effects running off the key loop.
@Suite struct ExportFlowTests {
    let directory = TemporaryDirectory()

    func workbench(backend: FakeBackend = FakeBackend(), storage: ProjectStorage = DiskStorage(), background: Bool = false) -> Workbench {
        let state = AppState(project: ProjectTemplate.minimal.project(named: "payments"), filePath: directory.file("p.fleet.yaml"))
        let app = Workbench(state: state, backend: backend, storage: storage, themes: .builtIn(), noColor: false, background: background)
        app.start()
        return app
    }

    func keys(_ app: Workbench, _ notations: String...) {
        for notation in notations { app.handle(.key(KeyEvent(notation: notation)!)) }
    }

    func type(_ app: Workbench, _ text: String) {
        for character in text { app.handle(.key(.char(character))) }
    }

    @Test func xPreviewsThenWritesTheBundle() throws {
        let backend = FakeBackend()
        let app = workbench(backend: backend)
        let out = directory.file("bundle")
        keys(app, "X", "C-u")
        type(app, "export \(out)")
        keys(app, "Enter")
        #expect(backend.text.contains("files in \(out)/:"))
        #expect(backend.text.contains("  README.md"))
        #expect(!FileManager.default.fileExists(atPath: out))
        keys(app, "Enter")
        #expect(FileManager.default.fileExists(atPath: out + "/SHA256SUMS"))
        let files = try FileManager.default.subpathsOfDirectory(atPath: out)
        #expect(backend.rows[29].hasPrefix("exported "))
        #expect(backend.rows[29].contains(" files to \(out)"))
        #expect(files.contains("SHA256SUMS"))
    }

    /// Not even F deletes files Fleetplan did not write.
    @Test func aForeignDirectoryIsNeverReplaced() throws {
        let backend = FakeBackend()
        let app = workbench(backend: backend)
        let out = directory.file("notes")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "mine".write(toFile: out + "/todo.txt", atomically: true, encoding: .utf8)
        keys(app, ":")
        type(app, "export \(out)")
        keys(app, "Enter")
        #expect(backend.text.contains("! cannot export to"))
        #expect(backend.text.contains(".fleetplan-manifest)"), "the reason is wrapped, not cut")
        keys(app, "Enter", "F")
        #expect(app.state.message?.isError == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["todo.txt"])
    }

    /// `:export` of the open project file, then F, replaced the project with a directory.
    @Test func theOpenProjectIsNeverReplacedByTheBundle() throws {
        let app = workbench()
        let project = directory.file("p.fleet.yaml")
        keys(app, "C-s")
        let saved = try Data(contentsOf: URL(fileURLWithPath: project))
        keys(app, ":")
        type(app, "export \(project)")
        keys(app, "Enter", "F")
        #expect(app.state.message == .error("cannot export to \(project): it is the input project \(project); choose another name"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: project)) == saved)
    }

    @Test func aFailedWriteShowsAnAlert() throws {
        let app = workbench()
        keys(app, ":")
        // Allowed by the output rule, refused by the file system.
        type(app, "export /proc/self/fleetplan-absent/sub")
        keys(app, "Enter", "Enter")
        guard case .alert(let title, _) = app.state.mode else {
            Issue.record("expected an alert, got \(app.state.mode)")
            return
        }
        #expect(title == "Export failed")
        keys(app, "Enter")
        #expect(app.state.mode == .normal)
    }

    @Test func aSlowSaveDoesNotBlockTheKeys() throws {
        let storage = GatedStorage()
        let app = workbench(storage: storage, background: true)
        keys(app, "G", "l", "C-s")
        // The save waits for the gate; keys keep working meanwhile.
        keys(app, "g", "j")
        #expect(app.state.selectedField == .description)
        #expect(app.state.pendingSave != nil)
        storage.open()
        app.settle()
        #expect(app.state.pendingSave == nil)
        #expect(!app.state.isModified)
        #expect(app.state.message == StatusMessage("saved \(directory.file("p.fleet.yaml"))"))
    }
}

/// Storage whose saves wait until the test opens the gate.
final class GatedStorage: ProjectStorage {
    private let gate = Mutex(false)
    let disk = DiskStorage()

    func open() { gate.withLock { $0 = true } }

    func save(_ project: Project, to path: String, canonical: Bool) throws(StoreError) -> ProjectFile.SaveOutcome {
        while !gate.withLock({ $0 }) { Thread.sleep(forTimeInterval: 0.005) }
        return try disk.save(project, to: path, canonical: canonical)
    }
    func load(_ path: String) throws(StoreError) -> Project { try disk.load(path) }
    func isMissing(_ path: String) -> Bool { disk.isMissing(path) }
}
