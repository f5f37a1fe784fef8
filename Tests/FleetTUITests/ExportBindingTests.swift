import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct ExportBindingTests {
    let preview = ExportPreview(directory: "out", paths: ["README.md", "clusters/dev/kubelet.yaml", "clusters/prod/kubelet.yaml",
                                                        "project.fleet.yaml"])

    @Test(arguments: [PaneID.requirements, .findings]) func xOffersTheExportCommand(_ pane: PaneID) {
        var s = state()
        s.focus = pane
        press(&s, "X")
        #expect(s.mode == .command(TextInput("export payments-bundle"), history: nil))
        #expect(press(&s, "Enter") == [.prepareExport(s.project, directory: "payments-bundle", projectFile: s.filePath)])
        #expect(s.message == StatusMessage("preparing the design bundle for payments-bundle…"))
    }

    @Test func exportCommandTakesADirectory() {
        var s = state()
        press(&s, ":")
        type(&s, "export /tmp/x")
        #expect(press(&s, "Enter") == [.prepareExport(s.project, directory: "/tmp/x", projectFile: s.filePath)])
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
        #expect(press(&s, key) == [.writeExport(s.project, directory: "out", force: false, projectFile: s.filePath)])
        #expect(s.mode == .normal)
        #expect(s.message == StatusMessage("exporting 4 files to out…"))
        _ = reduce(&s, .exportFinished(directory: "out", files: 5, error: nil))
        #expect(s.message == StatusMessage("exported 5 files to out"))
    }

    @Test func whatOnlyForceReplacesNeedsF() {
        var s = state()
        var edited = preview
        edited.forceReason = "files of the previous bundle were edited since it was written: README.md"
        _ = reduce(&s, .exportPrepared(edited))
        #expect(press(&s, "Enter").isEmpty)
        #expect(s.message == .error("out: files of the previous bundle were edited since it was written: README.md: F replaces it, Esc cancels"))
        #expect(press(&s, "F") == [.writeExport(s.project, directory: "out", force: true, projectFile: s.filePath)])
    }

    /// The open project file, a device, a directory of other files: not even F writes there.
    @Test(arguments: ["Enter", "F"]) func aRefusedDirectoryIsNeverWritten(_ key: String) {
        var s = state()
        var refused = preview
        refused.refusal = "it is the input project payments.fleet.yaml; choose another name"
        _ = reduce(&s, .exportPrepared(refused))
        #expect(render(s).buffer.rows.contains { $0.contains("! cannot export to out: it is the input project") })
        #expect(press(&s, key).isEmpty)
        #expect(s.message == .error("cannot export to out: it is the input project payments.fleet.yaml; choose another name"))
        #expect(s.mode == .exportPreview(refused, scroll: 0), "the dialog stays until Esc")
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
