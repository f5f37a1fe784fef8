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
            let first = offer.fileMissing
                ? "\(offer.path) does not exist, but a recovery copy does:"
                : "A recovery copy of \(offer.path) is newer than the file:"
            dialog("Recover unsaved changes?", [first, offer.recoveryPath, "",
                                                "r  restore it (u goes back to the file)",
                                                "d  discard it", "k  keep both (the copy is renamed)"],
                   hint: "r restore   d discard   k keep both", context).render(in: screen, into: &buffer)
        case .confirmOverwrite(let path):
            dialog("File changed on disk", ["\(path) changed since it was opened or saved.",
                                            "Saving now would overwrite that change."],
                   hint: "o overwrite   c cancel   r reload", context).render(in: screen, into: &buffer)
        case .exportPreview(let preview, let scroll):
            ExportDialogView.render(state, preview: preview, scroll: scroll, context: context, in: pane, into: &buffer)
        case .alert(let title, let lines):
            dialog(title, lines, hint: "Enter close", context).render(in: screen, into: &buffer)
        default:
            return false
        }
        return true
    }

    private static func dialog(_ title: String, _ lines: [String], hint: String, _ context: ViewContext) -> Dialog {
        Dialog(title: title, message: lines, kind: .confirm(hint: hint), borders: context.borders,
               borderStyle: context.style(.dialogBorder), style: context.style(.dialog), hintStyle: context.style(.dialogHint))
    }
}
