import TerminalCore

extension Keymap {
    /// The Profiles pane's keys (no dialog open).
    public static let profiles = BindingTable("Profiles", [
        Binding(["j", "Down"], .profiles(.moveCursor(1)), "next profile, field or derived value", hint: "move"),
        Binding(["k", "Up"], .profiles(.moveCursor(-1)), "previous profile, field or derived value"),
        Binding(["PgDn", "C-d"], .profiles(.moveCursor(10)), "ten rows down"),
        Binding(["PgUp", "C-u"], .profiles(.moveCursor(-10)), "ten rows up"),
        Binding(["g", "Home"], .profiles(.moveToFirst), "first row"),
        Binding(["G", "End"], .profiles(.moveToLast), "last row"),
        Binding(["]"], .profiles(.focusNextRegion), "next region: list, form, derived values", hint: "region"),
        Binding(["["], .profiles(.focusPreviousRegion), "previous region"),
        Binding(["Enter", "e"], .profiles(.activate), "list: open the form; form: edit, flip or step; derived: why",
                hint: "edit"),
        Binding(["Space"], .profiles(.adjust(1)), "flip toggle, next choice, number + 1",
                disabled: { $0.profiles.region == .form ? nil : "only in the form: press ]" }),
        Binding(["l", "Right", "+"], .profiles(.adjust(1)), "next choice, number + 1",
                disabled: { $0.profiles.region == .form ? nil : "only in the form: press ]" }),
        Binding(["h", "Left", "-"], .profiles(.adjust(-1)), "previous choice, number - 1",
                disabled: { $0.profiles.region == .form ? nil : "only in the form: press ]" }),
        Binding(["w"], .profiles(.explainWhy), "why: the reason and source of the selected derived value", hint: "why",
                disabled: { $0.profiles.region == .derived ? nil : "select a derived value first: press ]" }),
        Binding(["a"], .profiles(.add), "add a profile", hint: "add"),
        Binding(["d"], .profiles(.duplicate), "duplicate the selected profile", disabled: noProfile),
        Binding(["r"], .profiles(.rename), "rename the selected profile (and its clusters' references)", disabled: noProfile),
        Binding(["x", "Del"], .profiles(.delete), "delete the selected profile (asks first)", disabled: noProfile),
    ])

    /// Keys while a Profiles form field or name is typed.
    public static let profilesInput = BindingTable("Profiles: typing a value or name", [
        Binding(["Enter"], .profiles(.submitInput), "keep the value"),
        Binding(["Tab"], .profiles(.submitAndAdvance), "keep the value and edit the next field"),
        Binding(["Esc"], .profiles(.cancelInput), "discard this edit"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    /// Keys while the delete question is open.
    public static let profilesDelete = BindingTable("Profiles: delete?", [
        Binding(["y"], .profiles(.confirmDelete(true)), "delete the profile"),
        Binding(["n", "Esc"], .profiles(.confirmDelete(false)), "keep it"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    /// Keys while the "why" dialog is open.
    public static let profilesWhy = BindingTable("Profiles: why", [
        Binding(["Esc", "Enter", "w", "q"], .profiles(.closeDialog), "close"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    /// Keys while the instance-type picker is open; other keys type into its name filter.
    public static let profilesPicker = BindingTable("Profiles: instance type", [
        Binding(["Down", "C-n"], .profiles(.pickerMove(1)), "next type"),
        Binding(["Up", "C-p"], .profiles(.pickerMove(-1)), "previous type"),
        Binding(["PgDn"], .profiles(.pickerMove(10)), "ten types down"),
        Binding(["PgUp"], .profiles(.pickerMove(-10)), "ten types up"),
        Binding(["Tab"], .profiles(.pickerFocusFilter(1)), "next filter: name, provider, vCPU, memory, GPU"),
        Binding(["S-Tab"], .profiles(.pickerFocusFilter(-1)), "previous filter"),
        Binding(["Right"], .profiles(.pickerStep(1)), "raise the focused filter (name: cursor right)"),
        Binding(["Left"], .profiles(.pickerStep(-1)), "lower the focused filter (name: cursor left)"),
        Binding(["Enter"], .profiles(.pickerPick), "use the selected type (none: keep the typed shape)"),
        Binding(["Esc"], .profiles(.cancelInput), "close without changing the profile"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    /// The Profiles pane's dialog tables, for help and `docs/keys.md`.
    static let profilesOverlayTables: [BindingTable] = [profilesInput, profilesDelete, profilesWhy, profilesPicker]

    /// The message for a key while a Profiles input or dialog is open.
    ///
    /// - Returns: `nil` when no Profiles input or dialog is open (the key goes to the
    ///   tables as usual); `.some(nil)` when the dialog swallows the key.
    static func profilesOverlayMessage(for key: KeyEvent, in state: AppState) -> Msg?? {
        guard state.focus == .profiles, let overlay = state.profiles.overlay else { return nil }
        switch overlay {
        case .editing, .naming:
            return .some(profilesInput.binding(for: key)?.message ?? .profiles(.typeKey(key)))
        case .confirmDelete:
            return .some(profilesDelete.binding(for: key)?.message)
        case .why:
            return .some(profilesWhy.binding(for: key)?.message)
        case .pickingInstance:
            return .some(profilesPicker.binding(for: key)?.message ?? .profiles(.typeKey(key)))
        }
    }

    private static let noProfile: @Sendable (AppState) -> String? = { $0.project.profiles.isEmpty ? "no profile: press a to add one" : nil }
}
