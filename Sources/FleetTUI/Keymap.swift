import TerminalCore

/// The binding tables and the routing of a key to a message.
///
/// In normal mode a key goes to the focused pane's table, then the global table. In an
/// input mode (field editing, command line, filter) the mode's table is tried first and
/// any other key is typed into the input. C-c asks to quit in every mode.
public enum Keymap {
    public static let global = BindingTable("Global", [
        Binding(["?", "F1"], .showHelp, "show every key binding", hint: "help"),
        Binding([":"], .openCommandLine, "command line (:w :q :e :theme :help)", hint: "command"),
        Binding(["Tab"], .focusNextPane, "next pane"),
        Binding(["S-Tab"], .focusPreviousPane, "previous pane"),
        Binding(["1"], .focusPane(.requirements), "Requirements pane"),
        Binding(["2"], .focusPane(.profiles), "Profiles pane"),
        Binding([String(PaneID.matrix.digit)], .focusPane(.matrix), "Matrix pane"),
        Binding([String(PaneID.topology.digit)], .focusPane(.topology), "Topology pane"),
        Binding([String(PaneID.findings.digit)], .focusPane(.findings), "Findings pane"),
        Binding(["u", "C-z"], .undo, "undo the last change (any pane)",
                disabled: { $0.history.canUndo ? nil : "nothing to undo" }),
        Binding(["C-r", "C-y"], .redo, "redo the last undone change",
                disabled: { $0.history.canRedo ? nil : "nothing to redo" }),
        Binding(["X"], .openExport, "export the design bundle (:export DIR)"),
        Binding(["C-s"], .save, "save the project", hint: "save",
                disabled: { $0.filePath == nil ? "untitled: use :w FILE" : nil }),
        Binding(["q", "C-c"], .requestQuit, "quit (asks when there are unsaved changes)", hint: "quit"),
    ])

    public static let requirements = BindingTable("Requirements", [
        Binding(["j", "Down"], .moveSelection(1), "next field", hint: "move"),
        Binding(["k", "Up"], .moveSelection(-1), "previous field"),
        Binding(["g", "Home"], .moveToFirst, "first field"),
        Binding(["G", "End"], .moveToLast, "last field"),
        Binding(["Enter", "e"], .activateField, "edit text or number, flip toggle, next choice", hint: "edit"),
        Binding(["Space"], .adjustField(1), "flip toggle, next choice, number + 1"),
        Binding(["l", "Right", "+"], .adjustField(1), "next choice, number + 1"),
        Binding(["h", "Left", "-"], .adjustField(-1), "previous choice, number - 1"),
    ])

    public static let findings = BindingTable("Findings", [
        Binding(["j", "Down"], .moveSelection(1), "next finding", hint: "move"),
        Binding(["k", "Up"], .moveSelection(-1), "previous finding"),
        Binding(["PgDn", "C-d"], .moveSelection(10), "ten findings down"),
        Binding(["PgUp", "C-u"], .moveSelection(-10), "ten findings up"),
        Binding(["g", "Home"], .moveToFirst, "first finding"),
        Binding(["G", "End"], .moveToLast, "last finding"),
        Binding(["Enter"], .jumpToFinding, "go to the finding's field", hint: "go to field",
                disabled: { $0.visibleFindings.isEmpty ? "no findings" : nil }),
        Binding(["/"], .openFilter, "filter findings", hint: "filter"),
        Binding(["Esc"], .clearFilter, "clear the filter", disabled: { $0.findingsFilter.isEmpty ? "no filter" : nil }),
    ])

    public static let editing = BindingTable("Editing a field", [
        Binding(["Enter"], .submitInput, "keep the value"),
        Binding(["Tab"], .submitAndAdvance, "keep the value and edit the next field"),
        Binding(["Esc"], .cancelInput, "discard this edit"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    public static let commandLine = BindingTable("Command line", [
        Binding(["Enter"], .submitInput, "run the command"),
        Binding(["Esc"], .cancelInput, "close the command line"),
        Binding(["Tab"], .completeCommand, "complete a command or theme name"),
        Binding(["Up"], .recallOlderCommand, "older command"),
        Binding(["Down"], .recallNewerCommand, "newer command"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    public static let filter = BindingTable("Filter", [
        Binding(["Enter"], .submitInput, "keep the filter"),
        Binding(["Esc"], .cancelInput, "clear the filter"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    /// `scrollHelp` amounts that mean a page and the whole list; the reducer turns them into
    /// the overlay's visible rows and its length.
    public static let helpPage = 1_000_000
    public static let helpEnd = 2_000_000

    /// The `:` commands, for the help overlay and `docs/keys.md`.
    public static let commands: [(command: String, help: String)] = [
        (":w", "save to the project file"), (":w FILE", "save to FILE (it becomes the project file)"),
        (":wq", "save, then quit"), (":e FILE", "open FILE (refused with unsaved changes)"),
        (":edit", "this file in $VISUAL or $EDITOR (at the selected finding), read again after"),
        (":e! FILE", "open FILE, discarding unsaved changes"), (":q", "quit (asks when there are unsaved changes)"),
        (":q!", "quit without saving"), (":theme NAME", "switch theme (Tab completes names)"),
        (":export [DIR]", "preview the design bundle, then write it"), (":help", "show the help overlay"),
    ]

    public static let help = BindingTable("Help", [
        Binding(["Esc", "q", "?"], .closeHelp, "close help"),
        Binding(["j", "Down"], .scrollHelp(1), "scroll down"),
        Binding(["k", "Up"], .scrollHelp(-1), "scroll up"),
        Binding(["PgDn", "Space"], .scrollHelp(Keymap.helpPage), "page down"),
        Binding(["PgUp"], .scrollHelp(-Keymap.helpPage), "page up"),
        Binding(["g", "Home"], .scrollHelp(-Keymap.helpEnd), "top"),
        Binding(["G", "End"], .scrollHelp(Keymap.helpEnd), "bottom"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    public static let confirmQuit = BindingTable("Quit without saving?", [
        Binding(["s"], .runCommand("wq"), "save, then quit"),
        Binding(["y"], .confirmQuit(true), "quit and lose the changes"),
        Binding(["n", "Esc"], .confirmQuit(false), "stay"),
    ])

    /// Text-editing keys inside every input (documented, handled by `TextInput`).
    public static let textEditing: [(keys: String, help: String)] = [
        ("Left/Right, C-b/C-f", "move the cursor"),
        ("Home/End, C-a/C-e", "start / end of the line"),
        ("BS, Del, C-h, C-d", "delete before / at the cursor"),
        ("C-w, C-u, C-k", "delete word before, to start, to end"),
    ]

    /// The table of a pane.
    public static func table(for pane: PaneID) -> BindingTable {
        switch pane {
        case .requirements: requirements
        case .profiles: profiles
        case .matrix: matrix
        case .topology: topology
        case .findings: findings
        }
    }

    /// Every table, in the order help lists them.
    public static let allTables: [BindingTable] = {
        [global] + PaneID.allCases.map(table(for:)) + profilesOverlayTables + topologyDialogTables
            + [editing, commandLine, filter, matrixPrompt, help, confirmQuit, recoveryOffer, changedOnDisk, confirmRewrite, exportDialog, alert]
    }()

    /// The message a key sends in the current state, or `nil` when the key does nothing.
    public static func message(for key: KeyEvent, in state: AppState) -> Msg? {
        switch state.mode {
        case .normal:
            if let routed = profilesOverlayMessage(for: key, in: state) { return routed }
            if state.focus == .matrix, state.matrixPane.prompt != nil { return matrixPromptMessage(for: key) }
            if let dialogMessage = topologyDialogMessage(for: key, in: state) { return dialogMessage }
            for table in [table(for: state.focus), global] {
                if let binding = table.binding(for: key) {
                    if let reason = binding.disabledReason(state) {
                        return .explainDisabled(binding.keyText, reason)
                    }
                    return binding.message
                }
            }
            return nil
        case .editing:
            return editing.binding(for: key)?.message ?? .typeKey(key)
        case .command:
            return commandLine.binding(for: key)?.message ?? .typeKey(key)
        case .filter:
            return filter.binding(for: key)?.message ?? .typeKey(key)
        case .help:
            return help.binding(for: key)?.message
        case .confirmQuit:
            return confirmQuit.binding(for: key)?.message
        case .offerRecovery:
            return recoveryOffer.binding(for: key)?.message
        case .confirmOverwrite:
            return changedOnDisk.binding(for: key)?.message
        case .confirmRewrite:
            return confirmRewrite.binding(for: key)?.message
        case .exportPreview:
            return exportDialog.binding(for: key)?.message
        case .alert:
            return alert.binding(for: key)?.message
        }
    }
}
