import TerminalCore

/// The dialogs of the editing machinery, drawn over the screen: the recovery offer, the
/// changed-on-disk question, the export preview and errors.
enum DialogView {
    /// Draws the dialog of `state.mode`, if it has one; returns true when it drew one.
    @discardableResult
    static func render(_ state: AppState, context: ViewContext, screen: Rect, pane: Rect,
                       into buffer: inout CellBuffer) -> Bool {
        switch state.mode {
        case .offerRecovery(let offer):
            // File names without their directory: the copy is always beside the file.
            let file = name(offer.path)
            let first = offer.fileMissing
                ? "\(file) does not exist, but a recovery copy does:"
                : "A recovery copy of \(file) is newer than the file:"
            dialog("Recover unsaved changes?", [first, name(offer.recoveryPath), "",
                                                "r  restore it (u goes back to the file)",
                                                "d  discard it", "k  keep both (the copy is renamed)"],
                   hint: "r restore   d discard   k keep both", context).render(in: screen, into: &buffer)
        case .confirmOverwrite(let path):
            dialog("File changed on disk", ["\(path) changed since it was opened or saved.",
                                            "Saving now would overwrite that change."],
                   hint: "o overwrite   c cancel   r reload", context).render(in: screen, into: &buffer)
        case .confirmRewrite(let path, let reason):
            dialog("Rewrite the file?", ["\(name(path)) cannot keep its own layout:", reason + ".",
                                         "Rewriting it in the canonical layout loses its comments,",
                                         "blank lines, quoting and key order."],
                   hint: "y rewrite   n cancel", context).render(in: screen, into: &buffer)
        case .exportPreview(let preview, let scroll):
            ExportDialogView.render(state, preview: preview, scroll: scroll, context: context, in: pane, into: &buffer)
        case .alert(let title, let lines):
            dialog(title, lines, hint: "Enter close", context).render(in: screen, into: &buffer)
        default:
            return false
        }
        return true
    }

    private static func name(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func dialog(_ title: String, _ lines: [String], hint: String, _ context: ViewContext) -> Dialog {
        Dialog(title: title, message: lines, kind: .confirm(hint: hint), borders: context.borders,
               borderStyle: context.style(.dialogBorder), style: context.style(.dialog), hintStyle: context.style(.dialogHint))
    }
}
