import FleetEngine
import FleetModel

extension AppState {
    /// The one way to change the project: records an undo step labelled `label`.
    ///
    /// Every pane calls this with the edited copy of ``project``; it records the project
    /// before the edit (shown as "undid: LABEL" / "redid: LABEL"), bumps
    /// ``projectVersion``, and keeps every pane's selection in range. Nothing happens when
    /// `edit` equals the current project.
    ///
    /// - Parameters:
    ///   - edit: the whole project after the change.
    ///   - label: what the edit did, for the status line: `"set vcpu to 16"`.
    ///   - coalescing: edits in a row with the same key become one undo step (a weight
    ///     stepped with `+` ten times); `nil` makes every call a step of its own.
    ///
    /// ```swift
    /// var edited = state.project
    /// edited.profiles[i].nodeShape.vcpu = 16
    /// state.apply(edited, label: "set vcpu to 16")
    /// ```
    ///
    /// Clusters' address ranges stay where they were unless their own size changed: the
    /// ranges an edit would move as a side effect are pinned (``RangePinning``), and
    /// the names of their clusters are returned for the caller's message.
    @discardableResult
    public mutating func apply(_ edit: Project, label: String, coalescing: String? = nil) -> [String] {
        guard edit != project else { return [] }
        let (kept, pinned) = RangePinning.keepingRanges(of: project, in: edit)
        history.record(EditHistory.Entry(project: project, label: label, focus: focus, requirementsField: selectedField,
                                         coalescingKey: coalescing))
        replaceProject(kept)
        return pinned
    }

    /// The note that says which clusters' ranges an edit pinned, or "" when none.
    static func pinnedNote(_ pinned: [String]) -> String {
        guard !pinned.isEmpty else { return "" }
        let names = pinned.prefix(3).joined(separator: ", ") + (pinned.count > 3 ? " and \(pinned.count - 3) more" : "")
        return "; pinned the ranges of \(names) so they do not move"
    }

    /// Replaces the project as an undoable edit labelled "edit".
    ///
    /// Kept for callers written before ``apply(_:label:coalescing:)``; prefer that, with a label.
    public mutating func updateProject(_ newProject: Project) {
        apply(newProject, label: "edit")
    }

    /// Goes back one edit: restores the project, focuses the pane the edit was made in,
    /// and says "undid: LABEL".
    public mutating func undo() {
        guard let entry = history.undo(current: EditHistory.Entry(project: project, label: "", focus: focus)) else {
            message = StatusMessage("nothing to undo")
            return
        }
        replaceProject(entry.project)
        restoreSelection(entry)
        message = StatusMessage("undid: \(entry.label)")
    }

    /// Goes forward one undone edit, saying "redid: LABEL".
    public mutating func redo() {
        guard let entry = history.redo(current: EditHistory.Entry(project: project, label: "", focus: focus)) else {
            message = StatusMessage("nothing to redo")
            return
        }
        replaceProject(entry.project)
        restoreSelection(entry)
        message = StatusMessage("redid: \(entry.label)")
    }

    /// Replaces the project without recording an undo step (loading a file, restoring a
    /// recovery copy) and forgets the history.
    public mutating func resetProject(_ newProject: Project) {
        history.clear()
        replaceProject(newProject)
    }

    /// Goes back to where an edit was made: its pane, and in Requirements its field.
    private mutating func restoreSelection(_ entry: EditHistory.Entry) {
        focus = entry.focus
        if entry.focus == .requirements { selectedField = entry.requirementsField }
    }

    private mutating func replaceProject(_ newProject: Project) {
        project = newProject
        projectVersion &+= 1
        autosave.noteChange()
        clampSelections()
    }

    /// Keeps every pane's selection inside its (possibly shorter) list after the project changed.
    ///
    /// Each pane adds one line here for its own selection.
    mutating func clampSelections() {
        clampFindingSelection()
        profiles.clamp(profileCount: project.profiles.count)
        clampTopologySelection()
    }
}
