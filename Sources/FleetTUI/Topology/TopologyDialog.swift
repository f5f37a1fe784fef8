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
