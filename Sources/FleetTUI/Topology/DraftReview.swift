import FleetEngine

/// The changes drafted from the requirements, each accepted or not, and the selection.
public struct DraftReview: Sendable, Equatable {
    /// The proposed changes, in `TopologyMerge.changes` order.
    public var changes: [TopologyChange]
    /// `accepted[i]` says whether `changes[i]` is merged; every change starts accepted.
    public var accepted: [Bool]
    /// The highlighted change.
    public var selected: Int

    /// A review of `changes`, all accepted.
    public init(changes: [TopologyChange]) {
        self.changes = changes
        self.accepted = Array(repeating: true, count: changes.count)
        self.selected = 0
    }

    /// The accepted changes, in proposal order.
    public var acceptedChanges: [TopologyChange] {
        changes.indices.filter { accepted[$0] }.map { changes[$0] }
    }
}
