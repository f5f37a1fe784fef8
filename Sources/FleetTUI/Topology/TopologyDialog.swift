import FleetEngine
import FleetModel

/// The dialog open over the Topology pane, if any; while one is open it takes every key.
public enum TopologyDialog: Sendable, Equatable {
    /// Adding or editing a cluster, or editing the mesh settings.
    case form(TopologyForm)
    /// Asking whether to delete the named cluster.
    case confirmDelete(cluster: String)
    /// Reviewing the changes drafted from the requirements.
    case draft(DraftReview)
}

/// The changes drafted from the requirements, each accepted or not, and the selection.
public struct DraftReview: Sendable, Equatable {
    public var changes: [TopologyChange]
    /// `accepted[i]` says whether `changes[i]` is merged; every change starts accepted.
    public var accepted: [Bool]
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
