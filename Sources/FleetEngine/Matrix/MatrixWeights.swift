import FleetModel

/// The weight of every criterion, and where each came from.
///
/// Defaults are derived from the requirements by `WeightRule.all`; the project's
/// `matrix.weights` replace them criterion by criterion.
public struct MatrixWeights: Sendable, Equatable {
    /// One criterion's weight and its origin.
    public struct Entry: Sendable, Equatable {
        public var criterion: Criterion
        /// The weight used for scoring, 0–10.
        public var weight: Int
        /// The weight the requirements alone give.
        public var derived: Int
        /// Ids of the rules that moved the derived weight, in order.
        public var rules: [String]
        /// True when `matrix.weights` sets this criterion.
        public var overridden: Bool
    }

    /// One entry per criterion, in `Criterion` order.
    public var entries: [Entry]

    /// The weights for a project: derived from its requirements, then its overrides applied.
    ///
    /// - Complexity: O(*r* · *c*) for *r* rules and *c* criteria.
    public init(requirements: Requirements, overrides: [Criterion: Int] = [:]) {
        entries = Criterion.allCases.map { criterion in
            var weight = WeightRule.baseWeight
            var rules: [String] = []
            for rule in WeightRule.all where rule.applies(to: requirements) {
                for adjustment in rule.adjustments where adjustment.criterion == criterion {
                    weight += adjustment.delta
                    rules.append(rule.id)
                }
            }
            let derived = min(10, max(0, weight))
            let chosen = overrides[criterion].map { min(10, max(0, $0)) }
            return Entry(criterion: criterion, weight: chosen ?? derived, derived: derived, rules: rules, overridden: chosen != nil)
        }
    }

    /// Weights given directly (no derivation), for tests and what-if views.
    public init(_ weights: [Criterion: Int]) {
        entries = Criterion.allCases.map { criterion in
            let weight = weights[criterion] ?? 0
            return Entry(criterion: criterion, weight: weight, derived: weight, rules: [], overridden: false)
        }
    }

    /// The weight used for a criterion.
    public subscript(_ criterion: Criterion) -> Int {
        entries.first { $0.criterion == criterion }?.weight ?? 0
    }

    /// The sum of all weights.
    public var total: Int { entries.reduce(0) { $0 + $1.weight } }

    /// Criterion → weight, for renderers.
    public var dictionary: [Criterion: Int] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.criterion, $0.weight) })
    }

    /// A copy with one weight replaced (used by sensitivity analysis).
    public func setting(_ criterion: Criterion, to weight: Int) -> MatrixWeights {
        var copy = self
        if let index = copy.entries.firstIndex(where: { $0.criterion == criterion }) {
            copy.entries[index].weight = weight
            copy.entries[index].overridden = true
        }
        return copy
    }
}
