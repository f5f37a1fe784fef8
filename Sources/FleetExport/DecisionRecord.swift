import FleetEngine
import FleetModel

/// The architecture decision record for the platform choice, in the MADR layout
/// (`decisions/0001-orchestration-platform.md`).
///
/// Sections follow MADR (adr/madr `template/adr-template.md`): context and problem statement,
/// decision drivers, considered options, decision outcome with its consequences, and the
/// pros and cons of every option. Everything is filled from the scored matrix: drivers are
/// the heaviest criteria, pros and cons are catalog scores of 4–5 and 1–2 with their
/// justifications, eliminated options carry the requirement and fact that removed them.
struct DecisionRecord {
    var context: BundleContext

    var evaluation: MatrixEvaluation { context.score.evaluation }

    func markdown() -> String {
        var lines: [String] = []
        if let winner = evaluation.winner {
            lines.append("# Use \(winner.displayName) as the orchestration platform")
        } else {
            lines.append("# Choose an orchestration platform")
        }
        lines += ["", "- Status: proposed", "- Project: \(context.project.metadata.name)", ""]
        lines += contextSection() + drivers() + options() + outcome() + prosAndCons()
        return lines.joined(separator: "\n") + "\n"
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
        guard let winner = evaluation.winner else {
            lines += ["No option survives the hard constraints; relax a requirement and score again.", ""]
            return lines
        }
        let result = evaluation[winner]
        var because = "it scores \(result.score.fixedPoint(1)) of 100"
        if let runnerUp = evaluation.runnerUp, let margin = evaluation.margin {
            because += ", \(margin.fixedPoint(1)) points ahead of \(runnerUp.displayName)"
        } else {
            because += " and is the only option the hard constraints leave"
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
