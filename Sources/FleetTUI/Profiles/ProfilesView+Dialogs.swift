import TerminalCore

extension ProfilesView {
    /// Draws the open name prompt, delete question or "why" dialog over the pane; returns
    /// the prompt's cursor.
    static func overlay(_ state: AppState, context: ViewContext, in area: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        guard let overlay = state.profiles.overlay else { return nil }
        let dialog: Dialog
        switch overlay {
        case .editing:
            return nil
        case .pickingInstance(let picker):
            return renderInstancePicker(picker, state: state, context: context, in: area, into: &buffer)
        case .naming(let purpose, let input):
            let title = switch purpose {
            case .add: "Add profile"
            case .duplicate(let source): "Duplicate \(source)"
            case .rename(let old): "Rename \(old)"
            }
            var message = ["Name (lowercase letters, digits and -):"]
            if case .rename(let old) = purpose {
                let clusters = state.project.clusters(usingProfile: old)
                if !clusters.isEmpty { message.append("Clusters follow: \(clusters.joined(separator: ", "))") }
            }
            message.append("Enter keeps, Esc cancels.")
            dialog = Dialog(title: title, message: message, kind: .prompt(input), borders: context.borders,
                            borderStyle: context.style(.dialogBorder), style: context.style(.dialog),
                            hintStyle: context.style(.dialogHint))
        case .confirmDelete(let name, let clusters):
            var message = ["Delete profile \(name)?"]
            if clusters.isEmpty {
                message.append("No cluster uses it.")
            } else {
                message += wrap("Used by \(clusters.count) cluster(s): \(clusters.joined(separator: ", ")).", width: dialogWidth(area))
                message.append("They will name a missing profile (FP013).")
            }
            dialog = Dialog(title: "Delete profile", message: message, kind: .confirm(hint: "y delete   n keep"),
                            borders: context.borders, borderStyle: context.style(.dialogBorder), style: context.style(.dialog),
                            hintStyle: context.style(.dialogHint))
        case .why(let row):
            dialog = Dialog(title: "Why: \(row.section) \(row.label)", message: whyLines(row, width: dialogWidth(area)),
                            kind: .confirm(hint: "Esc close"), borders: context.borders,
                            borderStyle: context.style(.dialogBorder), style: context.style(.dialog),
                            hintStyle: context.style(.dialogHint))
        }
        dialog.render(in: area, into: &buffer)
        return dialog.cursorPosition(in: area)
    }

    /// The "why" dialog's text: the value, the reason, the source's fact id and URL.
    static func whyLines(_ row: ProfileDerivedRow, width: Int) -> [String] {
        var lines = wrap("Value: \(row.value)", width: width)
        guard let reason = row.reason else { return lines + ["No recorded reason."] }
        lines += wrap("Reason: \(reason.reason)", width: width)
        if let source = reason.source {
            lines += wrap("Source: \(source.id) \(source.url)", width: width)
        } else {
            lines += wrap("Source: Fleetplan planning rule (docs/tuning.md, docs/capacity.md)", width: width)
        }
        return lines
    }

    /// The text width of a dialog's lines inside `area`.
    static func dialogWidth(_ area: Rect) -> Int { max(10, min(72, area.width - 6)) }

    /// Words wrapped to lines of at most `width` columns, at spaces. A word longer than a line
    /// (a URL) starts a line of its own and is broken after a `/`, `.`, `-`, `?`, `&` or `=`
    /// where one fits, so each piece stays readable; only a word without any is cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            while TextWidth.of(word) > width {
                if !line.isEmpty { lines.append(line); line = "" }
                let fitting = String(TextWidth.prefix(word, fitting: width))
                let breakAfter = fitting.lastIndex { "/.-?&=".contains($0) }
                let head = breakAfter.map { String(fitting[...$0]) }.flatMap { $0.count > width / 3 ? $0 : nil } ?? fitting
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            if line.isEmpty {
                line = word
            } else if TextWidth.of(line) + 1 + TextWidth.of(word) <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
