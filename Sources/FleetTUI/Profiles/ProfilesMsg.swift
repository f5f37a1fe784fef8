import TerminalCore

/// What the Profiles pane's keys ask for; carried by ``Msg/profiles(_:)``.
public enum ProfilesMsg: Sendable, Equatable {
    /// Move the cursor of the focused region (profile, field or derived value) by a delta.
    case moveCursor(Int)
    /// Move to the first item of the focused region.
    case moveToFirst
    /// Move to the last item of the focused region.
    case moveToLast
    /// Give the keyboard to the next region (list → form → derived).
    case focusNextRegion
    /// Give the keyboard to the previous region.
    case focusPreviousRegion
    /// Enter: open the form (list), edit or step the field (form), explain the value (derived).
    case activate
    /// Step a number, choice or toggle of the form.
    case adjust(Int)
    /// Ask for a name, then add a profile with the default settings.
    case add
    /// Ask for a name, then copy the selected profile.
    case duplicate
    /// Ask for a new name for the selected profile.
    case rename
    /// Ask before deleting the selected profile.
    case delete
    /// Show why the selected derived value is what it is.
    case explainWhy
    /// A key typed into the open input.
    case typeKey(KeyEvent)
    /// Enter in the open input: keep the value.
    case submitInput
    /// Tab while editing a field: keep the value and edit the next field.
    case submitAndAdvance
    /// Esc in the open input: drop it.
    case cancelInput
    /// The answer to the delete question.
    case confirmDelete(Bool)
    /// Close the "why" dialog.
    case closeDialog
    /// Instance-type picker: move the selection by a delta.
    case pickerMove(Int)
    /// Instance-type picker: focus the next (+1) or previous (-1) filter.
    case pickerFocusFilter(Int)
    /// Instance-type picker: step the focused filter (on the name filter, move the text cursor).
    case pickerStep(Int)
    /// Instance-type picker: give the profile the selected type (or none).
    case pickerPick
}
