import Foundation
import FleetModel

/// Monthly cost of one cluster at on-demand list prices: a pure function of the request and a catalog.
///
/// ```
/// nodes          = nodes × instance price per hour × 730   (bare metal: nodes × nodeMonthlyCostUSD)
/// control plane  = fee per cluster-hour × 730              (managed control planes only)
/// load balancers = load balancers × price per hour × 730
/// ```
/// A part whose price the catalog does not have is returned with `monthlyUSD == nil` and a
/// note saying why; it is never guessed. Zero nodes or zero load balancers cost 0, known.
///
/// ```swift
/// let request = CostRequest(profile: profile, region: "us-east-1", nodes: 3, loadBalancers: 1)
/// let estimate = CostEstimator.monthly(request, catalog: try InstanceCatalog.bundled())
/// estimate.monthlyUSD   // 3 × 0.384 × 730 + 0.10 × 730 + 0.0225 × 730 = 930.385
/// ```
/// - Complexity: O(*n*) in the catalog's instance types (one lookup).
public enum CostEstimator {
    public static func monthly(_ request: CostRequest, catalog: InstanceCatalog) -> CostEstimate {
        let hours = Decimal(catalog.hoursPerMonth)
        var parts = [nodesPart(request, catalog: catalog, hours: hours)]
        if request.isManaged { parts.append(controlPlanePart(request, catalog: catalog, hours: hours)) }
        parts.append(loadBalancerPart(request, catalog: catalog, hours: hours))
        return CostEstimate(hoursPerMonth: catalog.hoursPerMonth, provider: request.profile.provider, region: request.region, parts: parts)
    }

    static func nodesPart(_ request: CostRequest, catalog: InstanceCatalog, hours: Decimal) -> CostPart {
        let profile = request.profile
        let count = request.nodes
        if let entry = profile.instance(in: catalog) {
            guard let price = entry.price(in: request.region), let hourly = price.hourly else {
                return CostPart(kind: .nodes, quantity: count, monthlyUSD: count == 0 ? 0 : nil,
                                note: "no list price for \(entry.name) in \(request.region) in the catalog")
            }
            let quote = PriceQuote(item: entry.name, region: request.region, sourceID: price.source, read: catalog.source(price.source)?.read ?? catalog.reviewed)
            return CostPart(kind: .nodes, quantity: count, unitUSDPerHour: hourly, monthlyUSD: Decimal(count) * hourly * hours,
                            price: quote, note: "\(count) × \(price.usdPerHour) × \(catalog.hoursPerMonth)")
        }
        if let monthly = profile.nodeMonthlyCostUSD {
            return CostPart(kind: .nodes, quantity: count, unitUSDPerMonth: Decimal(monthly), monthlyUSD: Decimal(count) * Decimal(monthly),
                            note: "\(count) × \(monthly) per node per month (the profile's nodeMonthlyCostUSD)")
        }
        let why = profile.instanceType.map { "\($0) is not a \(profile.provider.rawValue) type in the catalog" }
            ?? "the profile names no instanceType and no nodeMonthlyCostUSD"
        return CostPart(kind: .nodes, quantity: count, monthlyUSD: count == 0 ? 0 : nil, note: why)
    }

    static func controlPlanePart(_ request: CostRequest, catalog: InstanceCatalog, hours: Decimal) -> CostPart {
        let provider = request.profile.provider
        guard let fee = catalog.controlPlaneFee(provider, tier: request.controlPlaneTier), let hourly = fee.hourly else {
            return CostPart(kind: .controlPlane, quantity: 1, monthlyUSD: nil,
                            note: "no \(request.controlPlaneTier) control-plane fee for \(provider.rawValue) in the catalog")
        }
        let quote = PriceQuote(item: fee.note, region: "*", sourceID: fee.source, read: catalog.source(fee.source)?.read ?? catalog.reviewed)
        return CostPart(kind: .controlPlane, quantity: 1, unitUSDPerHour: hourly, monthlyUSD: hourly * hours,
                        price: quote, note: "\(fee.usdPerHour) × \(catalog.hoursPerMonth) (\(fee.note))")
    }

    static func loadBalancerPart(_ request: CostRequest, catalog: InstanceCatalog, hours: Decimal) -> CostPart {
        let count = request.loadBalancers
        let provider = request.profile.provider
        if count == 0 { return CostPart(kind: .loadBalancers, quantity: 0, monthlyUSD: 0, note: "no load balancers") }
        guard let price = catalog.loadBalancerPrice(provider, region: request.region), let hourly = price.hourly else {
            return CostPart(kind: .loadBalancers, quantity: count, monthlyUSD: nil,
                            note: "no load-balancer price for \(provider.rawValue) in \(request.region) in the catalog")
        }
        let quote = PriceQuote(item: price.note, region: price.region, sourceID: price.source, read: catalog.source(price.source)?.read ?? catalog.reviewed)
        return CostPart(kind: .loadBalancers, quantity: count, unitUSDPerHour: hourly, monthlyUSD: Decimal(count) * hourly * hours,
                        price: quote, note: "\(count) × \(price.usdPerHour) × \(catalog.hoursPerMonth)")
    }
}
