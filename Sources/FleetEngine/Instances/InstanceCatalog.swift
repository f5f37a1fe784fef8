import Foundation
import FleetModel

/// The instance catalog: node shapes, pod limits and list prices of cloud instance types,
/// with the managed control-plane fees and load-balancer prices, every figure sourced.
///
/// The default catalog ships as `instances.json` beside the platform catalog
/// (`InstanceCatalog.bundled()`). Engine functions take a value, so tests can use another.
/// `docs/instances.md` is generated from it (`InstanceDocument`).
public struct InstanceCatalog: Sendable, Equatable, Codable {
    /// The data file's format version.
    public var version: Int
    /// The date the figures were read (`YYYY-MM-DD`).
    public var reviewed: String
    /// Hours in the estimate's month: 730 (8,760 hours a year ÷ 12).
    public var hoursPerMonth: Int
    /// Every source the entries cite, by id.
    public var sources: [InstanceSource]
    /// The per-node pod ceiling each provider documents.
    public var podLimits: [ProviderPodLimit]
    /// Managed control-plane fees, per provider and tier.
    public var controlPlaneFees: [ControlPlaneFee]
    /// Hourly load-balancer prices, per provider and region (`*` for every region).
    public var loadBalancers: [LoadBalancerPrice]
    /// Figures looked for and not found at a source; estimates treat them as unknown.
    public var unpriced: [UnpricedItem]
    /// The instance types, grouped by provider and family.
    public var instances: [InstanceType]

    public init(
        version: Int = 1, reviewed: String, hoursPerMonth: Int = 730, sources: [InstanceSource],
        podLimits: [ProviderPodLimit] = [], controlPlaneFees: [ControlPlaneFee] = [],
        loadBalancers: [LoadBalancerPrice] = [], unpriced: [UnpricedItem] = [], instances: [InstanceType]
    ) {
        self.version = version
        self.reviewed = reviewed
        self.hoursPerMonth = hoursPerMonth
        self.sources = sources
        self.podLimits = podLimits
        self.controlPlaneFees = controlPlaneFees
        self.loadBalancers = loadBalancers
        self.unpriced = unpriced
        self.instances = instances
    }

    /// The instance type with this exact name on this provider.
    public func instance(named name: String, provider: Provider) -> InstanceType? {
        instances.first { $0.provider == provider && $0.name == name }
    }

    /// The instance type with this exact name on any provider.
    public func instance(named name: String) -> InstanceType? {
        instances.first { $0.name == name }
    }

    /// The source with the given id.
    public func source(_ id: String) -> InstanceSource? {
        sources.first { $0.id == id }
    }

    /// The documented pod ceiling of a provider.
    public func podLimit(_ provider: Provider) -> ProviderPodLimit? {
        podLimits.first { $0.provider == provider }
    }

    /// The control-plane fee of a provider's tier.
    public func controlPlaneFee(_ provider: Provider, tier: String) -> ControlPlaneFee? {
        controlPlaneFees.first { $0.provider == provider && $0.tier == tier }
    }

    /// The load-balancer price of a provider in a region; an entry for `*` covers every region.
    public func loadBalancerPrice(_ provider: Provider, region: String) -> LoadBalancerPrice? {
        loadBalancers.first { $0.provider == provider && $0.region == region }
            ?? loadBalancers.first { $0.provider == provider && $0.region == "*" }
    }

    /// Every source id an entry cites, in file order, with duplicates.
    public var citedSourceIDs: [String] {
        var ids: [String] = []
        for entry in instances {
            ids.append(entry.shapeSource)
            if let eni = entry.eni { ids += [eni.limitsSource, eni.maxPodsSource, eni.prefixDelegationSource] }
            ids += entry.prices.map(\.source)
        }
        ids += podLimits.map(\.source) + controlPlaneFees.map(\.source) + loadBalancers.map(\.source)
        return ids
    }
}
