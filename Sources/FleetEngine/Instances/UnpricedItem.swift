/// A figure that was looked for and not found at a source, and why.
public struct UnpricedItem: Sendable, Equatable, Codable {
    public var what: String
    public var why: String

    public init(what: String, why: String) {
        self.what = what
        self.why = why
    }
}
