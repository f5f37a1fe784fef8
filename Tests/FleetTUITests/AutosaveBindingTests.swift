import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct AutosaveBindingTests {
    func edited(_ s: inout AppState) {
        s.selectedField = .gpu
        press(&s, "Space")
    }

    @Test func noRecoveryCopyWithoutChanges() {
        var s = state()
        for second in 0...100 { #expect(reduce(&s, .tick(seconds: Double(second))).isEmpty) }
    }

    @Test func theRecoveryCopyIsWrittenAfterTheIntervalOfUnsavedChanges() {
        var s = state()
        _ = reduce(&s, .tick(seconds: 10))
        edited(&s)
        #expect(reduce(&s, .tick(seconds: 11)).isEmpty)
        #expect(reduce(&s, .tick(seconds: 39)).isEmpty)
        #expect(reduce(&s, .tick(seconds: 40)) == [.writeRecovery(s.project, path: "p.fleet.yaml")])
        #expect(s.autosave.recoveryOnDisk)
        // Nothing new: no second copy.
        #expect(reduce(&s, .tick(seconds: 100)).isEmpty)
        // A later change starts the clock again.
        s.selectedField = .mtlsRequired
        press(&s, "Space")
        #expect(reduce(&s, .tick(seconds: 129)).isEmpty)
        #expect(reduce(&s, .tick(seconds: 130)) == [.writeRecovery(s.project, path: "p.fleet.yaml")])
    }

    @Test func theIntervalIsConfigurable() {
        var s = state()
        s.autosave = AutosaveState(interval: 1)
        _ = reduce(&s, .tick(seconds: 0))
        edited(&s)
        #expect(reduce(&s, .tick(seconds: 1)) == [.writeRecovery(s.project, path: "p.fleet.yaml")])
    }

    @Test func untitledProjectsHaveNoRecoveryCopy() {
        var s = state(file: nil)
        _ = reduce(&s, .tick(seconds: 0))
        edited(&s)
        #expect(reduce(&s, .tick(seconds: 1000)).isEmpty)
    }

    @Test func savingRemovesTheRecoveryCopy() {
        var s = state()
        s.autosave = AutosaveState(interval: 1)
        _ = reduce(&s, .tick(seconds: 0))
        edited(&s)
        _ = reduce(&s, .tick(seconds: 1))
        #expect(press(&s, "C-s") == [.save(s.project, path: "p.fleet.yaml")])
        let stamp = FileStamp(size: 10, modified: 5)
        #expect(reduce(&s, .saveFinished(path: "p.fleet.yaml", error: nil, stamp: stamp)) == [.removeRecovery(path: "p.fleet.yaml")])
        #expect(!s.autosave.recoveryOnDisk)
        #expect(s.diskStamp == stamp)
        #expect(!s.isModified)
    }

    @Test func quittingWithoutSavingRemovesTheRecoveryCopy() {
        var s = state()
        s.autosave = AutosaveState(interval: 1)
        _ = reduce(&s, .tick(seconds: 0))
        edited(&s)
        _ = reduce(&s, .tick(seconds: 1))
        press(&s, "q")
        #expect(s.mode == .confirmQuit)
        #expect(press(&s, "y") == [.removeRecovery(path: "p.fleet.yaml"), .quit])
    }

    @Test func aFailedRecoveryWriteIsReported() {
        var s = state()
        s.autosave.recoveryOnDisk = true
        _ = reduce(&s, .recoveryWritten(path: "p.fleet.yaml", error: "disk full"))
        #expect(s.message == .error("could not write the recovery copy of p.fleet.yaml: disk full"))
        #expect(!s.autosave.recoveryOnDisk)
    }

    func offered() -> (AppState, Project) {
        var s = state()
        var recovered = s.project
        recovered.requirements.expectedServices = 77
        s.mode = .offerRecovery(RecoveryOffer(path: "p.fleet.yaml", recoveryPath: ".p.fleet.yaml.recover",
                                              project: ProjectBox(recovered), fileMissing: false))
        return (s, recovered)
    }

    @Test func restoreLoadsTheCopyAsAnUndoableChange() {
        var (s, recovered) = offered()
        let file = s.project
        #expect(press(&s, "r").isEmpty)
        #expect(s.mode == .normal)
        #expect(s.project == recovered)
        #expect(s.isModified)
        press(&s, "u")
        #expect(s.project == file)
    }

    @Test func discardDeletesTheCopy() {
        var (s, _) = offered()
        let file = s.project
        #expect(press(&s, "d") == [.removeRecovery(path: "p.fleet.yaml")])
        #expect(s.project == file)
        #expect(s.mode == .normal)
    }

    @Test func keepBothRenamesTheCopy() {
        var (s, _) = offered()
        #expect(press(&s, "k") == [.keepRecovery(path: "p.fleet.yaml")])
        _ = reduce(&s, .recoveryKept(path: "p.fleet.yaml", keptAs: "p.recovered.fleet.yaml", error: nil))
        #expect(s.message == StatusMessage("recovery copy kept as p.recovered.fleet.yaml"))
        #expect(!s.isModified)
    }

    @Test func otherKeysDoNothingWhileTheOfferIsOpen() {
        var (s, _) = offered()
        #expect(press(&s, "j", "Space", "u", "2").isEmpty)
        #expect(s.focus == .requirements)
        #expect(!s.isModified)
    }

    @Test func theOfferIsDrawnOverTheScreen() {
        let (s, _) = offered()
        let text = render(s).buffer.rows.joined(separator: "\n")
        #expect(text.contains("Recover unsaved changes?"))
        #expect(text.contains("r restore   d discard   k keep both"))
    }
}
