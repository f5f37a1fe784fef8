import FleetEngine
import FleetModel
import TerminalCore

/// The ranking under the grid: one bar per surviving platform with its 0–100 score,
/// best first, then the eliminated platforms greyed with their reason, the notes, and
/// the survivors' caveats and the weight rules that apply while there is room.
enum MatrixRankingView {
    static let nameWidth = 16

    static func render(_ evaluation: MatrixEvaluation, requirements: Requirements, context: ViewContext, in area: Rect,
                       into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        var lines: [[Span]] = []
        for (index, platform) in evaluation.ranking.enumerated() {
            lines.append(bar(rank: index + 1, evaluation[platform], width: area.width, best: index == 0, context: context))
        }
        let eliminatedStyle = context.style(.matrixEliminated)
        for platform in evaluation.eliminated {
            let reason = evaluation[platform].status.eliminations.first?.text ?? ""
            let mark = context.unicode ? " ✗ " : " x "
            lines.append([Span(mark + TerminalCore.TextWidth.pad(platform.displayName, to: nameWidth) + " eliminated: " + reason,
                               style: eliminatedStyle)])
        }
        if let winner = evaluation.winner, let runnerUp = evaluation.runnerUp, let margin = evaluation.margin {
            lines.append([Span("\(winner.displayName) leads \(runnerUp.displayName) by \((evaluation.shownMargin ?? margin).fixedPoint(1)) points.",
                               style: context.style(.formLabel))])
        }
        for note in evaluation.notes { lines.append([Span(note, style: context.style(.findingWarning))]) }
        // Conditions the survivors meet only in part, when there is room for them.
        for platform in evaluation.ranking {
            for caveat in evaluation[platform].status.caveats {
                lines.append([Span(" ! \(platform.displayName): \(caveat.text)", style: context.style(.formLabel))])
            }
        }
        // Then, still room permitting, the rules that moved the weights from the base.
        let rules = WeightRule.all.filter { $0.applies(to: requirements) }
        if !rules.isEmpty {
            lines.append([])
            lines.append([Span("Weights start at \(WeightRule.baseWeight); the requirements moved them:", style: context.style(.formLabel))])
            for rule in rules {
                lines.append([Span(" \(rule.id) ", style: context.style(.helpKey)),
                              Span("\(rule.condition): \(rule.adjustmentText)", style: context.style(.formLabel))])
            }
        }
        // With room to spare the ranking sits one line below the grid.
        let gap = area.height > lines.count ? 1 : 0
        for (index, line) in lines.enumerated() where gap + index < area.height {
            buffer.write(line, x: area.x, y: area.y + gap + index, maxWidth: area.width)
        }
    }

    /// `1 Kubernetes       ██████████░░░░░  72.5`
    static func bar(rank: Int, _ result: PlatformScore, width: Int, best: Bool, context: ViewContext) -> [Span] {
        let label = TerminalCore.TextWidth.pad(String(rank), to: 2) + " " + TerminalCore.TextWidth.pad(result.platform.displayName, to: nameWidth) + " "
        let score = " " + TerminalCore.TextWidth.pad(String(repeating: " ", count: max(0, 5 - result.score.fixedPoint(1).count)) + result.score.fixedPoint(1), to: 5)
        let barWidth = max(0, width - TerminalCore.TextWidth.of(label) - TerminalCore.TextWidth.of(score))
        let filled = min(barWidth, Int((result.score / 100 * Double(barWidth)).rounded(.toNearestOrAwayFromZero)))
        let (full, empty) = context.unicode ? ("█", "░") : ("#", ".")
        return [
            Span(label, style: context.style(best ? .matrixScoreBest : .formValue)),
            Span(String(repeating: full, count: filled), style: context.style(.matrixBar)),
            Span(String(repeating: empty, count: barWidth - filled), style: context.style(.formLabel)),
            Span(score, style: context.style(best ? .matrixScoreBest : .formValue)),
        ]
    }
}
