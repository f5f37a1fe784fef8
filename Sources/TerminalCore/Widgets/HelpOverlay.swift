/// One line of the help overlay: the keys, what they do, and why they are disabled now.
public struct HelpEntry: Sendable, Hashable {
    public var keys: String
    public var help: String
    /// Empty when the binding is available.
    public var disabledReason: String

    public init(keys: String, help: String, disabledReason: String = "") {
        self.keys = keys
        self.help = help
        self.disabledReason = disabledReason
    }
}

/// A titled group of help entries (one per binding table).
public struct HelpSection: Sendable, Hashable {
    public var title: String
    public var entries: [HelpEntry]

    public init(title: String, entries: [HelpEntry]) {
        self.title = title
        self.entries = entries
    }
}

/// A large centred box listing every key binding by section, scrollable.
///
/// Disabled bindings are dimmed and followed by the reason in parentheses.
public struct HelpOverlay: Widget {
    public var sections: [HelpSection]
    public var scroll: Int
    public var borders: BorderSet
    public var borderStyle: Style
    public var style: Style
    public var keyStyle: Style
    public var sectionStyle: Style
    public var disabledStyle: Style

    public init(sections: [HelpSection], scroll: Int = 0, borders: BorderSet = .unicode,
                borderStyle: Style = Style(attributes: .bold), style: Style = .plain,
                keyStyle: Style = Style(attributes: .bold), sectionStyle: Style = Style(attributes: .underline),
                disabledStyle: Style = Style(attributes: .dim)) {
        self.sections = sections
        self.scroll = scroll
        self.borders = borders
        self.borderStyle = borderStyle
        self.style = style
        self.keyStyle = keyStyle
        self.sectionStyle = sectionStyle
        self.disabledStyle = disabledStyle
    }

    /// The overlay's text, one styled line per row, before scrolling.
    public var lines: [[Span]] {
        let keyWidth = min(24, (sections.flatMap(\.entries).map { TextWidth.of($0.keys) }.max() ?? 0) + 2)
        var lines: [[Span]] = []
        for section in sections {
            if !lines.isEmpty { lines.append([]) }
            lines.append([Span(section.title, style: sectionStyle)])
            for entry in section.entries {
                let disabled = !entry.disabledReason.isEmpty
                var line = [Span("  " + TextWidth.pad(entry.keys, to: keyWidth), style: disabled ? disabledStyle : keyStyle),
                            Span(entry.help, style: disabled ? disabledStyle : style)]
                if disabled { line.append(Span(" (\(entry.disabledReason))", style: disabledStyle)) }
                lines.append(line)
            }
        }
        return lines
    }

    /// The box the overlay occupies inside `area`.
    public func frame(in area: Rect) -> Rect {
        area.centered(width: min(area.width - 2, 90), height: area.height - 2)
    }

    /// Rows of text the overlay shows at once inside `area`.
    public func visibleRows(in area: Rect) -> Int { max(1, frame(in: area).height - 2) }

    /// The first line shown: `scroll`, kept so the last page is full.
    public func firstLine(in area: Rect) -> Int {
        max(0, min(scroll, lines.count - visibleRows(in: area)))
    }

    public func render(in area: Rect, into buffer: inout CellBuffer) {
        let box = frame(in: area)
        guard !box.isEmpty else { return }
        buffer.fill(box, with: Cell(" ", style: style))
        let all = lines
        let rows = visibleRows(in: area)
        let first = max(0, min(scroll, all.count - rows))
        let last = min(all.count, first + rows)
        Block(title: "Help: lines \(first + 1)-\(last) of \(all.count) · j/k, PgDn/PgUp, g/G, Esc closes", borders: borders,
              borderStyle: borderStyle, titleStyle: borderStyle)
            .render(in: box, into: &buffer)
        let inner = box.inset(horizontal: 2, vertical: 1)
        TextView(lines: all, scroll: first, style: style).render(in: inner, into: &buffer)
    }
}
