import FleetModel

/// How far one criterion's weight must move before the winner changes, and to whom.
///
/// Weights are integers 0–10 (the project file stores integers). Moving one weight *w*
/// moves every platform's points along a line, `points + (w − w₀)·(s − 1)`, and the shared
/// denominator does not change the order, so each challenger's crossing point is solved
/// exactly: no sampling. `flipAt` is the nearest weight, up or down, at which another
/// platform wins (ties broken as in `MatrixEvaluation`); on equal distance the increase
/// is reported. `nil` means no weight in 0–10 changes the winner.
public struct Sensitivity: Sendable, Equatable {
    /// A weight at which another platform wins.
    public struct Flip: Sendable, Equatable {
        public var weight: Int
        public var newWinner: PlatformID
    }

    public var criterion: Criterion
    public var currentWeight: Int
    /// The smallest increase that changes the winner, if any.
    public var increase: Flip?
    /// The smallest decrease that changes the winner, if any.
    public var decrease: Flip?

    /// The nearer of `increase` and `decrease` (the increase on equal distance).
    public var nearest: Flip? {
        switch (increase, decrease) {
        case let (up?, down?): (up.weight - currentWeight) <= (currentWeight - down.weight) ? up : down
        case let (up?, nil): up
        case let (nil, down?): down
        case (nil, nil): nil
        }
    }

    /// The weight at which the winner changes; `nil` when none in 0–10 does.
    public var flipAt: Int? { nearest?.weight }
    /// Who wins at `flipAt`.
    public var newWinner: PlatformID? { nearest?.newWinner }

    /// One entry per criterion, in `Criterion` order; empty when no platform survives.
    /// With a single survivor every entry has no flip.
    ///
    /// - Complexity: O(*c* · *p*) for *c* criteria and *p* surviving platforms, plus a
    ///   re-ranking per reported flip.
    public static func analyse(_ evaluation: MatrixEvaluation) -> [Sensitivity] {
        guard evaluation.winner != nil else { return [] }
        return Criterion.allCases.map { criterion in
            let current = evaluation.weights[criterion]
            return Sensitivity(
                criterion: criterion, currentWeight: current,
                increase: flip(evaluation, criterion, direction: 1),
                decrease: flip(evaluation, criterion, direction: -1)
            )
        }
    }

    /// The nearest flip moving `criterion`'s weight in `direction` (+1 or −1), within 0–10.
    static func flip(_ evaluation: MatrixEvaluation, _ criterion: Criterion, direction: Int) -> Flip? {
        guard let winner = evaluation.winner else { return nil }
        let current = evaluation.weights[criterion]
        let room = direction > 0 ? 10 - current : current
        let leader = evaluation[winner]
        let leaderSlope = (leader.cell(criterion)?.score ?? 1) - 1
        let winnerTieRank = evaluation.tieOrder.firstIndex(of: winner) ?? 0
        var nearest: Int?
        for challenger in evaluation.ranking.dropFirst() {
            let other = evaluation[challenger]
            let gap = leader.points - other.points
            // How fast the gap closes per unit of weight moved in `direction`.
            let closing = -direction * (leaderSlope - ((other.cell(criterion)?.score ?? 1) - 1))
            guard closing > 0 else { continue }
            let winsTies = (evaluation.tieOrder.firstIndex(of: challenger) ?? 0) < winnerTieRank
            let steps = winsTies ? max(1, (gap + closing - 1) / closing) : gap / closing + 1
            if steps <= room { nearest = min(nearest ?? steps, steps) }
        }
        guard let steps = nearest else { return nil }
        let weight = current + direction * steps
        var points: [PlatformID: Int] = [:]
        for platform in evaluation.ranking {
            let result = evaluation[platform]
            let slope = (result.cell(criterion)?.score ?? 1) - 1
            points[platform] = result.points + (weight - current) * slope
        }
        let ranking = MatrixEvaluation.rank(evaluation.ranking, points: points, tieOrder: evaluation.tieOrder)
        return Flip(weight: weight, newWinner: ranking[0])
    }
}
