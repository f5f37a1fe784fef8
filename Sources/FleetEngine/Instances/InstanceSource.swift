/// Where a figure of the instance catalog was read, and when.
public struct InstanceSource: Sendable, Equatable, Codable {
    /// A stable key such as `AWS-ENI-MAX-PODS`.
    public var id: String
    public var title: String
    /// A URL, or `owner/repo path @ commit`.
    public var location: String
    /// The date it was read (`YYYY-MM-DD`).
    public var read: String
    /// `verified` (read at the provider), `generated` (a provider API's output, committed by a
    /// public project), `secondary` (a copy or aggregation of the provider's data) or `partial`.
    public var status: String
    public var note: String

    public init(id: String, title: String, location: String, read: String, status: String, note: String = "") {
        self.id = id
        self.title = title
        self.location = location
        self.read = read
        self.status = status
        self.note = note
    }
}
