import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct ConflictBindingTests {
    let stamp = FileStamp(size: 100, modified: 1, inode: 7)

    func conflicted() -> AppState {
        var s = state()
        s.diskStamp = stamp
        s.selectedField = .gpu
        press(&s, "Space")
        #expect(press(&s, "C-s") == [.save(s.project, path: "p.fleet.yaml", expecting: stamp)])
        _ = reduce(&s, .saveConflicted(path: "p.fleet.yaml"))
        return s
    }

    @Test func saveSendsTheStampItExpects() {
        let s = conflicted()
        #expect(s.mode == .confirmOverwrite(path: "p.fleet.yaml"))
        #expect(s.message == .error("p.fleet.yaml changed on disk since it was opened"))
        #expect(s.isModified)
        #expect(render(s).buffer.rows.joined().contains("o overwrite   c cancel   r reload"))
    }

    @Test func saveToAnotherFileExpectsNothing() {
        var s = state()
        s.diskStamp = stamp
        press(&s, ":")
        type(&s, "w other.fleet.yaml")
        #expect(press(&s, "Enter") == [.save(s.project, path: "other.fleet.yaml")])
    }

    @Test func overwriteSavesWithoutChecking() {
        var s = conflicted()
        #expect(press(&s, "o") == [.save(s.project, path: "p.fleet.yaml")])
        #expect(s.mode == .normal)
        #expect(s.pendingSave == s.project)
    }

    @Test(arguments: ["c", "Esc"]) func cancelKeepsTheChanges(_ key: String) {
        var s = conflicted()
        s.quitAfterSave = true
        #expect(press(&s, key).isEmpty)
        #expect(s.mode == .normal)
        #expect(s.isModified)
        #expect(!s.quitAfterSave)
        #expect(s.message == StatusMessage("not saved: p.fleet.yaml keeps the other change"))
    }

    @Test func reloadReadsTheFileAgain() {
        var s = conflicted()
        #expect(press(&s, "r") == [.load(path: "p.fleet.yaml")])
        var other = cleanProject()
        other.requirements.expectedServices = 5
        let newStamp = FileStamp(size: 120, modified: 2, inode: 8)
        _ = reduce(&s, .loadFinished(path: "p.fleet.yaml", project: ProjectBox(other), error: nil, stamp: newStamp))
        #expect(s.project == other)
        #expect(!s.isModified)
        #expect(s.diskStamp == newStamp)
        #expect(!s.history.canUndo)
    }
}
