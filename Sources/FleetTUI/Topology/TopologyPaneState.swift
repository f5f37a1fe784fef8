/// Everything the Topology pane remembers besides the project: the tree selection, how
/// far the diagram is scrolled, the open dialog, and the memo of derived data.
public struct TopologyPaneState: Sendable, Equatable {
    /// The selected row of the tree (see ``TopologyOutline``).
    public var selectedRow: Int
    /// The first diagram column and line shown.
    public var scrollColumn: Int
    public var scrollLine: Int
    /// The dialog open over the pane, if any.
    public var dialog: TopologyDialog?
    /// The outline and diagram, computed once per project (and diagram width).
    let memo: TopologyMemo

    /// The pane as first shown: the first row selected, the diagram at its start.
    public init() {
        selectedRow = 0
        scrollColumn = 0
        scrollLine = 0
        dialog = nil
        memo = TopologyMemo()
    }

    /// Equal when what the user sees is equal; the memo is a cache and never compared.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.selectedRow == rhs.selectedRow && lhs.scrollColumn == rhs.scrollColumn
            && lhs.scrollLine == rhs.scrollLine && lhs.dialog == rhs.dialog
    }
}
