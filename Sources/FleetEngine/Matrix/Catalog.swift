import FleetModel

/// The platform catalog: default scores with justifications, hard facts, and their sources.
///
/// The default catalog ships as `catalog.json` next to the engine (`Catalog.bundled()`).
/// Scoring functions take a `Catalog` value, so tests and teams can score against another.
public struct Catalog: Sendable, Equatable, Codable {
    /// The data file's format version.
    public var version: Int
    /// The date the catalog's facts were last reviewed (`YYYY-MM-DD`).
    public var reviewed: String
    /// A one-line description of the data.
    public var note: String
    /// Every fact the catalog cites, sorted by id.
    public var facts: [SourcedFact]
    /// One entry per platform, in `PlatformID` order.
    public var platforms: [PlatformEntry]

    public init(version: Int = 1, reviewed: String, note: String = "", facts: [SourcedFact], platforms: [PlatformEntry]) {
        self.version = version
        self.reviewed = reviewed
        self.note = note
        self.facts = facts
        self.platforms = platforms
    }

    /// The entry for a platform, if the catalog has one.
    public func entry(_ platform: PlatformID) -> PlatformEntry? {
        platforms.first { $0.id == platform }
    }

    /// The fact with the given id, if the catalog has one.
    public func fact(_ id: String) -> SourcedFact? {
        facts.first { $0.id == id }
    }

    /// The catalog score of a platform on a criterion; 1 when the catalog has no cell.
    public func score(_ platform: PlatformID, _ criterion: Criterion) -> Int {
        entry(platform)?.cell(criterion)?.score ?? 1
    }

    /// What is wrong with the data, one line each; empty for a sound catalog.
    ///
    /// A sound catalog lists every platform once with one cell per criterion, scores in
    /// 1–5, and cites only facts it defines.
    public func problems() -> [String] {
        var problems: [String] = []
        let known = Set(facts.map(\.id))
        if facts.map(\.id) != facts.map(\.id).sorted() { problems.append("facts are not sorted by id") }
        if Set(facts.map(\.id)).count != facts.count { problems.append("duplicate fact ids") }
        if platforms.map(\.id) != PlatformID.allCases { problems.append("platforms must be listed once each, in PlatformID order") }
        for entry in platforms {
            let name = entry.id.rawValue
            if entry.cells.map(\.criterion) != Criterion.allCases {
                problems.append("\(name): cells must cover every criterion once, in order")
            }
            for cell in entry.cells {
                if !(1...5).contains(cell.score) { problems.append("\(name).\(cell.criterion.rawValue): score \(cell.score) outside 1–5") }
                if !known.contains(cell.fact) { problems.append("\(name).\(cell.criterion.rawValue): unknown fact \(cell.fact)") }
                if cell.justification.isEmpty { problems.append("\(name).\(cell.criterion.rawValue): empty justification") }
            }
            let kinds = entry.facts.capabilities.map(\.capability)
            if kinds != PlatformCapability.Kind.allCases { problems.append("\(name): capabilities must cover every kind once, in order") }
            let cited = entry.facts.capabilities.map(\.fact) + [entry.facts.hostingFact, entry.facts.nodeLimitFact, entry.facts.cloudsFact]
            for id in cited where !known.contains(id) { problems.append("\(name): unknown fact \(id)") }
        }
        return problems
    }
}
