import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct ExportBindingTests {
    let preview = ExportPreview(directory: "out", paths: ["README.md", "clusters/dev/kubelet.yaml", "clusters/prod/kubelet.yaml",
                                                        "project.fleet.yaml"], foreign: false, replacesBundle: false)

    @Test(arguments: [PaneID.requirements, .findings]) func xOffersTheExportCommand(_ pane: PaneID) {
        var s = state()
        s.focus = pane
        press(&s, "X")
        #expect(s.mode == .command(TextInput("export payments-bundle"), history: nil))
        #expect(press(&s, "Enter") == [.prepareExport(s.project, directory: "payments-bundle")])
        #expect(s.message == StatusMessage("preparing the design bundle for payments-bundle…"))
    }

    @Test func exportCommandTakesADirectory() {
        var s = state()
        press(&s, ":")
        type(&s, "export /tmp/x")
        #expect(press(&s, "Enter") == [.prepareExport(s.project, directory: "/tmp/x")])
    }

    @Test func theTreeIndentsFilesUnderTheirDirectories() {
        #expect(preview.treeLines == ["README.md", "clusters/", "  dev/", "    kubelet.yaml", "  prod/", "    kubelet.yaml",
                                      "project.fleet.yaml"])
    }

    @Test func theDialogListsErrorsFirstThenTheFiles() {
        var s = state(brokenProject())
        _ = reduce(&s, .exportPrepared(preview))
        #expect(s.mode == .exportPreview(preview, scroll: 0))
        let rows = render(s).buffer.rows
        let errorRow = rows.firstIndex { $0.contains("error-level finding(s): the bundle is for review only") }
        let filesRow = rows.firstIndex { $0.contains("4 files in out/:") }
        #expect(errorRow != nil && filesRow != nil && errorRow! < filesRow!)
        #expect(rows.contains { $0.contains("    kubelet.yaml") })
    }

    @Test(arguments: ["Enter", "w"]) func enterWritesTheBundle(_ key: String) {
        var s = state()
        _ = reduce(&s, .exportPrepared(preview))
        #expect(press(&s, key) == [.writeExport(s.project, directory: "out", force: false)])
        #expect(s.mode == .normal)
        #expect(s.message == StatusMessage("exporting 4 files to out…"))
        _ = reduce(&s, .exportFinished(directory: "out", files: 5, error: nil))
        #expect(s.message == StatusMessage("exported 5 files to out"))
    }

    @Test func aForeignDirectoryNeedsF() {
        var s = state()
        var foreign = preview
        foreign.foreign = true
        _ = reduce(&s, .exportPrepared(foreign))
        #expect(press(&s, "Enter").isEmpty)
        #expect(s.message == .error("out holds other files: F replaces them, Esc cancels"))
        #expect(press(&s, "F") == [.writeExport(s.project, directory: "out", force: true)])
    }

    @Test(arguments: ["Esc", "q"]) func escCancels(_ key: String) {
        var s = state()
        _ = reduce(&s, .exportPrepared(preview))
        #expect(press(&s, key).isEmpty)
        #expect(s.mode == .normal)
        #expect(s.message == StatusMessage("export cancelled"))
    }

    @Test func scrollingStaysInsideTheTree() {
        var s = state()
        _ = reduce(&s, .exportPrepared(preview))
        press(&s, "j", "Down")
        #expect(s.mode == .exportPreview(preview, scroll: 2))
        press(&s, "PgDn")
        #expect(s.mode == .exportPreview(preview, scroll: 6))
        press(&s, "k")
        #expect(s.mode == .exportPreview(preview, scroll: 5))
        press(&s, "PgUp", "Up")
        #expect(s.mode == .exportPreview(preview, scroll: 0))
    }

    @Test func aFailedExportOpensAnAlertThatEnterCloses() {
        var s = state()
        _ = reduce(&s, .exportFinished(directory: "out", files: 0, error: "out: cannot write: permission denied"))
        #expect(s.mode == .alert(title: "Export failed", lines: ["out", "out: cannot write: permission denied"]))
        #expect(render(s).buffer.rows.joined().contains("permission denied"))
        press(&s, "Enter")
        #expect(s.mode == .normal)
    }

    @Test func exportWithErrorsSaysItIsForReviewOnly() {
        var s = state(brokenProject())
        _ = reduce(&s, .exportFinished(directory: "out", files: 9, error: nil))
        #expect(s.message?.isError == true)
        #expect(s.message?.text.hasPrefix("exported 9 files to out;") == true)
    }
}
