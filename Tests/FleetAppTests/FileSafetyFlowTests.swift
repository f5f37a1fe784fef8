import FleetModel
import FleetStore
import Foundation
import Testing
import TerminalCore
@testable import FleetApp
@testable import FleetTUI

/// Autosave, recovery after a crash, and saving over a file changed on disk, on the fake backend with real files.
@Suite struct FileSafetyFlowTests {
    let directory = TemporaryDirectory()

    func open(_ path: String, environment: [String: String] = [:], backend: FakeBackend = FakeBackend()) throws -> Workbench {
        let project = FileManager.default.fileExists(atPath: path)
            ? try ProjectFile.load(path).project : ProjectTemplate.minimal.project(named: "payments")
        var state = AppState(project: project, filePath: path)
        WorkbenchLauncher.prepareFileSafety(&state, environment: environment)
        let app = Workbench(state: state, backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: false)
        app.start()
        return app
    }

    func keys(_ app: Workbench, _ notations: String...) {
        for notation in notations { app.handle(.key(KeyEvent(notation: notation)!)) }
    }

    func savedFile() throws -> String {
        let path = directory.file("p.fleet.yaml")
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "payments"), to: path)
        return path
    }

    @Test func autosaveWritesTheRecoveryCopyAndSaveRemovesIt() throws {
        let path = try savedFile()
        let app = try open(path, environment: ["FLEETPLAN_AUTOSAVE_SECONDS": "2"])
        let copy = RecoveryCopy.path(for: path)
        app.dispatch(.tick(seconds: 1))
        keys(app, "G", "l")   // expected services + 1
        app.dispatch(.tick(seconds: 2))
        #expect(!FileManager.default.fileExists(atPath: copy))
        app.dispatch(.tick(seconds: 3))
        #expect(try ProjectFile.load(copy).project == app.state.project)
        keys(app, "C-s")
        #expect(!FileManager.default.fileExists(atPath: copy))
        #expect(try ProjectFile.load(path).project == app.state.project)
    }

    @Test func aCrashedSessionIsOfferedAndRestored() throws {
        let path = try savedFile()
        let crashed = try open(path, environment: ["FLEETPLAN_AUTOSAVE_SECONDS": "0"])
        crashed.dispatch(.tick(seconds: 0))
        keys(crashed, "G", "l", "l")
        crashed.dispatch(.tick(seconds: 1))
        let edited = crashed.state.project
        // The process dies here: nothing else runs. A new session starts.
        let backend = FakeBackend()
        let app = try open(path, backend: backend)
        #expect(backend.text.contains("Recover unsaved changes?"))
        #expect(backend.text.contains(".p.fleet.yaml.recover"))
        keys(app, "r")
        #expect(app.state.project == edited)
        #expect(app.state.isModified)
        keys(app, "C-s")
        #expect(try ProjectFile.load(path).project == edited)
        #expect(RecoveryCopy.pending(for: path) == nil)
        #expect(!FileManager.default.fileExists(atPath: RecoveryCopy.path(for: path)))
    }

    @Test func discardAndKeepBoth() throws {
        let path = try savedFile()
        var changed = ProjectTemplate.minimal.project(named: "payments")
        changed.requirements.expectedServices = 4
        try backdate(path)
        try RecoveryCopy.write(changed, for: path)
        let first = try open(path)
        keys(first, "k")
        let kept = directory.file("p.recovered.fleet.yaml")
        #expect(try ProjectFile.load(kept).project == changed)
        #expect(first.state.message == StatusMessage("recovery copy kept as \(kept)"))
        try backdate(path)
        try RecoveryCopy.write(changed, for: path)
        let second = try open(path)
        keys(second, "d")
        #expect(!FileManager.default.fileExists(atPath: RecoveryCopy.path(for: path)))
        #expect(!second.state.isModified)
        #expect(try open(path).state.mode == .normal)
    }

    @Test func savingOverAFileChangedOnDiskAsksFirst() throws {
        let path = try savedFile()
        let backend = FakeBackend()
        let app = try open(path, backend: backend)
        keys(app, "G", "l")
        var theirs = ProjectTemplate.minimal.project(named: "payments")
        theirs.requirements.expectedNodes = 99
        try ProjectFile.save(theirs, to: path)
        keys(app, "C-s")
        #expect(backend.text.contains("File changed on disk"))
        #expect(try ProjectFile.load(path).project == theirs)
        keys(app, "c")
        #expect(try ProjectFile.load(path).project == theirs)
        #expect(app.state.isModified)
        keys(app, "C-s", "o")
        #expect(try ProjectFile.load(path).project == app.state.project)
        #expect(!app.state.isModified)
        // Our own save is not a change on disk: the next save does not ask.
        keys(app, "G", "l", "C-s")
        #expect(!backend.text.contains("File changed on disk"))
        #expect(!app.state.isModified)
    }

    @Test func reloadTakesTheOtherChange() throws {
        let path = try savedFile()
        let app = try open(path)
        keys(app, "G", "l")
        var theirs = ProjectTemplate.minimal.project(named: "payments")
        theirs.requirements.expectedNodes = 99
        try ProjectFile.save(theirs, to: path)
        keys(app, "C-s", "r")
        #expect(app.state.project == theirs)
        #expect(!app.state.isModified)
        keys(app, "G", "l", "C-s")
        #expect(app.state.mode == .normal)
        #expect(try ProjectFile.load(path).project == app.state.project)
    }
}

@Suite struct MissingFileRecoveryTests {
    let directory = TemporaryDirectory()

    @Test func aCopyWhoseFileIsGoneIsOfferedAndRestoreWritesTheFile() throws {
        let path = directory.file("gone.fleet.yaml")
        var lost = ProjectTemplate.minimal.project(named: "gone")
        lost.requirements.expectedServices = 42
        try RecoveryCopy.write(lost, for: path)
        var state = AppState(project: ProjectTemplate.minimal.project(named: "gone"), filePath: path)
        WorkbenchLauncher.prepareFileSafety(&state, environment: [:])
        guard case .offerRecovery(let offer) = state.mode else {
            Issue.record("no recovery offer: \(state.mode)")
            return
        }
        #expect(offer.fileMissing)
        let backend = FakeBackend()
        let app = Workbench(state: state, backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: false)
        app.start()
        #expect(backend.text.contains("gone.fleet.yaml does not exist, but a recovery copy does:"))
        app.handle(.key(.char("r")))
        app.handle(.key(KeyEvent(notation: "C-s")!))
        #expect(try ProjectFile.load(path).project == lost)
        #expect(!FileManager.default.fileExists(atPath: RecoveryCopy.path(for: path)))
    }

    @Test func theAutosaveIntervalComesFromTheEnvironment() {
        var state = AppState(project: ProjectTemplate.minimal.project(named: "p"), filePath: nil)
        WorkbenchLauncher.prepareFileSafety(&state, environment: ["FLEETPLAN_AUTOSAVE_SECONDS": "7"])
        #expect(state.autosave.interval == 7)
        WorkbenchLauncher.prepareFileSafety(&state, environment: ["FLEETPLAN_AUTOSAVE_SECONDS": "soon"])
        #expect(state.autosave.interval == 7)
        var fresh = AppState(project: ProjectTemplate.minimal.project(named: "p"), filePath: nil)
        WorkbenchLauncher.prepareFileSafety(&fresh, environment: [:])
        #expect(fresh.autosave.interval == 30)
    }
}

/// Moves a file's modification time ten seconds into the past, so that the next write of
/// another file is newer whatever the file system's timestamp resolution.
func backdate(_ path: String) throws {
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -10)], ofItemAtPath: path)
}
