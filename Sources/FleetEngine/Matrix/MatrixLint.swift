import FleetModel

/// The platform matrix rules (`FP2xx`), documented in `docs/lint-rules.md`.
///
/// - `FP200` error: the bundled platform catalog cannot be loaded.
/// - `FP201` error: every platform is eliminated by the hard constraints.
/// - `FP202` info: the winner leads the runner-up by less than `closeMargin` points, once
///   the team has set weights in `matrix.weights` (derived weights alone are a starting
///   point, not a decision).
/// - `FP203` warning: an override gives a good score on a criterion the platform's hard
///   facts rule out (stateful support, multi-cloud).
/// - `FP204` warning: the current platform is eliminated by the requirements.
/// - `FP205` info: every weight is 0, so the tie-break alone decides.
/// - `FP206` error: `matrix.decision.date` is not a calendar date `YYYY-MM-DD`; warning: the
///   decision is `accepted` without a date or without deciders, so the record cannot be signed.
/// - `FP208` info: a score override equal to the catalog's score, which changes nothing.
/// - `FP207` warning: `matrix.decision.platform` pins a platform the hard constraints eliminate;
///   info: it pins one other than the top-ranked platform (the bundle follows the pin).
public enum MatrixLint {
    /// A lead below this many points (of 100) is reported as close (`FP202`).
    public static let closeMargin = 5.0

    /// `FP326` info for a project whose bundle carries Kubernetes clusters (the pinned platform,
    /// else the top-ranked one): the GitOps values its `management/` manifests leave as
    /// placeholders. Registered in `Lint.ruleSets`.
    static func deliveryFindings(for project: Project, evaluation: MatrixEvaluation) -> [Finding] {
        guard project.topology.clusters.contains(where: { $0.role == .management }) else { return [] }
        let target = project.matrix.decision.platform ?? evaluation.winner
        return target == .kubernetes ? TopologyRules.gitopsPlaceholders(project) : []
    }

    /// The rule set registered in `Lint.ruleSets`: the rules against the bundled catalog, and
    /// the delivery placeholders (`FP326`) of a Kubernetes design, from one evaluation.
    @Sendable public static func bundledFindings(for project: Project) -> [Finding] {
        do {
            let catalog = try Catalog.bundled()
            let evaluation = MatrixEvaluation.evaluate(project, catalog: catalog)
            return findings(for: project, catalog: catalog, evaluation: evaluation)
                + deliveryFindings(for: project, evaluation: evaluation)
        } catch {
            return [Finding(.error, "FP200", at: FieldPath.spec.key("matrix"), error.description,
                            hint: "reinstall Fleetplan; the catalog ships with the program")]
        }
    }

    /// Every `FP2xx` finding for a project scored against `catalog`.
    ///
    /// - Complexity: one evaluation, O(*p* · *c* · *o*), plus O(*o*) for *o* overrides.
    public static func findings(for project: Project, catalog: Catalog) -> [Finding] {
        findings(for: project, catalog: catalog, evaluation: MatrixEvaluation.evaluate(project, catalog: catalog))
    }

    static func findings(for project: Project, catalog: Catalog, evaluation: MatrixEvaluation) -> [Finding] {
        let requirements = FieldPath.spec.key("requirements")
        let matrix = FieldPath.spec.key("matrix")
        var findings: [Finding] = []

        if evaluation.winner == nil {
            let reasons = evaluation.eliminated.map { "\($0.displayName): \(evaluation[$0].status.eliminations[0].text)" }
            findings.append(Finding(.error, "FP201", at: requirements,
                                    "every platform is eliminated by the requirements (\(reasons.joined(separator: "; ")))",
                                    hint: "relax a requirement; `fleetplan score` lists every reason with its source"))
        }
        if let winner = evaluation.winner, let runnerUp = evaluation.runnerUp, let margin = evaluation.margin,
           margin < closeMargin, evaluation.weights.total > 0, !project.matrix.weights.isEmpty {
            let lead = margin == 0 ? "ties with \(runnerUp.displayName) and wins on the tie-break"
                : "leads \(runnerUp.displayName) by only \((evaluation.shownMargin ?? margin).fixedPoint(1)) points"
            findings.append(Finding(.info, "FP202", at: matrix.key("weights"), "\(winner.displayName) \(lead)",
                                    hint: "check the sensitivity (the Matrix pane, or `fleetplan score`) before committing to the choice"))
        }
        for (index, override) in project.matrix.overrides.enumerated() {
            let path = matrix.key("overrides").index(index).key("score")
            if catalog.score(override.platform, override.criterion) == override.score {
                findings.append(Finding(.info, "FP208", at: path,
                                        "\(override.platform.rawValue)/\(override.criterion.rawValue) is overridden with \(override.score), the catalog's own score: the override changes nothing",
                                        hint: "give the score the team means, or remove the override"))
            }
            if let fact = contradictedFact(override, catalog: catalog) {
                findings.append(Finding(.warning, "FP203", at: path,
                                        "\(override.platform.rawValue)/\(override.criterion.rawValue) is set to \(override.score), but the catalog rules it out: \(fact.note) [\(fact.fact)]",
                                        hint: "a hard fact is not a matter of weighting; lower the score or remove the override"))
            }
        }
        if let current = project.requirements.currentPlatform, evaluation[current].status.isEliminated {
            let reasons = evaluation[current].status.eliminations.map { "\($0.text) [\($0.fact)]" }
            findings.append(Finding(.warning, "FP204", at: requirements.key("currentPlatform"),
                                    "the current platform \(current.displayName) does not meet the requirements: \(reasons.joined(separator: "; "))",
                                    hint: "the roadmap moves off it; check the requirement if staying is intended"))
        }
        if evaluation.weights.total == 0 {
            findings.append(Finding(.info, "FP205", at: matrix.key("weights"),
                                    "every weight is 0: all platforms score 0 and the tie-break picks the winner",
                                    hint: "give the criteria that matter a weight above 0"))
        }
        findings += decisionFindings(project.matrix.decision, at: matrix.key("decision"))
        if let pinned = project.matrix.decision.platform {
            let at = matrix.key("decision").key("platform")
            if evaluation[pinned].status.isEliminated {
                let reasons = evaluation[pinned].status.eliminations.map(\.text).joined(separator: "; ")
                findings.append(Finding(.warning, "FP207", at: at,
                                        "the decision pins \(pinned.displayName), which the hard constraints eliminate: \(reasons)",
                                        hint: "change the requirement, pin another platform, or remove matrix.decision.platform"))
            } else if let top = evaluation.winner, top != pinned {
                findings.append(Finding(.info, "FP207", at: at,
                                        "the decision pins \(pinned.displayName) over the top-ranked \(top.displayName) "
                                            + "(\(evaluation[pinned].score.fixedPoint(1)) against \(evaluation[top].score.fixedPoint(1))); the bundle follows the pin",
                                        hint: "record why in the decision record, or remove matrix.decision.platform"))
            }
        }
        return findings
    }

    /// `FP206`: a decision date that is a real `YYYY-MM-DD` day, and an accepted decision that
    /// says when and by whom.
    static func decisionFindings(_ decision: DecisionInfo, at path: FieldPath) -> [Finding] {
        var findings: [Finding] = []
        if !decision.date.isEmpty, !isCalendarDate(decision.date) {
            findings.append(Finding(.error, "FP206", at: path.key("date"),
                                    "decision date \"\(decision.date)\" is not a calendar date YYYY-MM-DD",
                                    hint: "write the day the decision was last updated, such as 2026-12-04"))
        }
        if decision.status == .accepted {
            if decision.date.isEmpty {
                findings.append(Finding(.warning, "FP206", at: path.key("date"),
                                        "the decision is accepted but has no date", hint: "set matrix.decision.date"))
            }
            if decision.deciders.isEmpty {
                findings.append(Finding(.warning, "FP206", at: path.key("deciders"),
                                        "the decision is accepted but names no deciders", hint: "list who made it in matrix.decision.deciders"))
            }
        }
        return findings
    }

    /// True for `YYYY-MM-DD` naming a day that exists (leap years included).
    static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// The capability an override contradicts, if it scores a ruled-out criterion 3 or more.
    static func contradictedFact(_ override: ScoreOverride, catalog: Catalog) -> PlatformCapability? {
        let kind: PlatformCapability.Kind
        switch override.criterion {
        case .statefulSupport: kind = .stateful
        case .multiCloud: kind = .multiCloud
        default: return nil
        }
        guard override.score >= 3, let capability = catalog.entry(override.platform)?.facts.capability(kind),
              capability.support == .no else { return nil }
        return capability
    }
}
