import Foundation
import FleetModel

/// The hourly price of one load balancer of a provider in a region (`*`: every region).
///
/// Only the hourly charge is modelled; traffic-based charges (capacity units, data processed) are not.
public struct LoadBalancerPrice: Sendable, Equatable, Codable {
    public var provider: Provider
    public var region: String
    /// USD per load-balancer hour, as decimal text.
    public var usdPerHour: String
    public var source: String
    public var note: String

    public init(provider: Provider, region: String, usdPerHour: String, source: String, note: String = "") {
        self.provider = provider
        self.region = region
        self.usdPerHour = usdPerHour
        self.source = source
        self.note = note
    }

    /// The price as a `Decimal`.
    public var hourly: Decimal? { Decimal(string: usdPerHour, locale: Locale(identifier: "en_US_POSIX")) }
}
