import FleetModel

/// Two platforms side by side, criterion by criterion.
///
/// Each row carries both scores, both weighted contributions and their difference
/// (first minus second), so a reader can see which criteria decide between the two.
/// The constraint status of both platforms comes along: an eliminated platform can still
/// be compared, and the comparison says it is out and why.
public struct PlatformComparison: Sendable, Equatable {
    /// One criterion of the comparison.
    public struct Row: Sendable, Equatable {
        public var criterion: Criterion
        public var weight: Int
        public var firstScore: Int
        public var secondScore: Int
        public var firstContribution: Double
        public var secondContribution: Double
        /// `firstContribution − secondContribution`.
        public var difference: Double
        /// Override notes, when the team replaced either score.
        public var firstNote: String?
        public var secondNote: String?
    }

    public var first: PlatformScore
    public var second: PlatformScore
    /// One row per criterion, in `Criterion` order.
    public var rows: [Row]

    /// `first.score − second.score`.
    public var difference: Double { first.score - second.score }

    /// Rows sorted by how much they favour one side (largest absolute difference first,
    /// then criterion order), skipping rows that make no difference.
    public var deciding: [Row] {
        rows.filter { $0.difference != 0 }.enumerated().sorted { lhs, rhs in
            let (a, b) = (abs(lhs.element.difference), abs(rhs.element.difference))
            return a != b ? a > b : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// Compares two platforms of an evaluation.
    ///
    /// - Complexity: O(*c*) for *c* criteria.
    public init(_ evaluation: MatrixEvaluation, _ first: PlatformID, _ second: PlatformID) {
        self.first = evaluation[first]
        self.second = evaluation[second]
        let (a, b) = (self.first, self.second)
        rows = Criterion.allCases.map { criterion in
            let left = a.cell(criterion)!
            let right = b.cell(criterion)!
            return Row(
                criterion: criterion, weight: left.weight,
                firstScore: left.score, secondScore: right.score,
                firstContribution: left.contribution, secondContribution: right.contribution,
                difference: left.contribution - right.contribution,
                firstNote: left.overrideNote, secondNote: right.overrideNote
            )
        }
    }
}
