import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// Full-screen snapshots of the editing dialogs: at 80×24, at the 60×16 minimum, and too
/// small (the notice wins over any dialog).
@Suite struct DialogSnapshotTests {
    static let preview = ExportPreview(
        directory: "payments-bundle",
        paths: ["README.md", "SHA256SUMS", "clusters/dev/audit-policy.yaml", "clusters/dev/kubeadm-config.yaml",
                "clusters/prod/audit-policy.yaml", "clusters/prod/kubeadm-config.yaml", "decisions/0001-platform.md",
                "project.fleet.yaml", "report/design.md"],
        replacesBundle: true)

    func sized(_ s: AppState, _ width: Int, _ height: Int) -> AppState {
        var s = s
        s.width = width
        s.height = height
        return s
    }

    func offer() -> AppState {
        var s = state()
        var copy = s.project
        copy.requirements.expectedServices = 31
        s.mode = .offerRecovery(RecoveryOffer(path: "p.fleet.yaml", recoveryPath: ".p.fleet.yaml.recover",
                                              project: ProjectBox(copy), fileMissing: false))
        return s
    }

    @Test func recoveryOffer() {
        expectSnapshot(render(sized(offer(), 80, 24)).buffer.rows, "Editing/recovery-offer-80x24")
    }

    @Test func changedOnDisk() {
        var s = sized(state(), 80, 24)
        s.mode = .confirmOverwrite(path: "p.fleet.yaml")
        expectSnapshot(render(s).buffer.rows, "Editing/changed-on-disk-80x24")
    }

    @Test func exportPreviewWithErrorsOnTop() {
        var s = sized(state(brokenProject()), 80, 24)
        _ = reduce(&s, .exportPrepared(Self.preview))
        expectSnapshot(render(s).buffer.rows, "Editing/export-preview-errors-80x24")
    }

    @Test func exportPreviewScrolledAtTheMinimumSize() {
        var s = sized(state(), 60, 16)
        _ = reduce(&s, .exportPrepared(Self.preview))
        press(&s, "j", "j")
        expectSnapshot(render(s).buffer.rows, "Editing/export-preview-scrolled-60x16")
    }

    @Test func exportFailedAlert() {
        var s = sized(state(), 80, 24)
        _ = reduce(&s, .exportFinished(directory: "out", files: 0, error: "out: cannot write: permission denied"))
        expectSnapshot(render(s).buffer.rows, "Editing/export-failed-80x24")
    }

    @Test func tooSmallHidesTheDialog() {
        let rows = render(sized(offer(), 40, 10)).buffer.rows
        expectSnapshot(rows, "Editing/recovery-offer-too-small-40x10")
        #expect(!rows.joined().contains("Recover"))
    }

    @Test func ascii() {
        let rows = render(sized(offer(), 80, 24), unicode: false).buffer.rows
        expectSnapshot(rows, "Editing/recovery-offer-ascii-80x24")
    }
}
