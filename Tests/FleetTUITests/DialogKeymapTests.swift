import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// Every key of the editing dialogs' tables reaches its message in its mode, and closes
/// or keeps the dialog as its help says.
@Suite struct DialogKeymapTests {
    static let preview = ExportPreview(directory: "out", paths: ["README.md"])
    static let offer = RecoveryOffer(path: "p.fleet.yaml", recoveryPath: ".p.fleet.yaml.recover",
                                     project: ProjectBox(cleanProject()), fileMissing: false)

    static let cases: [(Mode, BindingTable)] = [
        (.offerRecovery(offer), Keymap.recoveryOffer),
        (.confirmOverwrite(path: "p.fleet.yaml"), Keymap.changedOnDisk),
        (.exportPreview(preview, scroll: 0), Keymap.exportDialog),
        (.alert(title: "Export failed", lines: ["out"]), Keymap.alert),
    ]

    @Test(arguments: 0..<cases.count) func everyKeyOfTheTableSendsItsMessage(_ index: Int) {
        let (mode, table) = Self.cases[index]
        for binding in table.bindings {
            for key in binding.keys {
                var s = state()
                s.mode = mode
                #expect(Keymap.message(for: key, in: s) == binding.message, "\(table.title): \(key.notation)")
            }
        }
    }

    @Test(arguments: 0..<cases.count) func keysOutsideTheTableDoNothing(_ index: Int) {
        let (mode, _) = Self.cases[index]
        var s = state()
        s.mode = mode
        for notation in ["1", "Tab", "?", ":", "u", "X"] {
            #expect(Keymap.message(for: KeyEvent(notation: notation)!, in: s) == nil, "\(notation)")
        }
    }

    @Test(arguments: ["Enter", "Esc", "q"]) func everyAlertKeyClosesIt(_ key: String) {
        var s = state()
        s.mode = .alert(title: "Export failed", lines: ["out"])
        press(&s, key)
        #expect(s.mode == .normal)
    }

    @Test func ctrlCInTheExportDialogAsksToQuitWhenModified() {
        var s = state()
        s.selectedField = .gpu
        press(&s, "Space")
        s.mode = .exportPreview(Self.preview, scroll: 0)
        press(&s, "C-c")
        #expect(s.mode == .confirmQuit)
    }

    @Test func ctrlCDuringTheRecoveryOfferQuits() {
        var s = state()
        s.mode = .offerRecovery(Self.offer)
        #expect(press(&s, "C-c") == [.quit])
        #expect(s.finished)
    }

    @Test func helpListsTheDialogTables() {
        let document = HelpView.keysDocument()
        for (_, table) in Self.cases { #expect(document.contains("## \(table.title)")) }
    }
}
