/// The project's view of the platform comparison: weight overrides and score overrides.
///
/// The default scores live in the platform catalog and the default weights are derived
/// from the requirements; the matrix only records what the team decided differently.
public struct Matrix: Sendable, Equatable {
    /// Criterion → weight 0–10. Criteria not listed take the weight derived from the requirements.
    public var weights: [Criterion: Int]
    /// Scores the team sets instead of the catalog's, each with its reason.
    public var overrides: [ScoreOverride]

    public init(weights: [Criterion: Int] = [:], overrides: [ScoreOverride] = []) {
        self.weights = weights
        self.overrides = overrides
    }
}

/// A score 1–5 that replaces the catalog's for one platform and criterion.
public struct ScoreOverride: Sendable, Equatable {
    public var platform: PlatformID
    public var criterion: Criterion
    public var score: Int
    /// Why; shown next to the score in the matrix and in the exported report.
    public var note: String

    public init(platform: PlatformID, criterion: Criterion, score: Int, note: String) {
        self.platform = platform
        self.criterion = criterion
        self.score = score
        self.note = note
    }
}
