import FleetModel

/// One platform's result: its score, the contribution of each criterion, its constraint status.
///
/// Every number can be explained: `score` is the sum of the cells' `contribution`s, and
/// each contribution is `100 · weight · (score − 1) / (4 · Σ weights)`.
public struct PlatformScore: Sendable, Equatable {
    public var platform: PlatformID
    /// `Σ weight · (score − 1)`: the exact numerator all comparisons use.
    public var points: Int
    /// The normalised weighted score, 0–100; 0 when every weight is 0.
    public var score: Double
    /// One cell per criterion, in `Criterion` order.
    public var cells: [ScoredCell]
    public var status: ConstraintStatus

    /// The cell for a criterion.
    public func cell(_ criterion: Criterion) -> ScoredCell? {
        cells.first { $0.criterion == criterion }
    }

    /// The sum of the (effective) scores, unweighted; the second tie-break.
    public var unweightedTotal: Int { cells.reduce(0) { $0 + $1.score } }
}
