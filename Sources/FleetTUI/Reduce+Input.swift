import Foundation
import TerminalCore

extension AppState {
    /// Messages for the active input: a field being edited, the command line or the filter.
    mutating func reduceInput(_ msg: Msg) -> [Effect] {
        switch (msg, mode) {
        case (.openCommandLine, _):
            mode = .command(TextInput(), history: nil)
            message = nil
        case (.openFilter, _):
            // A new / starts a new filter; the old one is offered prefilled, so typing replaces
            // it and an arrow key or Backspace edits it instead.
            focus = .findings
            mode = .filter(TextInput(findingsFilter, prefilled: true))
        case (.typeKey(let key), .editing(var input)):
            input.apply(key)
            mode = .editing(input)
        case (.typeKey(let key), .command(var input, _)):
            if key.key == .backspace, input.text.isEmpty {
                mode = .normal   // Backspace on an empty command line closes it, as in vim
            } else {
                input.apply(key)
                mode = .command(input, history: nil)
            }
        case (.typeKey(let key), .filter(var input)):
            input.apply(key)
            mode = .filter(input)
            findingsFilter = input.text
            clampFindingSelection()
        case (.submitInput, .editing(let input)):
            _ = commitEdit(input)
        case (.submitAndAdvance, .editing(let input)):
            if commitEdit(input) {
                let fields = RequirementField.allCases
                let next = ((fields.firstIndex(of: selectedField) ?? 0) + 1) % fields.count
                selectedField = fields[next]
                if case .toggle = selectedField.kind {} else if case .choice = selectedField.kind {} else {
                    mode = .editing(TextInput(selectedField.text(in: project), prefilled: true))
                }
            }
        case (.submitInput, .command(let input, _)):
            mode = .normal
            let line = input.text.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { return [] }
            if commandHistory.last != line { commandHistory.append(line) }
            return reduceFiles(.runCommand(line))
        case (.submitInput, .filter):
            mode = .normal
            message = StatusMessage("\(visibleFindings.count) of \(findings.count) findings match /\(findingsFilter)")
        case (.cancelInput, .editing):
            mode = .normal
            message = StatusMessage("edit of \(selectedField.label) discarded")
        case (.cancelInput, .command):
            mode = .normal
        case (.cancelInput, .filter):
            mode = .normal
            findingsFilter = ""
            selectedFinding = 0
        case (.completeCommand, .command(let input, _)):
            let (line, candidates) = Command.complete(input.text, themes: themeNames)
            mode = .command(TextInput(line), history: nil)
            message = candidates.isEmpty ? nil : StatusMessage(candidates.joined(separator: "  "))
        case (.recallOlderCommand, .command(_, let position)):
            guard !commandHistory.isEmpty else { break }
            let index = max(0, (position ?? commandHistory.count) - 1)
            mode = .command(TextInput(commandHistory[index]), history: index)
        case (.recallNewerCommand, .command(_, let position)):
            guard let position else { break }
            if position + 1 < commandHistory.count {
                mode = .command(TextInput(commandHistory[position + 1]), history: position + 1)
            } else {
                mode = .command(TextInput(), history: nil)
            }
        default:
            break
        }
        return []
    }
}
