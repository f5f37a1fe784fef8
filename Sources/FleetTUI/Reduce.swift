import TerminalCore
/// Applies one message to the state and returns the effects the runtime must run.
///
/// The root reducer only routes: pane messages go to the focused pane's reducer, input
/// messages to the active input, file messages to the file reducer. Same state and
/// message, same result: no I/O, no clock.
public func reduce(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case .moveSelection, .moveToFirst, .moveToLast, .activateField, .adjustField, .jumpToFinding, .clearFilter:
        switch state.focus {
        case .requirements: return state.reduceRequirements(msg)
        case .profiles: return state.reduceProfiles(shared: msg)
        case .matrix: return state.reduceMatrix(forwarded: msg)
        case .topology: return state.reduceTopologyNavigation(msg)
        case .findings: return state.reduceFindings(msg)
        }
    case .profiles(let profilesMsg):
        return state.reduceProfiles(profilesMsg)
    case .focusNextPane, .focusPreviousPane, .focusPane:
        state.reduceFocus(msg)
        return []
    case .showHelp:
        state.mode = .help(scroll: 0)
        return []
    case .closeHelp:
        state.mode = .normal
        return []
    case .scrollHelp(let delta):
        if case .help(let scroll) = state.mode {
            // Pages are the rows the overlay shows; the end is its last full page.
            let overlay = HelpOverlay(sections: HelpView.sections(state))
            let area = Rect(x: 0, y: 0, width: state.width, height: max(0, state.height - 3))   // the pane rows
            let rows = overlay.visibleRows(in: area)
            let bottom = max(0, overlay.lines.count - rows)
            let step = abs(delta) == Keymap.helpEnd ? bottom : abs(delta) == Keymap.helpPage ? rows : abs(delta)
            state.mode = .help(scroll: min(bottom, max(0, min(scroll, bottom) + (delta < 0 ? -step : step))))
        }
        return []
    case .openCommandLine, .openFilter, .typeKey, .submitInput, .cancelInput, .submitAndAdvance,
         .completeCommand, .recallOlderCommand, .recallNewerCommand:
        return state.reduceInput(msg)
    case .explainDisabled(let keys, let reason):
        state.message = .error("\(keys): \(reason)")
        return []
    case .save, .runCommand, .requestQuit, .confirmQuit, .saveFinished, .loadFinished:
        return state.reduceFiles(msg)
    case .topology(let topologyMsg):
        return state.reduceTopology(topologyMsg)
    case .undo:
        state.history.breakCoalescing()
        state.undo()
        return []
    case .redo:
        state.redo()
        return []
    case .derivedDataUpdated:
        state.clampSelections()
        state.completeMatrixReport()
        return []
    case .tick(let seconds):
        return state.reduceTick(seconds)
    case .recoveryWritten, .recoveryKept, .resolveRecovery:
        return state.reduceRecovery(msg)
    case .saveConflicted, .resolveConflict, .saveNeedsRewrite, .resolveRewrite:
        return state.reduceFiles(msg)
    case .openExport, .exportPrepared, .confirmExport, .exportFinished, .scrollDialog, .closeDialog:
        return state.reduceExport(msg)
    case .matrix(let matrixMsg):
        return state.reduceMatrix(matrixMsg)
    case .resized(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        return []
    }
}

extension AppState {
    mutating func reduceFocus(_ msg: Msg) {
        let panes = PaneID.allCases
        let index = panes.firstIndex(of: focus) ?? 0
        switch msg {
        case .focusNextPane: focus = panes[(index + 1) % panes.count]
        case .focusPreviousPane: focus = panes[(index + panes.count - 1) % panes.count]
        case .focusPane(let pane): focus = pane
        default: break
        }
        // The Findings pane shows the lint anyway: keep its selection inside the list.
        if focus == .findings { selectedFinding = min(selectedFinding, max(0, visibleFindings.count - 1)) }
        message = nil
    }
}
