#if canImport(Glibc)
import Glibc
#endif
import FleetModel
import FleetStore
import Foundation
import Testing

/// Real flows of the built binary in tmux. Serialized: each starts a terminal program,
/// and the machine running them may be small.
@Suite(.serialized) struct WorkbenchEndToEndTests {
    /// A session on `demo.fleet.yaml`, written from the minimal template first.
    func demoSession(environment: [String: String] = [:], width: Int = 100, height: Int = 30) throws -> (TmuxSession, String) {
        let directory = try TmuxSession.temporaryDirectory()
        let path = directory.appendingPathComponent("demo.fleet.yaml").path
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "demo"), to: path)
        let session = try TmuxSession(["demo.fleet.yaml"], width: width, height: height, environment: environment, directory: directory)
        try session.waitFor("Requirements: demo")
        return (session, path)
    }

    @Test func launchAndQuit() throws {
        let (session, _) = try demoSession()
        let screen = try session.waitFor("┌ Requirements: demo ─")
        #expect(screen.contains(" 1 Requirements │ 2 Profiles │"))
        #expect(screen.contains("Findings (0)"))
        #expect(screen.contains("? help"))
        session.send("q")
        let exit = try session.waitForExit()
        #expect(exit.status == "EXITED rc=0")
        #expect(exit.terminalRestored, "\(exit.stty)")
    }

    @Test func editARequirementAndSave() throws {
        let (session, path) = try demoSession()
        session.send("j", "j", "j", "j", "j", "Enter", "C-u")
        session.type("5")
        session.send("Enter")
        try session.waitFor("Zones per region    5")
        try session.waitFor("demo.fleet.yaml\\*")
        session.send("C-s")
        try session.waitFor("saved demo.fleet.yaml")
        var expected = ProjectTemplate.minimal.project(named: "demo")
        expected.requirements.zonesPerRegion = 5
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == ProjectWriter().text(for: expected))
        #expect(try ProjectFile.load(path).project == expected)
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    @Test func quitWithUnsavedChangesAsks() throws {
        let (session, _) = try demoSession()
        session.send("G", "l", "C-c")
        try session.waitFor("Save them, quit without them, or stay\\?")
        session.send("n")
        try session.waitFor("not quitting")
        session.send("q")
        try session.waitFor("Save them, quit without them, or stay\\?")
        session.send("y")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    @Test func helpOverlay() throws {
        let (session, _) = try demoSession()
        session.send("?")
        try session.waitFor("Help: lines 1-")
        // Wait for the content itself: a capture can land between two writes of one frame.
        try session.waitFor("show every key binding")
        try session.waitFor("next field")
        session.send("Escape")
        try session.waitFor("No findings\\.")
        #expect(!session.screen().contains("Help: lines "))
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    @Test func commandLine() throws {
        let (session, _) = try demoSession()
        session.send(":")
        session.type("th")
        session.send("Tab")
        try session.waitFor(":theme ")
        session.type("light")
        session.send("Enter")
        try session.waitFor("theme light")
        session.send(":")
        session.type("w copy.fleet.yaml")
        session.send("Enter")
        try session.waitFor("saved copy.fleet.yaml")
        #expect(FileManager.default.fileExists(atPath: session.directory.appendingPathComponent("copy.fleet.yaml").path))
        session.send(":")
        session.type("q")
        session.send("Enter")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    @Test func resizeTooSmallAndBack() throws {
        let (session, _) = try demoSession()
        session.resize(width: 40, height: 10)
        try session.waitFor("Terminal too small")
        try session.waitFor("40×10, need 60×16")
        session.resize(width: 100, height: 30)
        try session.waitFor("┌ Requirements: demo ─")
        #expect(!session.screen().contains("Terminal too small"))
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    /// Every signal that ends the process; SIGUSR1, SIGUSR2, SIGALRM and SIGPIPE left the terminal raw.
    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130), (SIGSEGV, 139), (SIGUSR1, 138), (SIGUSR2, 140),
                      (SIGALRM, 142), (SIGPIPE, 141)])
    func signalsRestoreTheTerminal(_ signal: Int32, _ status: Int) throws {
        let (session, _) = try demoSession()
        #expect(kill(try session.pid(), signal) == 0)
        let exit = try session.waitForExit()
        #expect(exit.status == "EXITED rc=\(status)")
        #expect(exit.terminalRestored, "\(exit.stty)")
        #expect(!exit.stty.contains("┌ Requirements"), "the alternate screen should be gone")
    }

    @Test func asciiFallbackWithoutUTF8() throws {
        let directory = try TmuxSession.temporaryDirectory()
        let session = try TmuxSession(["new.fleet.yaml"], environment: ["LANG": "C", "LC_ALL": "C"], directory: directory)
        let screen = try session.waitFor("\\+ Requirements: new -+")
        #expect(screen.contains(" 1 Requirements | 2 Profiles | 3 Matrix | 4 Topology | 5 Findings (0)"))
        #expect(screen.contains("| Name"))
        #expect(!screen.contains("┌"))
        // Every glyph has an ASCII stand-in: ranges, choices and ellipses never become `?`.
        for pane in ["1", "2", "3", "4", "5"] {
            session.send(pane)
            let shown = try session.waitForIdle()
            #expect(!shown.replacingOccurrences(of: "? help", with: "").contains("?"), "pane \(pane):\n\(shown)")
            #expect(shown.allSatisfy { $0.isASCII }, "pane \(pane)")
        }
        session.send("2")
        try session.waitFor("\\(1~1024\\)")
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    @Test func noColorDrawsWithoutColour() throws {
        let (plain, _) = try demoSession(environment: ["NO_COLOR": "1"])
        let screen = plain.screen(escapes: true)
        #expect(screen.range(of: "\u{1b}\\[[0-9;]*(3[0-7]|9[0-7]|38;5;[0-9]+)m", options: .regularExpression) == nil)
        #expect(screen.contains("\u{1b}[7m"), "the selection and status bar keep reverse video")
        plain.send("q")
        _ = try plain.waitForExit()

        let (coloured, _) = try demoSession()
        let colourScreen = coloured.screen(escapes: true)
        #expect(colourScreen.range(of: "\u{1b}\\[[0-9;]*36m", options: .regularExpression) != nil, "default theme draws cyan borders")
        coloured.send("q")
        _ = try coloured.waitForExit()
    }

    @Test func aBrokenThemeFileIsReportedAndTheDefaultUsed() throws {
        let directory = try TmuxSession.temporaryDirectory()
        let themes = directory.appendingPathComponent("config/fleetplan/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try "roles:\n  tab.active:\n    fg: chartreuse\n".write(to: themes.appendingPathComponent("neon.yaml"), atomically: true, encoding: .utf8)
        let session = try TmuxSession(["--theme", "neon", "x.fleet.yaml"], width: 220, directory: directory)
        let screen = try session.waitFor("neon.yaml:3: unknown colour `chartreuse`")
        #expect(screen.contains("┌ Requirements: x "))
        session.send("q")
        let exit = try session.waitForExit()
        #expect(exit.status == "EXITED rc=0")
        #expect(exit.stty.contains("fleetplan: \(themes.path)/neon.yaml:3: unknown colour"))
    }

    /// curses' own "Error opening terminal" exited 1, which means "the design has errors".
    @Test(arguments: [["env", "-u", "TERM"], ["env", "TERM=no-such-terminal"], ["env", "TERM="]])
    func anUnusableTermIsAUsageErrorBeforeCurses(_ launcher: [String]) throws {
        let session = try TmuxSession(["demo.fleet.yaml"], launcher: launcher)
        let exit = try session.waitForExit()
        #expect(exit.status == "EXITED rc=64")
        #expect(exit.stty.contains("fleetplan: TERM is not set") || exit.stty.contains("fleetplan: unknown terminal type TERM=no-such-terminal"))
        #expect(!exit.stty.contains("Error opening terminal"))
        #expect(exit.terminalRestored)
    }

    @Test func notATerminalIsAUsageError() throws {
        let (status, output) = TmuxSession.spawn([TmuxSession.binary, "demo.fleet.yaml"], captureOutput: true)
        #expect(status == 64)
        #expect(output.contains("needs a terminal"))
    }
}

/// A file that does not load, opened as a person would: the problems screen, the editor, the project.
@Suite struct BrokenFileEndToEndTests {
    @Test func aTabIndentedFileOpensOnItsProblemsAndTheEditorRepairsIt() throws {
        let directory = try TmuxSession.temporaryDirectory()
        let path = directory.appendingPathComponent("broken.fleet.yaml").path
        let good = ProjectWriter().text(for: ProjectTemplate.minimal.project(named: "demo"))
        try good.replacingOccurrences(of: "\n    zonesPerRegion: 3\n", with: "\n\tzonesPerRegion: 3\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let editor = directory.appendingPathComponent("fix.sh").path
        try "#!/bin/sh\nsed 's/\t/    /' \"$2\" > \"$2.tmp\" && mv \"$2.tmp\" \"$2\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor)
        let session = try TmuxSession(["broken.fleet.yaml"], width: 120, height: 40, environment: ["EDITOR": editor], directory: directory)
        try session.waitFor("broken.fleet.yaml does not load: ")
        try session.waitFor("e edit at the selected line")
        session.send("e")
        try session.waitFor("Requirements: demo")
        try session.waitFor("broken.fleet.yaml reads again: opened")
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
        #expect(try ProjectFile.load(path).project.metadata.name == "demo")
    }

    @Test func quittingTheProblemsScreenExitsWithBadData() throws {
        let directory = try TmuxSession.temporaryDirectory()
        try "apiVersion: fleetplan/v1\nkind: Project\nspec: [\n".write(to: directory.appendingPathComponent("x.fleet.yaml"), atomically: true, encoding: .utf8)
        let session = try TmuxSession(["x.fleet.yaml"], width: 100, height: 30, directory: directory)
        try session.waitFor("x.fleet.yaml does not load: ")
        session.send("q")
        let exit = try session.waitForExit()
        #expect(exit.status == "EXITED rc=65")
        #expect(exit.terminalRestored)
    }
}
