import Foundation

/// One line of a monthly estimate: nodes, the control-plane fee or the load balancers.
///
/// A part with no `monthlyUSD` is unknown: no price was found at a source, so it is left
/// out of the estimate's sum and named in `CostEstimate.unknownParts`.
public struct CostPart: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case nodes, controlPlane, loadBalancers
    }

    public var kind: Kind
    /// Nodes, clusters (1) or load balancers.
    public var quantity: Int
    /// The hourly unit price used, when there is one.
    public var unitUSDPerHour: Decimal?
    /// The monthly unit price used instead (bare-metal nodes).
    public var unitUSDPerMonth: Decimal?
    /// `quantity × unit × hours`, or `quantity × monthly unit`; `nil` when unknown.
    public var monthlyUSD: Decimal?
    /// Where the price came from.
    public var price: PriceQuote?
    /// The formula with its numbers (`3 × 0.384 × 730`), or why the part is unknown.
    public var note: String

    public init(kind: Kind, quantity: Int, unitUSDPerHour: Decimal? = nil, unitUSDPerMonth: Decimal? = nil,
                monthlyUSD: Decimal?, price: PriceQuote? = nil, note: String) {
        self.kind = kind
        self.quantity = quantity
        self.unitUSDPerHour = unitUSDPerHour
        self.unitUSDPerMonth = unitUSDPerMonth
        self.monthlyUSD = monthlyUSD
        self.price = price
        self.note = note
    }

    /// Whether the part has a price.
    public var isKnown: Bool { monthlyUSD != nil }
}

/// A price as it was read: what, where, from which source and when.
public struct PriceQuote: Sendable, Equatable {
    /// The instance type, fee tier or load-balancer kind.
    public var item: String
    /// The region (`*` when the price holds everywhere).
    public var region: String
    public var sourceID: String
    /// The date the source was read.
    public var read: String

    public init(item: String, region: String, sourceID: String, read: String) {
        self.item = item
        self.region = region
        self.sourceID = sourceID
        self.read = read
    }
}
