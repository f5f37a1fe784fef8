import FleetModel

/// One platform's default score on one criterion, with its reason and source.
public struct CatalogCell: Sendable, Equatable, Codable {
    public var criterion: Criterion
    /// 1–5, where 5 is best for the adopter.
    public var score: Int
    /// Why, in one line.
    public var justification: String
    /// The id of the `SourcedFact` that drives the score.
    public var fact: String

    public init(criterion: Criterion, score: Int, justification: String, fact: String) {
        self.criterion = criterion
        self.score = score
        self.justification = justification
        self.fact = fact
    }
}
