import FleetModel

extension ScoreReport {
    /// The report as plain text for a terminal: recommendation, weights, the matrix with
    /// every contribution, eliminations, overrides, sensitivity, comparison and roadmap.
    ///
    /// Byte-stable: LF line endings, no trailing spaces, ends with one newline.
    public func text() -> String {
        var sections = [headline(), weightsSection(), matrixSection()]
        sections.append(contentsOf: [eliminationSection(), caveatSection(), overrideSection(), sensitivitySection()].compactMap { $0 })
        if let comparison { sections.append(comparisonSection(comparison)) }
        if let roadmap { sections.append(roadmapSection(roadmap)) }
        let notes = (kubernetesCost.map { ["costModel: \($0.matrixNote)"] } ?? []) + evaluation.notes
        if !notes.isEmpty {
            sections.append((["Notes"] + notes.map { "  - \($0)" }).joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    func headline() -> String {
        var lines = ["Platform matrix: \(projectName)",
                     "Catalog reviewed \(catalog.reviewed); \(Self.formula), s = score 1–5, w = weight 0–10."]
        guard let winner = evaluation.winner else {
            lines.append("")
            lines.append("No recommendation: every platform is eliminated by the hard constraints (see Eliminated).")
            return lines.joined(separator: "\n")
        }
        let score = evaluation[winner].score.fixedPoint(1)
        lines.append("")
        if let runnerUp = evaluation.runnerUp, evaluation.margin != nil {
            lines.append("Recommendation: \(winner.displayName) (\(score)), ahead of \(runnerUp.displayName) (\(evaluation[runnerUp].score.fixedPoint(1))) by \(Double.shownDifference(evaluation[winner].score, evaluation[runnerUp].score).fixedPoint(1)) points.")
        } else {
            lines.append("Recommendation: \(winner.displayName) (\(score)), the only platform left by the hard constraints.")
        }
        return lines.joined(separator: "\n")
    }

    func weightsSection() -> String {
        var table = TextTable([.left, .right, .left])
        table.add(["criterion", "weight", "why"])
        for entry in evaluation.weights.entries {
            let derivation = entry.rules.isEmpty ? "base \(WeightRule.baseWeight)" : "base \(WeightRule.baseWeight), \(entry.rules.joined(separator: ", "))"
            let why = entry.overridden ? "set in matrix.weights (derived \(entry.derived): \(derivation))" : derivation
            table.add([entry.criterion.rawValue, String(entry.weight), why])
        }
        let rules = "\(WeightRule.all.first?.id ?? "")–\(WeightRule.all.last?.id ?? "")"
        return "Weights (rules \(rules) in docs/scoring.md)\n" + table.render()
    }

    func matrixSection() -> String {
        let platforms = PlatformID.allCases
        var table = TextTable([.left, .right] + platforms.map { _ in .right })
        table.add(["criterion", "w"] + platforms.map(\.rawValue))
        for criterion in Criterion.allCases {
            let cells = platforms.map { platform -> String in
                Self.cellText(evaluation[platform].cell(criterion)!)
            }
            table.add([criterion.rawValue, String(evaluation.weights[criterion])] + cells)
        }
        table.add(["score", ""] + platforms.map { evaluation[$0].score.fixedPoint(1) })
        table.add(["rank", ""] + platforms.map { platform in
            evaluation.ranking.firstIndex(of: platform).map { "#\($0 + 1)" } ?? "out"
        })
        return "Matrix (each cell: score 1–5, * = team override, then its contribution to the 0–100 score)\n" + table.render()
    }

    func eliminationSection() -> String? {
        let out = evaluation.eliminated
        guard !out.isEmpty else { return nil }
        var lines = ["Eliminated"]
        for platform in out {
            lines.append("  \(platform.displayName)")
            for reason in evaluation[platform].status.eliminations {
                lines.append("    - \(reason.text) [\(reason.fact)] (\(reason.requirement))")
            }
        }
        return lines.joined(separator: "\n")
    }

    func caveatSection() -> String? {
        let kept = evaluation.ranking.filter { !evaluation[$0].status.caveats.isEmpty }
        guard !kept.isEmpty else { return nil }
        var lines = ["Caveats (kept, with conditions)"]
        for platform in kept {
            for reason in evaluation[platform].status.caveats {
                lines.append("  - \(platform.displayName): \(reason.text) [\(reason.fact)]")
            }
        }
        return lines.joined(separator: "\n")
    }

    func overrideSection() -> String? {
        var lines: [String] = []
        for platform in evaluation.platforms {
            for cell in platform.cells {
                if let note = cell.overrideNote {
                    lines.append("  - \(platform.platform.rawValue)/\(cell.criterion.rawValue): \(cell.catalogScore) → \(cell.score): \(note)")
                }
            }
        }
        return lines.isEmpty ? nil : (["Overrides"] + lines).joined(separator: "\n")
    }

    func sensitivitySection() -> String? {
        guard let winner = evaluation.winner else { return nil }
        var table = TextTable([.left, .right, .left])
        table.add(["criterion", "weight", "winner changes"])
        for entry in sensitivity {
            let text = entry.nearest.map { "at \($0.weight): \($0.newWinner.displayName) wins" } ?? "never within 0–10"
            table.add([entry.criterion.rawValue, String(entry.currentWeight), text])
        }
        let margin = evaluation.shownMargin.map { "margin \($0.fixedPoint(1)) points over \(evaluation.runnerUp!.displayName)" } ?? "no runner-up"
        return "Sensitivity (\(winner.displayName) wins; \(margin))\n" + table.render()
    }

    func comparisonSection(_ comparison: PlatformComparison) -> String {
        let (a, b) = (comparison.first.platform, comparison.second.platform)
        var table = TextTable([.left, .right, .right, .right, .right])
        table.add(["criterion", "w", a.rawValue, b.rawValue, "difference"])
        for row in comparison.rows {
            table.add([row.criterion.rawValue, String(row.weight),
                       Self.cellText(score: row.firstScore, overridden: row.firstNote != nil, contribution: row.firstContribution),
                       Self.cellText(score: row.secondScore, overridden: row.secondNote != nil, contribution: row.secondContribution),
                       row.difference.fixedPoint(1)])
        }
        table.add(["score", "", comparison.first.score.fixedPoint(1), comparison.second.score.fixedPoint(1), comparison.difference.fixedPoint(1)])
        var lines = ["Comparison: \(a.displayName) vs \(b.displayName)", table.render()]
        for side in [comparison.first, comparison.second] {
            let status = side.status.isEliminated
                ? "eliminated: " + side.status.eliminations.map { "\($0.text) [\($0.fact)]" }.joined(separator: "; ")
                : "in the running"
            lines.append("  \(side.platform.displayName): \(status)")
        }
        return lines.joined(separator: "\n")
    }

    /// A matrix cell: the score, `*` when overridden, then the contribution in five columns.
    static func cellText(_ cell: ScoredCell) -> String {
        cellText(score: cell.score, overridden: cell.overrideNote != nil, contribution: cell.contribution)
    }

    static func cellText(score: Int, overridden: Bool, contribution: Double) -> String {
        let points = contribution.fixedPoint(1)
        return "\(score)\(overridden ? "*" : " ") " + String(repeating: " ", count: max(0, 5 - points.count)) + points
    }

    func roadmapSection(_ roadmap: MigrationRoadmap) -> String {
        var lines = ["Roadmap (\(roadmap.kind.rawValue))", "  \(roadmap.strategy)"]
        for (index, phase) in roadmap.phases.enumerated() {
            lines.append("")
            let clusters = phase.clusters.isEmpty ? "" : " [\(phase.clusters.joined(separator: ", "))]"
            lines.append("  \(index + 1). \(phase.title)\(clusters)")
            lines.append(contentsOf: phase.steps.map { "     - \($0)" })
            lines.append("     Exit: " + phase.exitCriteria.joined(separator: " "))
            lines.append("     Risks: " + phase.risks.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }
}
