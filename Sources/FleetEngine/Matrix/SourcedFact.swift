/// A documented fact about a platform, with the source it was read from.
///
/// Catalog cells and platform facts refer to these by `id` (`K8S-01`, `RUN-12`, …), so a
/// score or an elimination can always be traced back to a citation.
public struct SourcedFact: Sendable, Equatable, Codable {
    /// A stable key such as `K8S-01`.
    public var id: String
    /// The fact, paraphrased in one sentence.
    public var statement: String
    /// A URL, or `owner/repo` and a path.
    public var source: String
    /// How the fact was checked: `verified`, `secondary`, `unverified`, `judgement`, …
    public var status: String

    public init(id: String, statement: String, source: String, status: String) {
        self.id = id
        self.statement = statement
        self.source = source
        self.status = status
    }
}
