import FleetModel
import FleetStore
import Foundation
import Testing
import TerminalCore
@testable import FleetApp
@testable import FleetTUI

/// A file that does not load opens on its problems; the editor fixes it and the project opens.
@Suite struct BrokenFileFlowTests {
    let directory = TemporaryDirectory()

    /// A tab-indented line: YAML refuses tabs in indentation.
    func brokenFile() throws -> String {
        let path = directory.file("b.fleet.yaml")
        let good = ProjectWriter().text(for: ProjectTemplate.minimal.project(named: "demo"))
        try good.replacingOccurrences(of: "\n    zonesPerRegion: 3\n", with: "\n\tzonesPerRegion: 3\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// An editor that replaces tabs with four spaces and records its arguments.
    func fixingEditor() throws -> String {
        let script = directory.file("fix-editor.sh")
        try """
            #!/bin/sh
            printf '%s\\n' "$@" > "\(directory.file("editor-args"))"
            file="$2"
            sed 's/\t/    /' "$file" > "$file.tmp" && mv "$file.tmp" "$file"

            """.write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        return script
    }

    func problems(_ path: String) -> [LocatedFinding] {
        do {
            _ = try ProjectFile.load(path)
        } catch {
            if case .invalid(_, let found) = error { return found }
        }
        return []
    }

    @Test func theScreenListsEveryProblemAndTheEditorRepairsTheFile() throws {
        let path = try brokenFile()
        let findings = problems(path)
        try #require(!findings.isEmpty, "the file loads")
        let backend = FakeBackend(width: 100, height: 20)
        let screen = ProblemsScreen(file: path, findings: findings, backend: backend, environment: ["EDITOR": try fixingEditor()])
        backend.present(screen.render().changes(from: nil), cursor: nil)
        #expect(backend.rows[0].hasPrefix("\(path) does not load: \(findings.filter { $0.finding.severity == .error }.count) problem"))
        let line = findings[0].location.line
        #expect(backend.rows[3].hasPrefix("\(line):"), "\(backend.rows[3])")
        #expect(backend.text.contains("e edit at the selected line"))
        guard case .loaded(let project)? = screen.handle(.key(.char("e"))) else {
            Issue.record("the repaired file did not open")
            return
        }
        #expect(project.metadata.name == "demo")
        #expect(backend.suspensions == 1, "the editor had the terminal")
        let arguments = try String(contentsOfFile: directory.file("editor-args"), encoding: .utf8)
        #expect(arguments == "+\(line)\n\(path)\n", "the editor opens at the problem's line")
    }

    @Test func anEditorThatFixesNothingShowsTheProblemsAgainAndQuitKeepsThem() throws {
        let path = try brokenFile()
        let findings = problems(path)
        try #require(!findings.isEmpty)
        let backend = FakeBackend(width: 100, height: 20)
        let screen = ProblemsScreen(file: path, findings: findings, backend: backend, environment: ["EDITOR": "true"])
        #expect(screen.handle(.key(.char("e"))) == nil)
        #expect(screen.status.hasPrefix("still does not load: "))
        guard case .quit(let remaining)? = screen.handle(.key(.char("q"))) else {
            Issue.record("q did not quit")
            return
        }
        #expect(!remaining.isEmpty && StoreError.invalid(file: path, findings: remaining).exitCode == 65)
    }

    @Test func editInTheWorkbenchRunsTheEditorAndReadsTheFileAgain() throws {
        let path = directory.file("p.fleet.yaml")
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "demo"), to: path)
        let script = directory.file("services-editor.sh")
        try "#!/bin/sh\nsed 's/expectedServices: 30/expectedServices: 45/' \"$2\" > \"$2.tmp\" && mv \"$2.tmp\" \"$2\"\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let backend = FakeBackend(width: 120, height: 40)
        let state = AppState(project: try ProjectFile.load(path).project, filePath: path, width: 120, height: 40)
        let app = Workbench(state: state, backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: false,
                            environment: ["VISUAL": script])
        app.start()
        app.dispatch(.runCommand("edit"))
        #expect(backend.suspensions == 1)
        #expect(app.state.project.requirements.expectedServices == 45, "the edited file was read again")
        #expect(!app.state.isModified)
    }
}

/// Saves driven through the workbench's keys keep the user's file.
@Suite struct PreservingSaveFlowTests {
    let directory = TemporaryDirectory()

    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/examples/payments.fleet.yaml").path

    func open() throws -> (Workbench, FakeBackend, String, String) {
        let path = directory.file("payments.fleet.yaml")
        let original = try String(contentsOfFile: Self.example, encoding: .utf8)
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        let backend = FakeBackend(width: 120, height: 40)
        var state = AppState(project: try ProjectFile.load(path).project, filePath: path, width: 120, height: 40)
        WorkbenchLauncher.prepareFileSafety(&state, environment: [:])
        let app = Workbench(state: state, backend: backend, storage: DiskStorage(), themes: .builtIn(), noColor: false)
        app.start()
        return (app, backend, path, original)
    }

    func keys(_ app: Workbench, _ names: String...) {
        for name in names { app.handle(.key(KeyEvent(notation: name)!)) }
    }

    @Test func savingTheUnchangedExampleWritesTheSameBytes() throws {
        let (app, _, path, original) = try open()
        app.dispatch(.runCommand("w"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    }

    @Test func aWeightRaisedInTheMatrixPaneChangesOneLine() throws {
        let (app, _, path, original) = try open()
        keys(app, String(PaneID.matrix.digit), "+")
        #expect(app.state.isModified)
        keys(app, "C-s")
        #expect(!app.state.isModified)
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        let before = original.split(separator: "\n", omittingEmptySubsequences: false)
        let after = saved.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.count == 1, "\(changed)")
        #expect(changed.first?.0.contains("complexity: 3") == true && changed.first?.1.contains("complexity: 4") == true)
        #expect(try ProjectFile.load(path).project == app.state.project)
    }
}
