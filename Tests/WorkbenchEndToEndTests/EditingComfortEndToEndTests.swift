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

    @Test func undoAProfileEditFromAnotherPane() throws {
        let (session, path) = try demoSession()
        session.send("G", "l")   // expected services 31
        try session.waitFor("Expected services   31")
        session.send("2", "]", "Enter", "C-u")   // Profiles: the form's first field, node vCPU
        session.type("16")
        session.send("Enter")
        try session.waitFor("Node vCPU +16")
        session.send("BTab", "BTab")   // Requirements, then Findings (the last pane)
        try session.waitFor("┌ Findings")
        session.send("u")
        try session.waitFor("undid: ")
        try session.waitFor("Node vCPU +8 ")
        session.send("u")
        try session.waitFor("Expected services   30")
        #expect(!session.screen().contains("demo.fleet.yaml*"))
        session.send("C-r", "C-r")
        try session.waitFor("Node vCPU +16")
        session.send("C-s")
        try session.waitFor("saved demo.fleet.yaml")
        let saved = try ProjectFile.load(path).project
        #expect(saved.profiles[0].node.vcpu == 16)
        #expect(saved.requirements.expectedServices == 31)
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    @Test func quittingWithoutSavingRemovesTheRecoveryCopy() throws {
        let (session, path) = try demoSession(environment: ["FLEETPLAN_AUTOSAVE_SECONDS": "1"])
        session.send("G", "l")
        let copy = session.directory.appendingPathComponent(".demo.fleet.yaml.recover").path
        #expect(session.waitForFile(copy))
        session.send("q")
        try session.waitFor("Save them, quit without them, or stay\\?")
        session.send("y")
        #expect(try session.waitForExit().status == "EXITED rc=0")
        #expect(!FileManager.default.fileExists(atPath: copy))
        #expect(try ProjectFile.load(path).project == ProjectTemplate.minimal.project(named: "demo"))
    }

    @Test func recoveryAfterKillNine() throws {
        let (crashed, path) = try demoSession(environment: ["FLEETPLAN_AUTOSAVE_SECONDS": "1"])
        crashed.send("G", "l", "l")
        try crashed.waitFor("Expected services   32")
        let copy = crashed.directory.appendingPathComponent(".demo.fleet.yaml.recover").path
        #expect(crashed.waitForFile(copy))
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
