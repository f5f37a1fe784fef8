import Foundation
import FleetEngine
import FleetModel
import TerminalCore

/// The Matrix pane: the grid, the side-by-side page or the roadmap page, and the prompt.
///
/// The scored matrix is computed once per change (``AppState/matrixDerived``); while a
/// prompt holds a valid number the pane shows the project as it would be with it, so
/// the ranking moves as the user types.
enum MatrixView {
    /// The smallest terminal the pane draws in.
    static let minimumSize = (width: 71, height: 23)

    /// Renders the pane and returns the cursor position while a prompt is open.
    static func render(_ state: AppState, context: ViewContext, in area: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        let derived = shownDerived(state)
        let block = Block(title: glyphs(title(state, derived), context), borders: context.borders,
                          borderStyle: context.style(.paneBorderFocused), titleStyle: context.style(.paneTitleFocused))
        block.render(in: area, into: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return nil }
        if state.width < minimumSize.width || state.height < minimumSize.height {
            let times = context.unicode ? "×" : "x"
            let lines = ["The matrix needs a \(minimumSize.width)\(times)\(minimumSize.height) terminal; this one is \(state.width)\(times)\(state.height).",
                         "Enlarge the window, or press \(PaneID.requirements.digit) for Requirements."]
            for (index, line) in lines.enumerated() where index < inner.height {
                buffer.write(TerminalCore.TextWidth.truncate(line, to: inner.width), x: inner.x, y: inner.y + index, maxWidth: inner.width,
                             style: context.style(index == 0 ? .formError : .formLabel))
            }
            return nil
        }
        guard let evaluation = derived.evaluation else {
            let problem = FleetEngine.TextWidth.wrapped(derived.error ?? "the catalog did not load", to: inner.width)
            let lines = [("The platform matrix cannot be scored:", ThemeRole.formLabel)] + problem.map { ($0, ThemeRole.statusError) }
                + [("Reinstall Fleetplan; the other panes keep working.", .formLabel)]
            for (index, line) in lines.enumerated() where index < inner.height {
                buffer.write(TerminalCore.TextWidth.truncate(line.0, to: inner.width), x: inner.x, y: inner.y + index,
                             maxWidth: inner.width, style: context.style(line.1))
            }
            return nil
        }
        switch state.matrixPane.page {
        case .grid:
            MatrixGridView.render(state, evaluation: evaluation, derived: derived, context: context, in: inner, into: &buffer)
        case .sideBySide, .roadmap:
            let lines = MatrixPageText.lines(for: state, width: inner.width).map { line in
                line.map { Span(glyphs($0.text, context), style: context.style($0.role)) }
            }
            TextView(lines: lines, scroll: state.matrixPane.scroll, style: context.style(.formValue)).render(in: inner, into: &buffer)
        }
        guard let prompt = state.matrixPane.prompt else { return nil }
        // Over the grid's rows, so the ranking bars below stay in sight while typing.
        let dialogArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: min(area.height - 2, Criterion.allCases.count + 2))
        let dialog = promptDialog(prompt, state: state, evaluation: evaluation, context: context)
        dialog.render(in: dialogArea, into: &buffer)
        return dialog.cursorPosition(in: dialogArea)
    }

    /// The scored matrix shown: the project's, or the prompt's preview of it.
    static func shownDerived(_ state: AppState) -> MatrixDerived {
        if let preview = state.matrixPane.prompt?.preview(of: state.project) {
            return state.matrixDerived(for: preview, slot: "matrix.preview")
        }
        return state.matrixDerived
    }

    static func title(_ state: AppState, _ derived: MatrixDerived) -> String {
        var title = "Matrix"
        switch state.matrixPane.page {
        case .grid: break
        case .sideBySide: title += ": side by side"
        case .roadmap: title += ": roadmap"
        }
        guard let evaluation = derived.evaluation else { return title + ": no catalog" }
        if let winner = evaluation.winner {
            title += " · \(winner.displayName) first (\(evaluation[winner].score.fixedPoint(1)))"
        } else {
            title += " · every platform eliminated"
        }
        if let pinned = state.project.matrix.decision.platform, pinned != evaluation.winner {
            title += " · decision: \(pinned.displayName)"
        }
        if !state.matrixPane.picked.isEmpty {
            title += " · picked \(state.matrixPane.picked.map(\.shortName).joined(separator: ", "))"
        }
        return title
    }

    /// `text` with the pane's non-ASCII marks spelled in ASCII when the terminal is not UTF-8.
    static func glyphs(_ text: String, _ context: ViewContext) -> String {
        guard !context.unicode else { return text }
        var plain = text
        for (glyph, ascii) in [("·", "-"), ("→", "->"), ("—", "-"), ("–", "-"), ("✓", "+"), ("✗", "x"), ("▸", ">"), ("×", "x")] {
            plain = plain.replacingOccurrences(of: glyph, with: ascii)
        }
        return plain
    }

    /// The width inside the pane's border and margin.
    static func innerWidth(of state: AppState) -> Int { max(0, state.width - 4) }

    /// The rows the side-by-side and roadmap pages show at once.
    static func pageHeight(of state: AppState) -> Int { max(1, state.height - 5) }

    static func promptDialog(_ prompt: MatrixPrompt, state: AppState, evaluation: MatrixEvaluation, context: ViewContext) -> Dialog {
        var title: String
        var lines: [String]
        switch prompt.kind {
        case .weight(let criterion):
            let entry = evaluation.weights.entries.first { $0.criterion == criterion }
            title = "Weight: \(criterion.label)"
            lines = ["A whole number from 0 (ignore) to 10 (decisive).",
                     "The requirements give \(entry?.derived ?? WeightRule.baseWeight) (\(criterion.rawValue))."]
        case .score(let platform, let criterion):
            let cell = state.matrixDerived.evaluation?[platform].cell(criterion)
            title = "Override: \(platform.displayName) · \(criterion.label)"
            lines = ["A score from 1 (poor) to 5 (excellent); a note follows.",
                     "The catalog gives \(cell?.catalogScore ?? 1): \(cell?.justification ?? "")"]
        case .note(let platform, let criterion, let score):
            title = "Note: \(platform.displayName) scores \(score) on \(criterion.label)"
            lines = ["Why does the score differ from the catalog? (required)",
                     "The note is saved with the override and shown in reports."]
        }
        if let problem = prompt.problem { lines.append(problem) }
        lines.append("Enter keeps · Esc cancels")
        let width = max(0, min(state.width - 4, 72) - 6)
        return Dialog(title: glyphs(title, context), message: lines.map { TerminalCore.TextWidth.truncate(glyphs($0, context), to: width) },
                      kind: .prompt(prompt.input),
                      borders: context.borders, borderStyle: context.style(.dialogBorder), style: context.style(.dialog),
                      hintStyle: context.style(.dialogHint))
    }
}
