import Foundation
import FleetModel

/// What one cluster costs per month at on-demand list prices, part by part.
///
/// `monthlyUSD` is the sum of the known parts only; `unknownParts` lists what could not be
/// priced, so a reader never takes a partial sum for the whole.
public struct CostEstimate: Sendable, Equatable {
    /// Hours in the month: 730.
    public var hoursPerMonth: Int
    public var provider: Provider
    public var region: String
    /// Nodes, then the control plane, then load balancers (a part appears when it is counted).
    public var parts: [CostPart]

    public init(hoursPerMonth: Int, provider: Provider, region: String, parts: [CostPart]) {
        self.hoursPerMonth = hoursPerMonth
        self.provider = provider
        self.region = region
        self.parts = parts
    }

    /// The sum of the known parts, in USD.
    public var monthlyUSD: Decimal { parts.compactMap(\.monthlyUSD).reduce(0, +) }

    /// The parts without a price.
    public var unknownParts: [CostPart] { parts.filter { !$0.isKnown } }

    /// Whether every part has a price.
    public var isComplete: Bool { unknownParts.isEmpty }

    /// The prices the estimate used, in part order.
    public var prices: [PriceQuote] { parts.compactMap(\.price) }

    /// The sentence every estimate carries.
    public var basis: String {
        let dates = Set(prices.map(\.read)).sorted().joined(separator: ", ")
        return "on-demand list-price estimate for \(region), \(hoursPerMonth) hours a month"
            + (dates.isEmpty ? "" : ", prices read \(dates)")
            + (isComplete ? "" : "; unknown: \(unknownParts.map(\.kind.rawValue).joined(separator: ", ")) (not in the sum)")
    }
}
