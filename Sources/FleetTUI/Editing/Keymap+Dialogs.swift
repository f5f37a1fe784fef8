extension Keymap {
    public static let recoveryOffer = BindingTable("Recovery copy found", [
        Binding(["r"], .resolveRecovery(.restore), "restore the unsaved changes"),
        Binding(["d"], .resolveRecovery(.discard), "discard the recovery copy"),
        Binding(["k"], .resolveRecovery(.keepBoth), "keep both: open the file, rename the copy"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    public static let changedOnDisk = BindingTable("File changed on disk", [
        Binding(["o"], .resolveConflict(.overwrite), "overwrite the file with this project"),
        Binding(["c", "Esc"], .resolveConflict(.cancel), "do not save"),
        Binding(["r"], .resolveConflict(.reload), "drop these changes and read the file again"),
    ])

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

    public static let alert = BindingTable("Error", [
        Binding(["Enter", "Esc", "q"], .closeDialog, "close the message"),
    ])
}
