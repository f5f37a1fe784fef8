import FleetModel

/// The undo and redo stacks: project snapshots recorded at ``AppState/apply(_:label:coalescing:)``.
///
/// `Project` is a value type, so a snapshot is a copy that shares storage with the
/// current project until one of them changes; a history of 200 entries of a 2,000-cluster
/// project costs what the edited parts cost, not 200 projects.
///
/// ```swift
/// var history = EditHistory()
/// history.record(Entry(project: before, label: "set vcpu to 16", focus: .profiles))
/// let entry = history.undo(current: Entry(project: after, label: "set vcpu to 16", focus: .profiles))
/// entry?.project   // before
/// ```
public struct EditHistory: Sendable, Equatable {
    /// One step: the project before (undo stack) or after (redo stack) an edit, the edit's
    /// label for the status line, and the pane it was made in.
    public struct Entry: Sendable, Equatable {
        public var project: Project
        public var label: String
        public var focus: PaneID
        /// Edits with the same non-nil key in a row become one entry (e.g. `+` pressed ten times on a weight).
        public var coalescingKey: String?

        public init(project: Project, label: String, focus: PaneID, coalescingKey: String? = nil) {
            self.project = project
            self.label = label
            self.focus = focus
            self.coalescingKey = coalescingKey
        }
    }

    /// The most entries kept on the undo stack; older ones are dropped first.
    public let capacity: Int
    /// Oldest first; the last entry is undone next.
    public private(set) var undoStack: [Entry] = []
    /// Oldest first; the last entry is redone next.
    public private(set) var redoStack: [Entry] = []

    /// An empty history keeping at most `capacity` (at least 1) undo steps.
    public init(capacity: Int = 200) {
        self.capacity = max(1, capacity)
    }

    /// True when there is something to undo.
    public var canUndo: Bool { !undoStack.isEmpty }
    /// True when there is something to redo.
    public var canRedo: Bool { !redoStack.isEmpty }

    /// Records the state before an edit and forgets the redo stack.
    ///
    /// When `entry.coalescingKey` is set and equals the key of the last recorded entry,
    /// nothing is pushed: undo then goes back to before the first of the run.
    ///
    /// - Complexity: O(1) amortized; O(*capacity*) when the oldest entry is dropped.
    public mutating func record(_ entry: Entry) {
        redoStack.removeAll()
        if let key = entry.coalescingKey, let last = undoStack.last, last.coalescingKey == key {
            undoStack[undoStack.count - 1].label = entry.label
            return
        }
        undoStack.append(entry)
        if undoStack.count > capacity { undoStack.removeFirst(undoStack.count - capacity) }
    }

    /// Ends a run of coalesced edits, so the next edit with the same key is a step of its own.
    public mutating func breakCoalescing() {
        guard !undoStack.isEmpty else { return }
        undoStack[undoStack.count - 1].coalescingKey = nil
    }

    /// Pops the entry to go back to and pushes `current` for redo; `nil` when there is nothing to undo.
    public mutating func undo(current: Entry) -> Entry? {
        guard let entry = undoStack.popLast() else { return nil }
        redoStack.append(Entry(project: current.project, label: entry.label, focus: entry.focus))
        return entry
    }

    /// Pops the entry to go forward to and pushes `current` for undo; `nil` when there is nothing to redo.
    public mutating func redo(current: Entry) -> Entry? {
        guard let entry = redoStack.popLast() else { return nil }
        undoStack.append(Entry(project: current.project, label: entry.label, focus: entry.focus))
        return entry
    }

    /// Forgets everything (after opening another file).
    public mutating func clear() {
        undoStack.removeAll()
        redoStack.removeAll()
    }
}
