import FleetModel

/// One platform's score on one criterion, weighted.
public struct ScoredCell: Sendable, Equatable {
    public var criterion: Criterion
    /// The score used, 1–5: the override's when there is one, else the catalog's.
    public var score: Int
    /// The catalog's score.
    public var catalogScore: Int
    /// The catalog's one-line justification and its fact id.
    public var justification: String
    public var fact: String
    /// The override's note when `matrix.overrides` replaced the score.
    public var overrideNote: String?
    public var weight: Int
    /// `weight · (score − 1)`.
    public var points: Int
    /// The share of the 0–100 score this cell provides.
    public var contribution: Double
}
