import FleetEngine
import FleetModel

/// The architecture decision record for the platform choice, in the MADR layout
/// (`decisions/0001-orchestration-platform.md`).
///
/// Sections follow MADR 4 (adr/madr `template/adr-template.md`): the front matter (`status`,
/// `date`, `decision-makers`, `consulted`, `informed`, from `matrix.decision`; the date is the
/// project's, never the clock's), context and problem statement, decision drivers, considered
/// options with their scores, decision outcome with its consequences and confirmation, the
/// pros and cons of every option, and more information (what would change the decision), then
/// a sign-off table for the deciders. Everything is filled from the scored matrix: drivers are
/// the heaviest criteria, pros and cons are catalog scores of 4–5 and 1–2 with their
/// justifications, eliminated options carry the requirement and fact that removed them.
struct DecisionRecord {
    var context: BundleContext

    var evaluation: MatrixEvaluation { context.score.evaluation }

    func markdown() -> String {
        var lines: [String] = []
        if let chosen {
            lines.append("# Use \(chosen.displayName) as the orchestration platform")
        } else {
            lines.append("# Choose an orchestration platform")
        }
        lines += ["", "- Status: \(decision.status.rawValue)", "- Date: \(decision.date.isEmpty ? "not set (matrix.decision.date)" : decision.date)",
                  "- Deciders: \(Self.names(decision.deciders))", "- Project: \(context.project.metadata.name)", ""]
        lines += contextSection() + drivers() + options() + outcome() + prosAndCons() + [""] + moreInformation() + signOff()
        return frontMatter() + lines.joined(separator: "\n") + "\n"
    }

    var decision: DecisionInfo { context.project.matrix.decision }

    /// The option the record adopts: the one the team pinned, else the top-ranked one.
    var chosen: PlatformID? { decision.platform ?? evaluation.winner }

    static func names(_ names: [String]) -> String { names.isEmpty ? "not set" : names.joined(separator: ", ") }

    /// MADR's YAML front matter. Values are quoted YAML strings so any name is safe.
    func frontMatter() -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func list(_ items: [String]) -> String { "[" + items.map(quoted).joined(separator: ", ") + "]" }
        var lines = ["---", "status: \(decision.status.rawValue)"]
        if !decision.date.isEmpty { lines.append("date: \(quoted(decision.date))") }
        lines.append("decision-makers: \(list(decision.deciders))")
        lines.append("consulted: \(list(decision.consulted))")
        lines.append("informed: \(list(decision.informed))")
        return (lines + ["---", ""]).joined(separator: "\n")
    }

    func moreInformation() -> [String] {
        var lines = ["## More Information", ""]
        lines.append("Every score, weight and contribution: `matrix/scores.csv`; how far each weight must move before "
            + "another option wins: `matrix/sensitivity.csv`; the side-by-side comparison: `matrix/comparison.md`. "
            + "Revisit this decision when a requirement changes or when one of the weight changes above is agreed.")
        if decision.status == .proposed {
            lines.append("")
            lines.append("To accept it, set `matrix.decision.status: accepted`, the `date` and the `deciders` in the project and export again.")
        }
        return lines + [""]
    }

    func signOff() -> [String] {
        var lines = ["## Sign-off", "", "| Decider | Role in the decision | Signature | Date |", "|---|---|---|---|"]
        if decision.deciders.isEmpty {
            lines.append("| _(set matrix.decision.deciders)_ | decision-maker | | |")
        }
        for name in decision.deciders {
            lines.append("| \(name.replacingOccurrences(of: "|", with: "\\|")) | decision-maker | | |")
        }
        for name in decision.consulted {
            lines.append("| \(name.replacingOccurrences(of: "|", with: "\\|")) | consulted | | |")
        }
        return lines
    }

    func contextSection() -> [String] {
        let requirements = context.project.requirements
        var lines = ["## Context and Problem Statement", ""]
        if !context.project.metadata.description.isEmpty { lines += [context.project.metadata.description, ""] }
        lines.append("Which container platform should run \(requirements.expectedServices) services on about "
            + "\(requirements.expectedNodes) nodes across \(requirements.regions.count) region(s) "
            + "(\(requirements.regions.joined(separator: ", "))) for the environments "
            + "\(requirements.environments.joined(separator: ", "))? Today: "
            + "\(requirements.currentPlatform?.displayName ?? "no platform (green field)"); team experience with Kubernetes: "
            + "\(requirements.teamExperience.rawValue).")
        lines += ["", "Options are scored with Fleetplan's weighted matrix: \(ScoreReport.formula).", ""]
        return lines
    }

    func drivers() -> [String] {
        let heaviest = evaluation.weights.entries.filter { $0.weight > 0 }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.criterion < $1.criterion }
            .prefix(5)
        var lines = ["## Decision Drivers", ""]
        if heaviest.isEmpty { lines.append("- Every weight is 0: the tie-break alone decides.") }
        for entry in heaviest {
            let origin = entry.overridden ? "set by the team" : (entry.rules.isEmpty ? "base weight" : "from \(entry.rules.joined(separator: ", "))")
            lines.append("- `\(entry.criterion.rawValue)`, weight \(entry.weight) (\(origin))")
        }
        return lines + [""]
    }

    func options() -> [String] {
        var lines = ["## Considered Options", ""]
        for platform in evaluation.ranking + evaluation.eliminated {
            let result = evaluation[platform]
            let status = result.status.isEliminated ? "eliminated by a hard constraint" : "score \(result.score.fixedPoint(1))"
            lines.append("- \(platform.displayName) (\(status))")
        }
        return lines + [""]
    }

    func outcome() -> [String] {
        var lines = ["## Decision Outcome", ""]
        guard let winner = chosen else {
            lines += ["No option survives the hard constraints; relax a requirement and score again.", ""]
            return lines
        }
        let result = evaluation[winner]
        var because: String
        if let top = evaluation.winner, top != winner {
            because = result.status.isEliminated
                ? "the team pinned it (`matrix.decision.platform`) although a hard constraint eliminates it"
                : "the team pinned it (`matrix.decision.platform`): it scores \(result.score.fixedPoint(1)) of 100, "
                    + "\(Double.shownDifference(evaluation[top].score, result.score).fixedPoint(1)) points behind the top-ranked \(top.displayName)"
        } else if evaluation.winner == nil {
            because = "the team pinned it (`matrix.decision.platform`) although no option survives the hard constraints"
        } else {
            because = "it scores \(result.score.fixedPoint(1)) of 100"
            if let runnerUp = evaluation.runnerUp, let margin = evaluation.margin {
                because += ", \((evaluation.shownMargin ?? margin).fixedPoint(1)) points ahead of \(runnerUp.displayName)"
            } else {
                because += " and is the only option the hard constraints leave"
            }
            if decision.platform != nil { because += " (pinned in `matrix.decision.platform`)" }
        }
        lines += ["Chosen option: \"\(winner.displayName)\", because \(because).", ""]
        let flips = context.score.sensitivity.filter { $0.flipAt != nil }
        if flips.isEmpty {
            lines += ["No single weight change within 0–10 changes this decision.", ""]
        } else {
            lines.append("The decision changes if one weight moves:")
            for entry in flips {
                lines.append("- `\(entry.criterion.rawValue)` from \(entry.currentWeight) to \(entry.flipAt!): \(entry.newWinner!.displayName) wins.")
            }
            lines.append("")
        }
        if let roadmap = context.score.roadmap, let first = roadmap.phases.first {
            lines += ["### Confirmation", "",
                      "The decision is confirmed when the roadmap's first phase, \(first.title), meets its exit criteria: "
                        + first.exitCriteria.joined(separator: " "), ""]
        }
        lines += ["### Consequences", ""]
        for cell in result.cells where cell.weight > 0 && cell.score >= 4 {
            lines.append("- Good, because \(cell.criterion.rawValue) scores \(cell.score): \(cell.justification) (\(cell.fact))")
        }
        for cell in result.cells where cell.weight > 0 && cell.score <= 2 {
            lines.append("- Bad, because \(cell.criterion.rawValue) scores \(cell.score): \(cell.justification) (\(cell.fact))")
        }
        for caveat in result.status.caveats {
            lines.append("- Bad, because \(caveat.text) (\(caveat.fact), `\(caveat.requirement)`)")
        }
        if let roadmap = context.score.roadmap {
            lines.append("- Neutral: \(roadmap.strategy) The roadmap has \(roadmap.phases.count) phases (see README.md).")
        }
        return lines + [""]
    }

    func prosAndCons() -> [String] {
        var lines = ["## Pros and Cons of the Options"]
        for platform in evaluation.ranking + evaluation.eliminated {
            let result = evaluation[platform]
            lines += ["", "### \(platform.displayName)", ""]
            for elimination in result.status.eliminations {
                lines.append("- Eliminated, because \(elimination.text) (\(elimination.fact), `\(elimination.requirement)`)")
            }
            for cell in result.cells where cell.score >= 4 {
                lines.append("- Good, because \(cell.criterion.rawValue) scores \(cell.score)\(note(cell)): \(cell.justification) (\(cell.fact))")
            }
            for cell in result.cells where cell.score <= 2 {
                lines.append("- Bad, because \(cell.criterion.rawValue) scores \(cell.score)\(note(cell)): \(cell.justification) (\(cell.fact))")
            }
        }
        return lines
    }

    func note(_ cell: ScoredCell) -> String {
        cell.overrideNote.map { " (team override: \($0))" } ?? ""
    }
}
