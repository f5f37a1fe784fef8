import FleetModel

/// The pods per node a provider documents as its ceiling.
///
/// `maxPods` is `nil` on AWS, where the ceiling is the instance type's ENI limit.
public struct ProviderPodLimit: Sendable, Equatable, Codable {
    public var provider: Provider
    public var maxPods: Int?
    public var minPods: Int?
    public var source: String
    public var note: String

    public init(provider: Provider, maxPods: Int?, minPods: Int? = nil, source: String, note: String = "") {
        self.provider = provider
        self.maxPods = maxPods
        self.minPods = minPods
        self.source = source
        self.note = note
    }
}
