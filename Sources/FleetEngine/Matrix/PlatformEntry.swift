import FleetModel

/// One platform of the catalog: its hard facts and its default score per criterion.
public struct PlatformEntry: Sendable, Equatable, Codable {
    public var id: PlatformID
    /// One line describing what the entry covers (launch types, self-managed or not).
    public var summary: String
    public var facts: PlatformFacts
    /// One cell per criterion, in `Criterion` order.
    public var cells: [CatalogCell]

    public init(id: PlatformID, summary: String, facts: PlatformFacts, cells: [CatalogCell]) {
        self.id = id
        self.summary = summary
        self.facts = facts
        self.cells = cells
    }

    /// The cell for a criterion, if the catalog has one.
    public func cell(_ criterion: Criterion) -> CatalogCell? {
        cells.first { $0.criterion == criterion }
    }
}
