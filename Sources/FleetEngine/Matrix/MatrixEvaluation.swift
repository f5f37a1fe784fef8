import FleetModel

/// The scored platform matrix: weights, every platform's score, the ranking and the winner.
///
/// The score of platform *p* is `100 · Σ w·(s − 1) / (4 · Σ w)`: 0 when it scores 1
/// everywhere, 100 when it scores 5 everywhere. All platforms share the denominator, so
/// the ranking compares the integer numerators (`points`) exactly.
///
/// Ties are broken, in order, by: the platform the team runs today
/// (`requirements.currentPlatform`, no migration), the higher unweighted score sum, then
/// catalog order (`PlatformID` order). The tie-break does not depend on the weights.
///
/// When every weight is 0 every platform scores 0 and the tie-break alone decides;
/// `notes` says so.
public struct MatrixEvaluation: Sendable, Equatable {
    public var weights: MatrixWeights
    /// Every platform, in `PlatformID` order, eliminated or not.
    public var platforms: [PlatformScore]
    /// Surviving platforms, best first.
    public var ranking: [PlatformID]
    /// Eliminated platforms, in `PlatformID` order.
    public var eliminated: [PlatformID]
    /// Every platform in tie-break order (best first); ranks platforms of equal points.
    public var tieOrder: [PlatformID]
    /// Remarks a reader needs (all weights 0, all platforms eliminated, …).
    public var notes: [String]

    /// The first of the ranking; `nil` when every platform is eliminated.
    public var winner: PlatformID? { ranking.first }
    /// The second of the ranking, if any.
    public var runnerUp: PlatformID? { ranking.count > 1 ? ranking[1] : nil }

    /// The winner's lead over the runner-up in score points; `nil` with fewer than two survivors.
    public var margin: Double? {
        guard let winner, let runnerUp else { return nil }
        return self[winner].score - self[runnerUp].score
    }

    /// The margin between the two scores as they are printed (one decimal), for every text
    /// that shows a margin: "72.3 against 66.5, ahead by 5.8" always adds up.
    public var shownMargin: Double? {
        guard let winner, let runnerUp else { return nil }
        return Double.shownDifference(self[winner].score, self[runnerUp].score)
    }

    /// The result for a platform.
    public subscript(_ platform: PlatformID) -> PlatformScore {
        platforms.first { $0.platform == platform }!
    }

    /// Evaluates a project against a catalog.
    public static func evaluate(_ project: Project, catalog: Catalog) -> MatrixEvaluation {
        evaluate(
            requirements: project.requirements,
            weights: MatrixWeights(requirements: project.requirements, overrides: project.matrix.weights),
            overrides: project.matrix.overrides,
            catalog: catalog
        )
    }

    /// Evaluates given weights and score overrides against a catalog.
    ///
    /// - Complexity: O(*p* · *c* · *o*) for *p* platforms, *c* criteria and *o* overrides.
    public static func evaluate(
        requirements: Requirements, weights: MatrixWeights, overrides: [ScoreOverride], catalog: Catalog
    ) -> MatrixEvaluation {
        let denominator = 4 * weights.total
        let platforms = PlatformID.allCases.map { platform in
            let cells = Criterion.allCases.map { criterion in
                let catalogCell = catalog.entry(platform)?.cell(criterion)
                let catalogScore = catalogCell?.score ?? 1
                let override = overrides.last { $0.platform == platform && $0.criterion == criterion }
                let score = min(5, max(1, override?.score ?? catalogScore))
                let weight = weights[criterion]
                let points = weight * (score - 1)
                return ScoredCell(
                    criterion: criterion, score: score, catalogScore: catalogScore,
                    justification: catalogCell?.justification ?? "", fact: catalogCell?.fact ?? "",
                    overrideNote: override?.note, weight: weight, points: points,
                    contribution: denominator == 0 ? 0 : 100 * Double(points) / Double(denominator)
                )
            }
            let points = cells.reduce(0) { $0 + $1.points }
            return PlatformScore(
                platform: platform, points: points,
                score: denominator == 0 ? 0 : 100 * Double(points) / Double(denominator),
                cells: cells,
                status: Constraints.status(of: platform, requirements: requirements, catalog: catalog)
            )
        }
        let tieOrder = platforms.sorted { lhs, rhs in
            let current = requirements.currentPlatform
            if (lhs.platform == current) != (rhs.platform == current) { return lhs.platform == current }
            if lhs.unweightedTotal != rhs.unweightedTotal { return lhs.unweightedTotal > rhs.unweightedTotal }
            return lhs.platform < rhs.platform
        }.map(\.platform)
        let survivors = platforms.filter { !$0.status.isEliminated }
        let points = Dictionary(uniqueKeysWithValues: platforms.map { ($0.platform, $0.points) })
        let ranking = rank(survivors.map(\.platform), points: points, tieOrder: tieOrder)
        var notes: [String] = []
        if survivors.isEmpty {
            notes.append("Every platform is eliminated by the hard constraints; relax a requirement to get a recommendation.")
        }
        if weights.total == 0 {
            notes.append("Every weight is 0: every platform scores 0 and the tie-break decides (current platform, then unweighted score sum, then catalog order).")
        } else if ranking.count > 1, points[ranking[0]] == points[ranking[1]] {
            notes.append("\(ranking[0].displayName) and \(ranking[1].displayName) score the same; the tie-break puts \(ranking[0].displayName) first.")
        }
        return MatrixEvaluation(
            weights: weights, platforms: platforms, ranking: ranking,
            eliminated: platforms.filter(\.status.isEliminated).map(\.platform),
            tieOrder: tieOrder, notes: notes
        )
    }

    /// Platforms ordered by points (highest first), ties by their place in `tieOrder`.
    static func rank(_ candidates: [PlatformID], points: [PlatformID: Int], tieOrder: [PlatformID]) -> [PlatformID] {
        candidates.sorted { lhs, rhs in
            let (a, b) = (points[lhs] ?? 0, points[rhs] ?? 0)
            if a != b { return a > b }
            return (tieOrder.firstIndex(of: lhs) ?? 0) < (tieOrder.firstIndex(of: rhs) ?? 0)
        }
    }
}
