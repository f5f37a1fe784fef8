import FleetModel

extension ScoreReport {
    /// The report as JSON, keys in the documented order:
    /// `winner`, `margin`, `ranking`, `eliminated`, `weights`, `sensitivity`, `roadmap`,
    /// then `notes`, `catalogReviewed`, `kubernetesCost` (the design's estimate on Kubernetes,
    /// when it has clusters) and, when requested, `comparison`.
    ///
    /// Scores, margins and contributions are rounded to two decimals. `ranking` lists the
    /// surviving platforms best first (the winner is its first entry).
    public func json() -> String {
        jsonValue().rendered()
    }

    /// The report as a JSON value, for embedding in larger documents (the export bundle).
    public func jsonValue() -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("winner", .optional(evaluation.winner?.rawValue)),
            ("margin", evaluation.margin.map(JSONValue.number) ?? .null),
            ("ranking", .array(evaluation.ranking.map { rankingEntry(evaluation[$0]) })),
            ("eliminated", .array(evaluation.eliminated.map { eliminatedEntry(evaluation[$0]) })),
            ("weights", .object(evaluation.weights.entries.map { ($0.criterion.rawValue, .int($0.weight)) })),
            ("sensitivity", .array(sensitivity.map { entry in
                .object([
                    ("criterion", .string(entry.criterion.rawValue)),
                    ("currentWeight", .int(entry.currentWeight)),
                    ("flipAt", .optional(entry.flipAt)),
                    ("newWinner", .optional(entry.newWinner?.rawValue)),
                ])
            })),
            ("roadmap", roadmap.map(Self.roadmapValue) ?? .null),
            ("notes", .array(evaluation.notes.map(JSONValue.string))),
            ("catalogReviewed", .string(catalog.reviewed)),
        ]
        if let kubernetesCost {
            members.append(("kubernetesCost", .object([
                ("monthlyUSD", .string(kubernetesCost.knownMonthlyUSD.dollars)),
                ("complete", .bool(kubernetesCost.isComplete)),
                ("unpricedParts", .int(kubernetesCost.unknowns.count)),
                ("note", .string(kubernetesCost.matrixNote)),
            ])))
        }
        if let comparison { members.append(("comparison", comparisonValue(comparison))) }
        return .object(members)
    }

    func rankingEntry(_ result: PlatformScore) -> JSONValue {
        .object([
            ("platform", .string(result.platform.rawValue)),
            ("score", .number(result.score)),
            ("contributions", .object(result.cells.map { ($0.criterion.rawValue, .number($0.contribution)) })),
            ("overrides", overridesValue(result)),
            ("caveats", .array(result.status.caveats.map(Self.reasonValue))),
        ])
    }

    func eliminatedEntry(_ result: PlatformScore) -> JSONValue {
        .object([
            ("platform", .string(result.platform.rawValue)),
            ("score", .number(result.score)),
            ("reasons", .array(result.status.eliminations.map(Self.reasonValue))),
        ])
    }

    func overridesValue(_ result: PlatformScore) -> JSONValue {
        .array(result.cells.filter { $0.overrideNote != nil }.map { cell in
            .object([
                ("criterion", .string(cell.criterion.rawValue)),
                ("catalogScore", .int(cell.catalogScore)),
                ("score", .int(cell.score)),
                ("note", .string(cell.overrideNote ?? "")),
            ])
        })
    }

    static func reasonValue(_ reason: ConstraintReason) -> JSONValue {
        .object([
            ("requirement", .string(reason.requirement.description)),
            ("reason", .string(reason.text)),
            ("fact", .string(reason.fact)),
        ])
    }

    static func roadmapValue(_ roadmap: MigrationRoadmap) -> JSONValue {
        .object([
            ("kind", .string(roadmap.kind.rawValue)),
            ("from", .optional(roadmap.from?.rawValue)),
            ("to", .string(roadmap.to.rawValue)),
            ("strategy", .string(roadmap.strategy)),
            ("phases", .array(roadmap.phases.map { phase in
                .object([
                    ("id", .string(phase.id)),
                    ("title", .string(phase.title)),
                    ("clusters", .array(phase.clusters.map(JSONValue.string))),
                    ("steps", .array(phase.steps.map(JSONValue.string))),
                    ("exitCriteria", .array(phase.exitCriteria.map(JSONValue.string))),
                    ("risks", .array(phase.risks.map(JSONValue.string))),
                ])
            })),
        ])
    }

    func comparisonValue(_ comparison: PlatformComparison) -> JSONValue {
        func status(_ side: PlatformScore) -> JSONValue {
            .object([
                ("platform", .string(side.platform.rawValue)),
                ("score", .number(side.score)),
                ("eliminated", .bool(side.status.isEliminated)),
                ("reasons", .array(side.status.eliminations.map(Self.reasonValue))),
            ])
        }
        return .object([
            ("first", status(comparison.first)),
            ("second", status(comparison.second)),
            ("difference", .number(comparison.difference)),
            ("criteria", .array(comparison.rows.map { row in
                .object([
                    ("criterion", .string(row.criterion.rawValue)),
                    ("weight", .int(row.weight)),
                    ("firstScore", .int(row.firstScore)),
                    ("secondScore", .int(row.secondScore)),
                    ("firstContribution", .number(row.firstContribution)),
                    ("secondContribution", .number(row.secondContribution)),
                    ("difference", .number(row.difference)),
                ])
            })),
        ])
    }
}
