import Foundation
import TerminalCore

/// The root view: renders the whole workbench for a state into a fresh buffer.
///
/// Layout, top to bottom: the tabs, the focused pane, the status bar (key hints from the
/// pane's binding table, file name, modified mark) and the message/command line. Help
/// and the quit question are drawn over it. Below 60×16 only a centred notice is shown.
public enum Screen {
    /// The frame for `state` at the state's terminal size.
    public static func render(_ state: AppState, context: ViewContext) -> Frame {
        var none: CellBuffer?
        return render(state, context: context, recycling: &none)
    }

    /// The frame for `state`, drawn into `recycled` (taken, then cleared) when it has the
    /// right size, so a frame allocates no new cell storage.
    public static func render(_ state: AppState, context: ViewContext, recycling recycled: inout CellBuffer?) -> Frame {
        let background = Cell(" ", style: context.style(.screen))
        var buffer = recycled.take() ?? CellBuffer(width: 0, height: 0)
        if buffer.width == state.width, buffer.height == state.height {
            buffer.clear(with: background)
        } else {
            buffer = CellBuffer(width: state.width, height: state.height, fill: background)
        }
        if state.isTooSmall {
            renderTooSmall(state, context: context, into: &buffer)
            return Frame(buffer: buffer)
        }
        let rows = Layout.split(buffer.area, .vertical, [.length(1), .fill(1), .length(1), .length(1)])
        let findingCount = state.findings.count
        let titles = PaneID.allCases.map { pane in
            pane == .findings ? "\(pane.digit) \(pane.title) (\(findingCount))" : "\(pane.digit) \(pane.title)"
        }
        Tabs(titles: titles, selected: PaneID.allCases.firstIndex(of: state.focus) ?? 0, style: context.style(.tab),
             activeStyle: context.style(.tabActive), separator: context.borders.separator)
            .render(in: rows[0], into: &buffer)
        var cursor: (x: Int, y: Int)?
        switch state.focus {
        case .requirements: cursor = RequirementsView.render(state, context: context, in: rows[1], into: &buffer)
        case .profiles: cursor = ProfilesView.render(state, context: context, in: rows[1], into: &buffer)
        case .matrix: cursor = MatrixView.render(state, context: context, in: rows[1], into: &buffer)
        case .topology: cursor = TopologyView.render(state, context: context, in: rows[1], into: &buffer)
        case .findings: FindingsView.render(state, context: context, in: rows[1], into: &buffer)
        }
        // The file name and its `*` always show; hints fill what is left, whole ones only.
        let file = fileStatus(state, context: context)
        StatusBar(left: hints(state, context: context, width: rows[2].width - file.width - 1), right: file, style: context.style(.statusBar))
            .render(in: rows[2], into: &buffer)
        if let lineCursor = renderMessageLine(state, context: context, in: rows[3], into: &buffer) { cursor = lineCursor }
        switch state.mode {
        case .help(let scroll):
            HelpView.overlay(state, context: context, scroll: scroll).render(in: rows[1], into: &buffer)
            cursor = nil
        case .confirmQuit:
            Dialog(title: "Quit", message: ["The project has unsaved changes.", "Save them, quit without them, or stay?"],
                   kind: .confirm(hint: "s save and quit   y quit without saving   n stay"), borders: context.borders,
                   borderStyle: context.style(.dialogBorder), style: context.style(.dialog), hintStyle: context.style(.dialogHint))
                .render(in: buffer.area, into: &buffer)
            cursor = nil
        default:
            if DialogView.render(state, context: context, screen: buffer.area, pane: rows[1], into: &buffer) { cursor = nil }
        }
        return Frame(buffer: buffer, cursor: cursor)
    }

    private static func renderTooSmall(_ state: AppState, context: ViewContext, into buffer: inout CellBuffer) {
        let lines = ["Terminal too small", "\(state.width)×\(state.height), need 60×16", "q quits"]
        let top = max(0, (state.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let text = context.unicode ? line : line.replacingOccurrences(of: "×", with: "x")
            let shown = TextWidth.truncate(text, to: state.width)
            buffer.write(shown, x: max(0, (state.width - TextWidth.of(shown)) / 2), y: top + index,
                         style: index == 0 ? context.style(.statusError) : context.style(.screen))
        }
    }

    /// The pane's key hints then the global ones, as many whole hints as fit in `width`.
    private static func hints(_ state: AppState, context: ViewContext, width: Int) -> [Span] {
        let bindings = Keymap.table(for: state.focus).bindings + Keymap.global.bindings
        var spans: [Span] = [Span(" ", style: context.style(.statusBar))]
        var used = 1
        for binding in bindings {
            guard let hint = binding.hint else { continue }
            let key = Span(binding.keys[0].notation, style: context.style(.statusKey))
            let text = Span(" \(hint)  ", style: context.style(.statusBar))
            let pair = TextWidth.of(key.text) + TextWidth.of(text.text)
            guard used + pair - 2 <= width else { break }
            spans += [key, text]
            used += pair
        }
        return spans
    }

    private static func fileStatus(_ state: AppState, context: ViewContext) -> [Span] {
        // The file name without its directory, so a long path never pushes the name and its `*` off the bar.
        let name = state.filePath.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? "[untitled]"
        var spans = [Span(name, style: context.style(.statusBar))]
        if state.isModified { spans.append(Span("*", style: context.style(.statusModified))) }
        spans.append(Span(" ", style: context.style(.statusBar)))
        return spans
    }

    private static func renderMessageLine(_ state: AppState, context: ViewContext, in area: Rect,
                                          into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        switch state.mode {
        case .command(let input, _):
            let field = TextField(input: input, style: context.style(.commandLine), prefix: ":")
            field.render(in: area, into: &buffer)
            return field.cursorPosition(in: area)
        case .filter(let input):
            let field = TextField(input: input, style: context.style(.commandLine), prefix: "/")
            field.render(in: area, into: &buffer)
            return field.cursorPosition(in: area)
        default:
            if let message = state.message {
                buffer.write(TextWidth.truncate(message.text, to: area.width), x: area.x, y: area.y, maxWidth: area.width,
                             style: context.style(message.isError ? .statusError : .statusInfo))
            }
            return nil
        }
    }
}
