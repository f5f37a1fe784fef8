import Foundation

/// Estimates summed over clusters (an environment, a region, the fleet).
///
/// The total counts known parts only; every unknown part stays listed with the label of
/// the cluster it belongs to.
///
/// ```swift
/// let fleet = FleetCost([("prod-eu", eu), ("prod-us", us)])
/// fleet.knownMonthlyUSD      // eu.monthlyUSD + us.monthlyUSD
/// fleet.unknowns             // [("prod-us", <load balancers part>)] when one is unpriced
/// ```
/// - Complexity: O(*e* · *p*) for *e* estimates of *p* parts.
public struct FleetCost: Sendable, Equatable {
    /// An unpriced part and the label of its estimate.
    public struct Unknown: Sendable, Equatable {
        public var label: String
        public var part: CostPart
    }

    public var estimates: [(label: String, estimate: CostEstimate)]

    public init(_ estimates: [(label: String, estimate: CostEstimate)]) {
        self.estimates = estimates
    }

    /// The sum of every estimate's known parts, in USD.
    public var knownMonthlyUSD: Decimal { estimates.map(\.estimate.monthlyUSD).reduce(0, +) }

    /// Every unpriced part, in estimate order.
    public var unknowns: [Unknown] {
        estimates.flatMap { item in item.estimate.unknownParts.map { Unknown(label: item.label, part: $0) } }
    }

    /// Whether every part of every estimate has a price.
    public var isComplete: Bool { unknowns.isEmpty }

    /// Estimates grouped by a key (environment, region), each with its own roll-up, keys sorted.
    public func grouped(by key: (String) -> String) -> [(key: String, cost: FleetCost)] {
        var order: [String] = []
        var groups: [String: [(label: String, estimate: CostEstimate)]] = [:]
        for item in estimates {
            let group = key(item.label)
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(item)
        }
        return order.sorted().map { ($0, FleetCost(groups[$0]!)) }
    }

    public static func == (lhs: FleetCost, rhs: FleetCost) -> Bool {
        lhs.estimates.map(\.label) == rhs.estimates.map(\.label) && lhs.estimates.map(\.estimate) == rhs.estimates.map(\.estimate)
    }
}
