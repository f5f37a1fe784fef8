/// The panes of the workbench, in tab order.
///
/// Adding a pane means adding a case here, its binding table in ``Keymap``, its reducer
/// and its view; the tabs, the help overlay, `docs/keys.md` and the Findings pane's jump
/// (through ``owns(_:)``) pick it up from this list.
public enum PaneID: String, Sendable, CaseIterable, Hashable {
    case requirements
    case profiles
    case matrix
    case findings

    /// The tab title.
    public var title: String {
        switch self {
        case .requirements: "Requirements"
        case .profiles: "Profiles"
        case .matrix: "Matrix"
        case .findings: "Findings"
        }
    }

    /// The digit that focuses the pane (`1` for the first tab).
    public var digit: Character {
        switch self {
        case .requirements: "1"
        case .profiles: "2"
        case .matrix: "3"
        case .findings: "4"
        }
    }
}
