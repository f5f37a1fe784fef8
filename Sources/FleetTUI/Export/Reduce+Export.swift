import FleetModel
import TerminalCore

extension AppState {
    /// Where `X` proposes to export: `NAME-bundle` beside the working directory.
    var defaultExportDirectory: String { "\(project.metadata.name)-bundle" }

    /// Asks the runtime to build the bundle in memory and list it (off the key loop).
    mutating func prepareExport(to directory: String) -> [Effect] {
        message = StatusMessage("preparing the design bundle for \(directory)…")
        return [.prepareExport(project, directory: directory, projectFile: filePath)]
    }

    /// Messages of the export dialog and the results of the export effects.
    mutating func reduceExport(_ msg: Msg) -> [Effect] {
        switch msg {
        case .openExport:
            mode = .command(TextInput("export \(defaultExportDirectory)"), history: nil)
            message = StatusMessage("Enter previews the bundle; edit the directory first if needed")
        case .exportPrepared(let preview):
            mode = .exportPreview(preview, scroll: 0)
            message = nil
        case .confirmExport(let force):
            guard case .exportPreview(let preview, _) = mode else { return [] }
            if let refusal = preview.refusal {
                message = .error("cannot export to \(preview.directory): \(refusal)")
                return []
            }
            if let reason = preview.forceReason, !force {
                message = .error("\(preview.directory): \(reason): F replaces it, Esc cancels")
                return []
            }
            mode = .normal
            message = StatusMessage("exporting \(preview.paths.count) files to \(preview.directory)…")
            return [.writeExport(project, directory: preview.directory, force: force, projectFile: filePath)]
        case .exportFinished(let directory, let files, let error):
            if let error {
                mode = .alert(title: "Export failed", lines: [directory] + error.split(separator: "\n").map(String.init))
                message = .error("export to \(directory) failed")
                return []
            }
            let errors = findings.filter { $0.severity == .error }.count
            message = errors == 0
                ? StatusMessage("exported \(files) files to \(directory)")
                : .error("exported \(files) files to \(directory); \(errors) error-level finding(s): for review only")
        case .scrollDialog(let delta):
            if case .exportPreview(let preview, let scroll) = mode {
                let limit = max(0, preview.treeLines.count - 1)
                mode = .exportPreview(preview, scroll: min(max(0, scroll + delta), limit))
            }
        case .closeDialog:
            if case .exportPreview = mode { message = StatusMessage("export cancelled") }
            mode = .normal
        default:
            break
        }
        return []
    }
}
