import FleetEngine
import FleetModel
import TerminalCore

/// The text of the side-by-side and roadmap pages, as lines of (text, theme role) runs.
///
/// The reducer counts these lines to clamp scrolling; the view styles and draws them.
enum MatrixPageText {
    typealias Line = [(text: String, role: ThemeRole)]

    /// The lines of the current page (empty on the grid), wrapped to `width`.
    static func lines(for state: AppState, width: Int) -> [Line] {
        let derived = state.matrixDerived
        guard let evaluation = derived.evaluation else { return [] }
        switch state.matrixPane.page {
        case .grid:
            return []
        case .sideBySide:
            guard state.matrixPane.picked.count == 2 else { return [] }
            let comparison = PlatformComparison(evaluation, state.matrixPane.picked[0], state.matrixPane.picked[1])
            return sideBySide(comparison, width: width)
        case .roadmap:
            guard let roadmap = MigrationRoadmap.draft(for: state.project, evaluation: evaluation) else {
                return [[("No roadmap: every platform is eliminated by the requirements.", .formError)]]
            }
            return MatrixRoadmapText.lines(roadmap, width: width)
        }
    }

    static func wrapped(_ text: String, width: Int, indent: String = "", role: ThemeRole) -> [Line] {
        FleetEngine.TextWidth.wrapped(text, to: max(10, width), indent: indent).map { [($0, role)] }
    }

    static func sideBySide(_ comparison: PlatformComparison, width: Int) -> [Line] {
        let (a, b) = (comparison.first, comparison.second)
        var lines: [Line] = []
        // The difference of the two scores as shown, so the line adds up.
        let difference = Double.shownDifference(a.score, b.score)
        let verdict = difference == 0 ? "a tie"
            : "\((difference > 0 ? a : b).platform.displayName) ahead by \(abs(difference).fixedPoint(1))"
        lines.append([(a.platform.displayName, .matrixScoreBest), (" \(a.score.fixedPoint(1))  vs  ", .formValue),
                      (b.platform.displayName, .matrixScoreBest), (" \(b.score.fixedPoint(1)): \(verdict)", .formValue)])
        for result in [a, b] where result.status.isEliminated {
            let reasons = result.status.eliminations.map(\.text).joined(separator: "; ")
            lines += wrapped("\(result.platform.displayName) is eliminated: \(reasons)", width: width, indent: "  ", role: .matrixEliminated)
        }
        lines.append([])
        let header = row("Criterion", "Weight", a.platform.shortName, "share", b.platform.shortName, "share", "Difference")
        lines.append([(header, .tableHeader)])
        for item in comparison.rows {
            let text = row(item.criterion.label, String(item.weight),
                           String(item.firstScore) + (item.firstNote == nil ? "" : "*"), item.firstContribution.fixedPoint(1),
                           String(item.secondScore) + (item.secondNote == nil ? "" : "*"), item.secondContribution.fixedPoint(1),
                           signed(item.difference))
            let role: ThemeRole = item.difference == 0 ? .formLabel : .formValue
            lines.append([(text, role)])
        }
        lines.append([(row("Total", "", "", a.score.fixedPoint(1), "", b.score.fixedPoint(1), signed(difference)), .tableHeader)])
        lines.append([])
        let deciding = comparison.deciding.prefix(3).map { item in
            "\(item.criterion.label) \(signed(item.difference)) for \((item.difference > 0 ? a : b).platform.displayName)"
        }
        lines += wrapped("Deciding: " + (deciding.isEmpty ? "nothing, every criterion contributes the same." : deciding.joined(separator: ", ")),
                         width: width, indent: "  ", role: .formValue)
        for item in comparison.rows {
            for (platform, note) in [(a.platform, item.firstNote), (b.platform, item.secondNote)] {
                guard let note else { continue }
                lines += wrapped("* \(platform.displayName) · \(item.criterion.label): \(note)", width: width, indent: "  ", role: .matrixOverride)
            }
        }
        return lines
    }

    /// One table row: label 14, weight 6, then score 6 / share 7 for each side, difference 10.
    static func row(_ label: String, _ weight: String, _ firstScore: String, _ firstShare: String,
                    _ secondScore: String, _ secondShare: String, _ difference: String) -> String {
        func right(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - TerminalCore.TextWidth.of(text))) + text
        }
        return TerminalCore.TextWidth.pad(label, to: 14) + right(weight, 6) + right(firstScore, 8) + right(firstShare, 7)
            + right(secondScore, 8) + right(secondShare, 7) + right(difference, 11)
    }

    static func signed(_ value: Double) -> String {
        let text = value.fixedPoint(1)
        return value > 0 && text != "0.0" ? "+" + text : text
    }
}
