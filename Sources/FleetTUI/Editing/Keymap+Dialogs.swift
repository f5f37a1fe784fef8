extension Keymap {
    /// Keys of the start-up offer of a recovery copy.
    public static let recoveryOffer = BindingTable("Recovery copy found", [
        Binding(["r"], .resolveRecovery(.restore), "restore the unsaved changes"),
        Binding(["d"], .resolveRecovery(.discard), "discard the recovery copy"),
        Binding(["k"], .resolveRecovery(.keepBoth), "keep both: open the file, rename the copy"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    /// Keys of the question asked when the file changed on disk before a save.
    public static let changedOnDisk = BindingTable("File changed on disk", [
        Binding(["o"], .resolveConflict(.overwrite), "overwrite the file with this project"),
        Binding(["c", "Esc"], .resolveConflict(.cancel), "do not save"),
        Binding(["r"], .resolveConflict(.reload), "drop these changes and read the file again"),
    ])

    /// Keys of the question asked when a save cannot keep the file's layout.
    public static let confirmRewrite = BindingTable("Rewrite the file", [
        Binding(["y"], .resolveRewrite(true), "rewrite it in the canonical layout (comments and order are lost)"),
        Binding(["n", "Esc"], .resolveRewrite(false), "do not save"),
    ])

    /// Keys of the export dialog (the bundle's preview).
    public static let exportDialog = BindingTable("Export", [
        Binding(["Enter", "w"], .confirmExport(force: false), "write the bundle"),
        Binding(["F"], .confirmExport(force: true), "write, replacing a directory that is not a bundle"),
        Binding(["j", "Down"], .scrollDialog(1), "scroll the file list down"),
        Binding(["k", "Up"], .scrollDialog(-1), "scroll the file list up"),
        Binding(["PgDn"], .scrollDialog(10), "page down"),
        Binding(["PgUp"], .scrollDialog(-10), "page up"),
        Binding(["Esc", "q"], .closeDialog, "cancel the export"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    /// Keys of an error dialog.
    public static let alert = BindingTable("Error", [
        Binding(["Enter", "Esc", "q"], .closeDialog, "close the message"),
    ])
}
