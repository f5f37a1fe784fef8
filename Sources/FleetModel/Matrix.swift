/// The project's view of the platform comparison: weight overrides and score overrides.
///
/// The default scores live in the platform catalog and the default weights are derived
/// from the requirements; the matrix only records what the team decided differently.
public struct Matrix: Sendable, Equatable {
    /// Criterion → weight 0–10. Criteria not listed take the weight derived from the requirements.
    public var weights: [Criterion: Int]
    /// Scores the team sets instead of the catalog's, each with its reason.
    public var overrides: [ScoreOverride]
    /// Who decides, when, and where the decision stands: the decision record's front matter.
    public var decision: DecisionInfo

    public init(weights: [Criterion: Int] = [:], overrides: [ScoreOverride] = [], decision: DecisionInfo = DecisionInfo()) {
        self.weights = weights
        self.overrides = overrides
        self.decision = decision
    }
}

/// The status, date and people of the platform decision, as MADR's front matter records them
/// (adr/madr `template/adr-template.md`: `status`, `date`, `decision-makers`, `consulted`,
/// `informed`). The date is the project's, never the clock's, so exports stay deterministic.
public struct DecisionInfo: Sendable, Equatable {
    /// The platform the team chose, when it pins one: the bundle is built for it instead of
    /// the recommendation. `nil` follows the ranking.
    public var platform: PlatformID?
    public var status: DecisionStatus
    /// `YYYY-MM-DD`, when the decision was last updated; empty until the team sets it.
    public var date: String
    public var deciders: [String]
    public var consulted: [String]
    public var informed: [String]

    public init(platform: PlatformID? = nil, status: DecisionStatus = .proposed, date: String = "", deciders: [String] = [],
                consulted: [String] = [], informed: [String] = []) {
        self.platform = platform
        self.status = status
        self.date = date
        self.deciders = deciders
        self.consulted = consulted
        self.informed = informed
    }

    /// True when nothing is set.
    public var isEmpty: Bool { self == DecisionInfo() }
}

/// MADR's decision statuses.
public enum DecisionStatus: String, Sendable, CaseIterable {
    case proposed, accepted, rejected, deprecated, superseded
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
