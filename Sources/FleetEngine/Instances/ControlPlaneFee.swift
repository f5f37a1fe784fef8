import Foundation
import FleetModel

/// A managed control plane's hourly fee for one provider and tier (`standard`, `extended`, `free`).
public struct ControlPlaneFee: Sendable, Equatable, Codable {
    public var provider: Provider
    public var tier: String
    /// USD per cluster-hour, as decimal text.
    public var usdPerHour: String
    public var source: String
    /// The provider's name for the tier.
    public var note: String

    public init(provider: Provider, tier: String, usdPerHour: String, source: String, note: String = "") {
        self.provider = provider
        self.tier = tier
        self.usdPerHour = usdPerHour
        self.source = source
        self.note = note
    }

    /// The fee as a `Decimal`.
    public var hourly: Decimal? { Decimal(string: usdPerHour, locale: Locale(identifier: "en_US_POSIX")) }
}
