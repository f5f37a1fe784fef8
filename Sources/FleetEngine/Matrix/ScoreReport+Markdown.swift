import FleetModel

extension ScoreReport {
    /// Sensitivity as CSV (the export's `matrix/sensitivity.csv`), one row per criterion.
    ///
    /// Columns: `criterion,currentWeight,flipAt,newWinner,increaseAt,increaseWinner,decreaseAt,decreaseWinner`;
    /// empty cells where no weight in 0–10 changes the winner.
    public func sensitivityCSV() -> String {
        var lines = ["criterion,currentWeight,flipAt,newWinner,increaseAt,increaseWinner,decreaseAt,decreaseWinner"]
        for entry in sensitivity {
            let fields = [
                entry.criterion.rawValue, String(entry.currentWeight),
                entry.flipAt.map(String.init) ?? "", entry.newWinner?.rawValue ?? "",
                entry.increase.map { String($0.weight) } ?? "", entry.increase?.newWinner.rawValue ?? "",
                entry.decrease.map { String($0.weight) } ?? "", entry.decrease?.newWinner.rawValue ?? "",
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The side-by-side comparison as Markdown (the export's `matrix/comparison.md`).
    ///
    /// Uses the requested comparison, else the winner against the runner-up; with fewer than
    /// two survivors it says so and lists the eliminations.
    public func comparisonMarkdown() -> String {
        var lines = ["# Platform comparison", ""]
        let pair = comparison ?? evaluation.winner.flatMap { winner in
            evaluation.runnerUp.map { PlatformComparison(evaluation, winner, $0) }
        }
        if let pair {
            let (a, b) = (pair.first.platform, pair.second.platform)
            lines.append("\(a.displayName) (\(pair.first.score.fixedPoint(1))) against \(b.displayName) (\(pair.second.score.fixedPoint(1))); \(Self.formula).")
            lines += ["", "| Criterion | Weight | \(a.displayName) | \(b.displayName) | Difference |", "|---|---:|---:|---:|---:|"]
            for row in pair.rows {
                let first = "\(row.firstScore)\(row.firstNote == nil ? "" : "*") → \(row.firstContribution.fixedPoint(1))"
                let second = "\(row.secondScore)\(row.secondNote == nil ? "" : "*") → \(row.secondContribution.fixedPoint(1))"
                lines.append("| `\(row.criterion.rawValue)` | \(row.weight) | \(first) | \(second) | \(Double.shownDifference(row.firstContribution, row.secondContribution).fixedPoint(1)) |")
            }
            lines.append("| **score** | | \(pair.first.score.fixedPoint(1)) | \(pair.second.score.fixedPoint(1)) | \(Double.shownDifference(pair.first.score, pair.second.score).fixedPoint(1)) |")
            lines += ["", "Cells read score (1–5, `*` = team override) → contribution to the 0–100 score."]
            for side in [pair.first, pair.second] where side.status.isEliminated {
                lines.append("")
                lines.append("\(side.platform.displayName) is eliminated: " + side.status.eliminations.map { "\($0.text) (\($0.fact))" }.joined(separator: "; ") + ".")
            }
        } else {
            lines.append(evaluation.winner == nil
                ? "No platform survives the hard constraints, so there is nothing to compare."
                : "Only \(evaluation.winner!.displayName) survives the hard constraints, so there is nothing to compare.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An architecture decision record for the platform choice (the export's
    /// `decisions/0001-orchestration-platform.md`): context, decision, alternatives with
    /// their scores or elimination reasons, sensitivity and the migration plan in brief.
    public func decisionRecord() -> String {
        var lines = ["# 1. Orchestration platform", "", "Status: proposed", "", "## Context", ""]
        lines.append("The platform for \(projectName) is chosen with Fleetplan's weighted matrix (\(Self.formula)).")
        lines.append("Weights: " + evaluation.weights.entries.map { "\($0.criterion.rawValue) \($0.weight)" }.joined(separator: ", ") + ".")
        lines += ["", "## Decision", ""]
        guard let winner = evaluation.winner else {
            lines.append("None yet: every platform is eliminated by the hard constraints. Relax a requirement and score again.")
            lines += alternatives()
            return lines.joined(separator: "\n") + "\n"
        }
        let margin = evaluation.shownMargin.map { ", \($0.fixedPoint(1)) points ahead of \(evaluation.runnerUp!.displayName)" } ?? ", the only platform left by the hard constraints"
        lines.append("Use \(winner.displayName) (score \(evaluation[winner].score.fixedPoint(1))\(margin)).")
        let flips = sensitivity.filter { $0.flipAt != nil }
        lines += ["", "## Sensitivity", ""]
        if flips.isEmpty {
            lines.append("No single weight change within 0–10 changes the decision.")
        } else {
            for entry in flips {
                lines.append("- `\(entry.criterion.rawValue)` at \(entry.flipAt!) instead of \(entry.currentWeight): \(entry.newWinner!.displayName) would win.")
            }
        }
        lines += alternatives()
        if let roadmap {
            lines += ["", "## Consequences", "", roadmap.strategy, ""]
            lines += roadmap.phases.enumerated().map { "\($0.offset + 1). \($0.element.title)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func alternatives() -> [String] {
        var lines = ["", "## Alternatives", ""]
        for platform in evaluation.ranking.dropFirst() {
            lines.append("- \(platform.displayName): score \(evaluation[platform].score.fixedPoint(1)).")
        }
        for platform in evaluation.eliminated {
            let reasons = evaluation[platform].status.eliminations.map { "\($0.text) (\($0.fact))" }
            lines.append("- \(platform.displayName): eliminated; \(reasons.joined(separator: "; ")).")
        }
        return lines
    }
}
