import FleetModel
import FleetStore
import Foundation
import Testing

/// Unsaved edits survive every signal that ends the workbench: the recovery copy is written
/// by the signal handler itself, with the project file's mode, and offered on the next start.
@Suite(.serialized) struct SignalRecoveryEndToEndTests {
    /// SIGTERM, SIGHUP, SIGINT and SIGQUIT exited without a copy: up to 30 s of edits were lost.
    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130), (SIGQUIT, 131), (SIGUSR1, 138)])
    func aTerminatingSignalWritesTheRecoveryCopy(_ signal: Int32, _ status: Int) throws {
        let directory = try TmuxSession.temporaryDirectory()
        let path = directory.appendingPathComponent("demo.fleet.yaml").path
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "demo"), to: path)
        #expect(chmod(path, 0o600) == 0)
        // The autosave would take an hour: only the signal can have written the copy.
        let session = try TmuxSession(["demo.fleet.yaml"], environment: ["FLEETPLAN_AUTOSAVE_SECONDS": "3600"], directory: directory)
        try session.waitFor("Requirements: demo")
        session.send("G", "l", "l")
        try session.waitFor("Expected services   32")
        let copy = RecoveryCopy.path(for: path)
        #expect(!FileManager.default.fileExists(atPath: copy))
        #expect(kill(try session.pid(), signal) == 0)
        let exit = try session.waitForExit()
        #expect(exit.status == "EXITED rc=\(status)")
        #expect(exit.terminalRestored, "\(exit.stty)")
        var edited = ProjectTemplate.minimal.project(named: "demo")
        edited.requirements.expectedServices += 2
        #expect(try RecoveryCopy.read(copy).get() == edited)
        var info = stat()
        #expect(stat(copy, &info) == 0 && info.st_mode & 0o777 == 0o600, "the copy is as private as the project")

        let next = try TmuxSession(["demo.fleet.yaml"], directory: directory)
        try next.waitFor("Recover unsaved changes\\?")
        next.send("d")
        try next.waitFor("Expected services   30")
        next.send("q")
        _ = try next.waitForExit()
    }

    /// Quitting without saving is a choice: no copy is written by the signal afterwards.
    @Test func aSavedProjectLeavesNoCopyOnSignal() throws {
        let directory = try TmuxSession.temporaryDirectory()
        let path = directory.appendingPathComponent("demo.fleet.yaml").path
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "demo"), to: path)
        let session = try TmuxSession(["demo.fleet.yaml"], environment: ["FLEETPLAN_AUTOSAVE_SECONDS": "3600"], directory: directory)
        try session.waitFor("Requirements: demo")
        session.send("G", "l", "C-s")
        try session.waitFor("saved demo.fleet.yaml")
        #expect(kill(try session.pid(), SIGTERM) == 0)
        #expect(try session.waitForExit().status == "EXITED rc=143")
        #expect(!FileManager.default.fileExists(atPath: RecoveryCopy.path(for: path)))
    }
}
