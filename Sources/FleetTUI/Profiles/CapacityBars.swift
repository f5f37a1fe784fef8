import TerminalCore

/// A node's CPU and memory as two horizontal stacked bars, then a legend with the value of
/// every segment for both resources.
///
/// ```
/// CPU     ▒▚████████████████████████████████·· ◀ limits
/// Memory  ▒░▚██████████████···················
/// ▓ system 0/0Mi       ▒ kube 90m/1465Mi  …
/// ```
/// Short panels get one legend line of names instead (`compactLegend`).
/// Each segment is drawn in its theme role (`profiles.bar.system`, …) and its own fill
/// character, so the limiting resource is the bar with no unused part, with or without colour.
struct CapacityBars: Widget {
    /// The columns of one legend entry.
    static let legendEntryWidth = 26

    var breakdowns: [NodeBreakdown]
    /// One legend line of segment names only (no values), for short panels.
    var compactLegend: Bool
    var unicode: Bool
    var theme: Theme

    func render(in area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let labelWidth = 8
        let markWidth = 10
        let barWidth = max(0, area.width - labelWidth - markWidth)
        for (offset, breakdown) in breakdowns.enumerated() where offset < area.height {
            let y = area.y + offset
            buffer.write(breakdown.resource == .cpu ? "CPU" : "Memory", x: area.x, y: y, maxWidth: labelWidth,
                         style: theme.style(.formLabel))
            var x = area.x + labelWidth
            for (segment, width) in zip(NodeBreakdown.Segment.allCases, breakdown.widths(barWidth)) where width > 0 {
                buffer.write(String(repeating: segment.glyph(unicode: unicode), count: width), x: x, y: y,
                             maxWidth: width, style: theme.style(segment.role))
                x += width
            }
            if breakdown.isLimiting {
                buffer.write(unicode ? " ◀ limits" : " < limits", x: x, y: y, maxWidth: area.right - x,
                             style: theme.style(.findingWarning).adding(.bold))
            }
        }
        let legendArea = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        if compactLegend {
            var x = legendArea.x
            for segment in NodeBreakdown.Segment.allCases where x < legendArea.right && legendArea.height > 0 {
                buffer.write(String(segment.glyph(unicode: unicode)), x: x, y: legendArea.y, maxWidth: 1,
                             style: theme.style(segment.role))
                x += 1 + buffer.write(segment.title + " ", x: x + 1, y: legendArea.y, maxWidth: max(0, legendArea.right - x - 1),
                                      style: theme.style(.formLabel))
            }
            return
        }
        let perRow = max(1, legendArea.width / Self.legendEntryWidth)
        for (index, segment) in NodeBreakdown.Segment.allCases.enumerated() {
            let row = index / perRow
            guard row < legendArea.height else { break }
            let x = legendArea.x + (index % perRow) * Self.legendEntryWidth
            let values = breakdowns.map { $0.text(segment) }.joined(separator: "/")
            buffer.write(String(segment.glyph(unicode: unicode)), x: x, y: legendArea.y + row, maxWidth: 1,
                         style: theme.style(segment.role))
            buffer.write(TerminalCore.TextWidth.truncate(" \(segment.title) \(values)", to: Self.legendEntryWidth - 1), x: x + 1,
                         y: legendArea.y + row, maxWidth: min(Self.legendEntryWidth - 1, legendArea.right - x - 1),
                         style: theme.style(.formLabel))
        }
    }
}
