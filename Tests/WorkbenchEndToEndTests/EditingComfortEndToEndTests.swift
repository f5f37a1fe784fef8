#if canImport(Glibc)
import Glibc
#endif
import FleetModel
import FleetStore
import Foundation
import Testing

/// Undo, recovery after a crash, the changed-on-disk question, export and dialogs under
/// resize, in the built binary under tmux.
@Suite(.serialized) struct EditingComfortEndToEndTests {
    func demoSession(environment: [String: String] = [:]) throws -> (TmuxSession, String) {
        let directory = try TmuxSession.temporaryDirectory()
        let path = directory.appendingPathComponent("demo.fleet.yaml").path
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "demo"), to: path)
        let session = try TmuxSession(["demo.fleet.yaml"], environment: environment, directory: directory)
        try session.waitFor("Requirements: demo")
        return (session, path)
    }

    @Test func undoAndRedoAcrossPanes() throws {
        let (session, _) = try demoSession()
        session.send("j", "j", "j", "j", "j", "Enter", "C-u")
        session.type("9")
        session.send("Enter")
        try session.waitFor("Findings \\([1-9]")   // 9 zones per region is out of range
        session.send("BTab")  // Findings is the last tab
        try session.waitFor("┌ Findings: [1-9]")
        session.send("u")
        try session.waitFor("undid: set Zones per region to 9")
        try session.waitFor("Zones per region    3")
        #expect(!session.screen().contains("demo.fleet.yaml*"))
        session.send("C-r")
        try session.waitFor("redid: set Zones per region to 9")
        try session.waitFor("demo.fleet.yaml\\*")
        session.send("C-z")
        try session.waitFor("Zones per region    3")
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    @Test func recoveryAfterKillNine() throws {
        let (crashed, path) = try demoSession(environment: ["FLEETPLAN_AUTOSAVE_SECONDS": "1"])
        crashed.send("G", "l", "l")
        try crashed.waitFor("Expected services   32")
        let copy = crashed.directory.appendingPathComponent(".demo.fleet.yaml.recover").path
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: copy), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(FileManager.default.fileExists(atPath: copy))
        #expect(kill(try crashed.pid(), SIGKILL) == 0)
        try crashed.waitFor("EXITED rc=137")
        var edited = ProjectTemplate.minimal.project(named: "demo")
        edited.requirements.expectedServices += 2
        #expect(try ProjectFile.load(copy).project == edited)

        let session = try TmuxSession(["demo.fleet.yaml"], directory: crashed.directory)
        try session.waitFor("Recover unsaved changes\\?")
        try session.waitFor("r restore   d discard   k keep both")
        session.send("r")
        try session.waitFor("restored the recovery copy")
        try session.waitFor("Expected services   32")
        session.send("C-s")
        try session.waitFor("saved demo.fleet.yaml")
        #expect(try ProjectFile.load(path).project == edited)
        #expect(!FileManager.default.fileExists(atPath: copy))
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    @Test func savingOverAChangedFileAsks() throws {
        let (session, path) = try demoSession()
        session.send("G", "l")
        try session.waitFor("demo.fleet.yaml\\*")
        var theirs = ProjectTemplate.minimal.project(named: "demo")
        theirs.requirements.expectedNodes = 77
        try ProjectFile.save(theirs, to: path)
        session.send("C-s")
        try session.waitFor("File changed on disk")
        session.send("r")
        try session.waitFor("Expected nodes      77")
        #expect(try ProjectFile.load(path).project == theirs)
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    @Test func exportFromTheWorkbench() throws {
        let (session, _) = try demoSession()
        session.send("X")
        try session.waitFor(":export demo-bundle")
        session.send("Enter")
        try session.waitFor("files in demo-bundle/:")
        session.send("Enter")
        try session.waitFor("exported [0-9]+ files to demo-bundle")
        let sums = session.directory.appendingPathComponent("demo-bundle/SHA256SUMS").path
        #expect(FileManager.default.fileExists(atPath: sums))
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    @Test func resizeWhileADialogIsOpen() throws {
        let (session, _) = try demoSession()
        session.send("X", "Enter")
        try session.waitFor("files in demo-bundle/:")
        session.resize(width: 40, height: 10)
        try session.waitFor("Terminal too small")
        session.resize(width: 70, height: 20)
        try session.waitFor("files in demo-bundle/:")
        session.resize(width: 120, height: 40)
        let screen = try session.waitFor("Enter write   j/k scroll   Esc cancel")
        #expect(screen.contains("README.md"))
        session.send("Escape")
        try session.waitFor("export cancelled")
        #expect(!FileManager.default.fileExists(atPath: session.directory.appendingPathComponent("demo-bundle").path))
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }
}
