import FleetTUI
import TerminalCore

/// Turns mouse events into the same messages keys send (mouse is off unless `--mouse`).
///
/// A click on the tab row focuses that tab; the wheel moves the selection; a click in the
/// pane selects nothing yet (rows depend on scrolling), so it is ignored.
enum MouseRouting {
    static func message(for event: MouseEvent, in state: AppState) -> Msg? {
        guard state.mode == .normal else { return nil }
        switch event.action {
        case .wheelUp: return .moveSelection(-1)
        case .wheelDown: return .moveSelection(1)
        case .press(button: 1) where event.y == 0:
            var x = 0
            for pane in PaneID.allCases {
                let width = TextWidth.of(" \(pane.digit) \(pane.title) ") + (pane == .findings ? TextWidth.of(" (\(state.findings.count))") : 0)
                if event.x < x + width { return .focusPane(pane) }
                x += width + 1
            }
            return nil
        case .press:
            return nil
        }
    }
}
