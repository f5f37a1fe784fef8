import FleetEngine
import FleetModel
import TerminalCore

/// The grid page: criteria × (weight, platforms, sensitivity), the ranking bars below,
/// and the selected cell explained on the last line.
///
/// Columns: a 14-cell label, a 6-cell weight (`7 (5)`: set to 7, the requirements give
/// 5), one 7-cell column per platform (`4* 12.5`: score, `*` when overridden, and the
/// weighted contribution when shown), then the sensitivity column in the width left.
enum MatrixGridView {
    static let labelWidth = 14
    static let weightWidth = 6
    static let platformWidth = 7

    static func render(_ state: AppState, evaluation: MatrixEvaluation, derived: MatrixDerived, context: ViewContext,
                       in area: Rect, into buffer: inout CellBuffer) {
        let (body, detail) = area.splitBottom(1)
        let criteria = Criterion.allCases
        renderHeader(evaluation, picked: state.matrixPane.picked, context: context, y: body.y, area: body, into: &buffer)
        for (index, criterion) in criteria.enumerated() where index + 1 < body.height {
            renderRow(criterion, state: state, evaluation: evaluation, derived: derived, context: context,
                      y: body.y + 1 + index, area: body, into: &buffer)
        }
        let rankingTop = body.y + 1 + criteria.count
        let rankingArea = Rect(x: body.x, y: rankingTop, width: body.width, height: max(0, body.bottom - rankingTop))
        MatrixRankingView.render(evaluation, requirements: state.project.requirements, context: context, in: rankingArea, into: &buffer)
        let text = MatrixView.glyphs(detailText(state, evaluation: evaluation), context)
        buffer.write(TerminalCore.TextWidth.truncate(text, to: detail.width), x: detail.x, y: detail.y, maxWidth: detail.width,
                     style: context.style(.formLabel))
    }

    /// The x offset of a column: 0 is the weight, 1…5 the platforms, 6 the sensitivity.
    static func columnX(_ column: Int, in area: Rect) -> Int {
        area.x + labelWidth + 1 + (column == 0 ? 0 : weightWidth + 1 + (column - 1) * (platformWidth + 1))
    }

    /// The header row; platforms picked for side by side carry a check mark.
    static func renderHeader(_ evaluation: MatrixEvaluation, picked: [PlatformID], context: ViewContext, y: Int, area: Rect,
                             into buffer: inout CellBuffer) {
        let header = context.style(.tableHeader)
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: header))
        buffer.write("Criterion", x: area.x, y: y, maxWidth: labelWidth, style: header)
        buffer.write("Weight", x: columnX(0, in: area), y: y, maxWidth: weightWidth, style: header)
        for (index, platform) in PlatformID.allCases.enumerated() {
            let role: ThemeRole = evaluation[platform].status.isEliminated ? .matrixEliminated
                : platform == evaluation.winner ? .matrixScoreBest : .tableHeader
            let name = picked.contains(platform) ? MatrixView.glyphs("✓", context) + platform.shortName : platform.shortName
            buffer.write(name, x: columnX(index + 1, in: area), y: y, maxWidth: platformWidth,
                         style: context.style(role).adding(header.attributes))
        }
        let x = columnX(PlatformID.allCases.count + 1, in: area)
        buffer.write("Winner flips", x: x, y: y, maxWidth: max(0, area.right - x), style: header)
    }

    static func renderRow(_ criterion: Criterion, state: AppState, evaluation: MatrixEvaluation, derived: MatrixDerived,
                          context: ViewContext, y: Int, area: Rect, into buffer: inout CellBuffer) {
        let pane = state.matrixPane
        let selectedRow = criterion == pane.criterion && pane.page == .grid
        let marker = selectedRow ? (context.unicode ? "▸" : ">") : " "
        buffer.write(marker + criterion.label, x: area.x, y: y, maxWidth: labelWidth,
                     style: context.style(selectedRow ? .paneTitleFocused : .formLabel))
        let entry = evaluation.weights.entries.first { $0.criterion == criterion }
        let weight = entry.map { $0.overridden ? "\($0.weight) (\($0.derived))" : "\($0.weight)" } ?? ""
        let weightStyle = selectedRow && pane.column == 0 ? context.style(.listSelected)
            : context.style(entry?.overridden == true ? .matrixOverride : .formValue)
        buffer.write(TerminalCore.TextWidth.pad(weight, to: weightWidth), x: columnX(0, in: area), y: y, maxWidth: weightWidth,
                     style: weightStyle)
        let survivors = evaluation.platforms.filter { !$0.status.isEliminated }
        let best = survivors.compactMap { $0.cell(criterion)?.score }.max()
        for (index, platform) in PlatformID.allCases.enumerated() {
            guard let cell = evaluation[platform].cell(criterion) else { continue }
            let eliminated = evaluation[platform].status.isEliminated
            var role: ThemeRole = eliminated ? .matrixEliminated : cell.score == best ? .matrixScoreBest : .matrixScore
            if selectedRow && pane.column == index + 1 { role = .listSelected }
            let x = columnX(index + 1, in: area)
            let style = context.style(role)
            buffer.fill(Rect(x: x, y: y, width: platformWidth, height: 1), with: Cell(" ", style: style))
            buffer.write(String(cell.score), x: x, y: y, maxWidth: 1, style: style)
            if cell.overrideNote != nil {
                let markStyle = role == .listSelected || eliminated ? style : context.style(.matrixOverride)
                buffer.write("*", x: x + 1, y: y, maxWidth: 1, style: markStyle)
            }
            if pane.showContributions {
                let share = cell.contribution >= 99.95 ? "100" : cell.contribution.fixedPoint(1)
                buffer.write(share, x: x + 3, y: y, maxWidth: 4, style: style)
            }
        }
        let x = columnX(PlatformID.allCases.count + 1, in: area)
        let width = max(0, area.right - x)
        let text = MatrixView.glyphs(sensitivityText(derived.sensitivity(criterion), width: width), context)
        buffer.write(TerminalCore.TextWidth.truncate(text, to: width), x: x, y: y, maxWidth: width, style: context.style(.formLabel))
    }

    /// `7 → Nomad` (narrow) or `raise to 7 → Nomad` (wide); a dash when no weight flips the winner.
    static func sensitivityText(_ sensitivity: Sensitivity?, width: Int) -> String {
        let arrow = "→"
        guard let sensitivity, let flip = sensitivity.nearest else {
            return width >= 30 ? "no weight 0–10 changes it" : "—"
        }
        if width >= 30 {
            let verb = flip.weight > sensitivity.currentWeight ? "raise to" : "lower to"
            return "\(verb) \(flip.weight) \(arrow) \(flip.newWinner.displayName)"
        }
        return "\(flip.weight) \(arrow) \(flip.newWinner.shortName)"
    }

    /// The selected cell explained: where the weight comes from, or the score's reason.
    static func detailText(_ state: AppState, evaluation: MatrixEvaluation) -> String {
        let criterion = state.matrixPane.criterion
        guard let platform = state.matrixPane.platform else {
            guard let entry = evaluation.weights.entries.first(where: { $0.criterion == criterion }) else { return "" }
            let rules = entry.rules.isEmpty ? "base \(WeightRule.baseWeight)" : "base \(WeightRule.baseWeight), \(entry.rules.joined(separator: ", "))"
            if criterion == .costModel, let cost = costNote(state) {
                // The figure first: the line is cut at the pane's width.
                return "\(criterion.rawValue): weight \(entry.weight)\(entry.overridden ? " (set in the project)" : ""); \(cost)"
            }
            if entry.overridden {
                return "\(criterion.rawValue): weight \(entry.weight) set in the project; the requirements give \(entry.derived) (\(rules)). x resets it."
            }
            return "\(criterion.rawValue): weight \(entry.weight) from the requirements (\(rules)). +/- or w sets it."
        }
        let result = evaluation[platform]
        if result.status.isEliminated {
            return "\(platform.displayName) is eliminated: " + result.status.eliminations.map(\.text).joined(separator: "; ")
        }
        guard let cell = result.cell(criterion) else { return "" }
        if let note = cell.overrideNote {
            return "\(platform.displayName) · \(criterion.rawValue): \(cell.score), overridden (catalog \(cell.catalogScore)): \(note)"
        }
        if criterion == .costModel, platform == .kubernetes, let cost = costNote(state) {
            return "\(platform.displayName) · \(criterion.rawValue): \(cell.score); \(cost); \(cell.justification)"
        }
        return "\(platform.displayName) · \(criterion.rawValue): \(cell.score): \(cell.justification)"
    }

    /// The design's monthly estimate on Kubernetes, for the cost-model row; `nil` without
    /// clusters (nothing is planned) or when the instance catalog cannot be read.
    static func costNote(_ state: AppState) -> String? {
        guard !state.project.topology.clusters.isEmpty else { return nil }
        return state.fleetCost?.matrixNote
    }
}
