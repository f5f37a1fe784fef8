import Foundation

/// An on-demand list price per hour in one region, as read at its source.
///
/// Prices are kept as decimal text (`"0.384"`) so that arithmetic on them is exact.
public struct RegionalPrice: Sendable, Equatable, Codable {
    /// The provider's region name: `us-east-1`, `europe-west1`, `westeurope`.
    public var region: String
    /// USD per hour, as decimal text.
    public var usdPerHour: String
    /// The source id.
    public var source: String

    public init(region: String, usdPerHour: String, source: String) {
        self.region = region
        self.usdPerHour = usdPerHour
        self.source = source
    }

    /// The price as a `Decimal`; `nil` when the text is not a number.
    public var hourly: Decimal? { Decimal(string: usdPerHour, locale: Locale(identifier: "en_US_POSIX")) }
}
