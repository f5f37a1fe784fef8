import FleetModel
import FleetStore
import Foundation
import Testing
import TerminalCore
@testable import FleetApp
@testable import FleetTUI

/// A temporary directory removed when the value is released.
final class TemporaryDirectory {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "fleetplan-app-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
}

/// Storage whose saves can be made to fail, recording what was saved.
final class RecordingStorage: ProjectStorage, @unchecked Sendable {
    var saved: [(String, Project)] = []
    var failure: StoreError?
    let disk = DiskStorage()

    func save(_ project: Project, to path: String, canonical: Bool) throws(StoreError) -> ProjectFile.SaveOutcome {
        if let failure { throw failure }
        let outcome = try disk.save(project, to: path, canonical: canonical)
        if outcome == .written { saved.append((path, project)) }
        return outcome
    }
    func load(_ path: String) throws(StoreError) -> Project { try disk.load(path) }
    func isMissing(_ path: String) -> Bool { disk.isMissing(path) }
}

@Suite struct WorkbenchFlowTests {
    let directory = TemporaryDirectory()

    func workbench(_ project: Project = ProjectTemplate.minimal.project(named: "payments"), file: String?,
                   backend: FakeBackend = FakeBackend(), storage: ProjectStorage = DiskStorage()) -> Workbench {
        let state = AppState(project: project, filePath: file)
        let workbench = Workbench(state: state, backend: backend, storage: storage, themes: .builtIn(), noColor: false)
        workbench.start()
        return workbench
    }

    func keys(_ workbench: Workbench, _ notations: String...) {
        for notation in notations { workbench.handle(.key(KeyEvent(notation: notation)!)) }
    }

    func typeText(_ workbench: Workbench, _ text: String) {
        for character in text { workbench.handle(.key(.char(character))) }
    }

    @Test func firstFrameFillsTheScreen() {
        let backend = FakeBackend()
        _ = workbench(file: directory.file("p.fleet.yaml"), backend: backend)
        #expect(backend.rows[0].hasPrefix(" 1 Requirements │ 2 Profiles │ 3 Matrix │ 4 Topology │ 5 Findings (0)"))
        #expect(backend.rows[2].hasPrefix("│ Name                payments"))
        #expect(backend.cellsWritten == 100 * 30)
    }

    @Test func aKeyOnlySendsTheCellsThatChanged() {
        let backend = FakeBackend()
        let app = workbench(file: directory.file("p.fleet.yaml"), backend: backend)
        let before = backend.cellsWritten
        keys(app, "j")
        let sent = backend.cellsWritten - before
        #expect(sent > 0)
        #expect(sent < 300)   // two form rows change, not the 3000-cell screen
        #expect(backend.rows == Screen.render(app.state, context: ViewContext(theme: ThemeCatalog.builtIn().theme(named: "default", noColor: false), unicode: true)).buffer.rows)
    }

    @Test func editAndSaveWritesTheFileByteStable() throws {
        let path = directory.file("p.fleet.yaml")
        let original = ProjectTemplate.minimal.project(named: "payments")
        try ProjectFile.save(original, to: path)
        let app = workbench(try ProjectFile.load(path).project, file: path)
        keys(app, "j", "j", "j", "j", "j", "Enter", "C-u")
        typeText(app, "5")
        keys(app, "Enter", "C-s")
        #expect(!app.state.isModified)
        var expected = original
        expected.requirements.zonesPerRegion = 5
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == ProjectWriter().text(for: expected))
        #expect(written.contains("zonesPerRegion: 5\n"))
        #expect(try ProjectFile.load(path).project == expected)
        // Saving again without changes writes the same bytes.
        keys(app, "C-s")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
    }

    @Test func saveErrorIsShownAndTheChangesKept() {
        let storage = RecordingStorage()
        storage.failure = .cannotWrite(file: "/ro/p.fleet.yaml", reason: "read-only file system")
        let backend = FakeBackend()
        let app = workbench(file: "/ro/p.fleet.yaml", backend: backend, storage: storage)
        keys(app, "G", "l", "C-s")
        #expect(app.state.isModified)
        #expect(backend.rows[29].hasPrefix("could not save /ro/p.fleet.yaml: /ro/p.fleet.yaml: cannot write: read-only file system"))
    }

    @Test func writeToANewFileThenQuit() throws {
        let path = directory.file("new.fleet.yaml")
        let app = workbench(file: nil)
        keys(app, ":")
        typeText(app, "w \(path)")
        keys(app, "Enter")
        #expect(app.state.filePath == path)
        #expect(try ProjectFile.load(path).project == app.state.project)
        keys(app, ":", "q", "Enter")
        #expect(app.state.finished)
        #expect(app.effectLog.last == .quit)
    }

    @Test func openingAMissingFileStartsANewProjectNamedAfterIt() {
        let backend = FakeBackend()
        let app = workbench(file: nil, backend: backend)
        keys(app, ":")
        typeText(app, "e \(directory.file("orders.fleet.yaml"))")
        keys(app, "Enter")
        #expect(app.state.project.metadata.name == "orders")
        #expect(!app.state.isModified)
        #expect(backend.rows[29].hasPrefix("new file \(directory.path)"))
    }

    @Test func openingAnInvalidFileReportsTheFirstProblem() throws {
        let path = directory.file("bad.fleet.yaml")
        try "apiVersion: fleetplan/v1\nkind: Nope\n".write(toFile: path, atomically: true, encoding: .utf8)
        let backend = FakeBackend()
        let app = workbench(file: nil, backend: backend)
        keys(app, ":")
        typeText(app, "e \(path)")
        keys(app, "Enter")
        #expect(app.state.project.metadata.name == "payments")
        #expect(backend.rows[29].hasPrefix("could not open \(path): "))
    }

    @Test func quitWithUnsavedChangesAsksThenQuits() {
        let backend = FakeBackend()
        let app = workbench(file: directory.file("p.fleet.yaml"), backend: backend)
        keys(app, "G", "l", "q")
        #expect(backend.text.contains("Save them, quit without them, or stay?"))
        keys(app, "n")
        #expect(!backend.text.contains("Save them, quit without them, or stay?"))
        keys(app, "C-c", "y")
        #expect(app.state.finished)
    }

    @Test func resizeRedrawsInFullAndTooSmallComesBack() {
        let backend = FakeBackend()
        let app = workbench(file: "p.fleet.yaml", backend: backend)
        app.handle(backend.resize(width: 40, height: 10))
        #expect(backend.invalidations == 1)
        #expect(backend.text.contains("Terminal too small"))
        app.handle(backend.resize(width: 80, height: 24))
        #expect(backend.rows[0].hasPrefix(" 1 Requirements"))
        #expect(backend.rows[23] == String(repeating: " ", count: 80))
        #expect(backend.rows[22].hasSuffix("p.fleet.yaml "))
    }

    @Test func themeCommandChangesTheColours() {
        let backend = FakeBackend()
        let app = workbench(file: directory.file("p.fleet.yaml"), backend: backend)
        let before = backend.screen[0, 2].style
        keys(app, ":")
        typeText(app, "theme high-contrast")
        keys(app, "Enter")
        #expect(app.state.themeName == "high-contrast")
        #expect(backend.screen[0, 2].style != before)
        #expect(backend.screen[0, 2].style.background == .indexed(0))
    }

    @Test func noColorDropsColoursButKeepsTheSelection() {
        let backend = FakeBackend()
        let state = AppState(project: ProjectTemplate.minimal.project(named: "p"), filePath: nil)
        let app = Workbench(state: state, backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: true)
        app.start()
        let cells = backend.screen.cells
        #expect(cells.allSatisfy { $0.style.foreground == .terminalDefault && $0.style.background == .terminalDefault })
        #expect(backend.screen[22, 2].style.attributes.contains(.reverse))
    }

    @Test func mouseClickOnATabAndTheWheel() {
        let backend = FakeBackend()
        let app = workbench(file: nil, backend: backend)
        app.handle(.mouse(MouseEvent(.press(button: 1), x: 20, y: 0)))
        #expect(app.state.focus == .profiles)
        app.handle(.mouse(MouseEvent(.press(button: 1), x: 2, y: 0)))
        #expect(app.state.focus == .requirements)
        app.handle(.mouse(MouseEvent(.wheelDown, x: 5, y: 5)))
        #expect(app.state.selectedField == .description)
    }

    @Test func runEndsWhenTheStateIsFinished() {
        let backend = FakeBackend()
        backend.events = [.key(.char("j")), .key(.char("q"))]
        let app = Workbench(state: AppState(project: ProjectTemplate.minimal.project(named: "p"), filePath: nil),
                            backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: false)
        app.run()
        #expect(app.state.finished)
        #expect(app.state.selectedField == .description)
    }
}
