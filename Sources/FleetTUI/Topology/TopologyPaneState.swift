/// Everything the Topology pane remembers besides the project: the tree selection, how
/// far the diagram is scrolled, and the open dialog. Its derived data (the outline and
/// the diagram) lives in `AppState.derived`.
public struct TopologyPaneState: Sendable, Equatable {
    /// The selected row of the tree (see ``TopologyOutline``).
    public var selectedRow: Int
    /// The first diagram column shown.
    public var scrollColumn: Int
    /// The first diagram line shown.
    public var scrollLine: Int
    /// The dialog open over the pane, if any.
    public var dialog: TopologyDialog?

    /// The pane as first shown: the first row selected, the diagram at its start.
    public init() {
        selectedRow = 0
        scrollColumn = 0
        scrollLine = 0
        dialog = nil
    }
}
