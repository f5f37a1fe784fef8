import FleetModel

/// A network of the topology: the clusters on it, the regions they are in, and whether
/// it runs an east-west gateway.
public struct TopologyNetwork: Sendable, Equatable {
    /// The network's name, as the clusters' `network` fields give it.
    public var name: String
    /// Regions of the network's clusters, in order of first appearance.
    public var regions: [String]
    /// Names of the clusters on the network, in file order.
    public var clusters: [String]
    /// True when `spec.topology.mesh.eastWestGateways` lists the network.
    public var gateway: Bool

    /// A network with its regions, clusters and gateway flag.
    public init(name: String, regions: [String], clusters: [String], gateway: Bool) {
        self.name = name
        self.regions = regions
        self.clusters = clusters
        self.gateway = gateway
    }

    /// The networks of `topology`, in order of first appearance among the clusters, then
    /// gateway networks no cluster is on.
    ///
    /// - Complexity: O(*n* + *g*) for *n* clusters and *g* gateways.
    public static func networks(of topology: Topology) -> [TopologyNetwork] {
        let gateways = Set(topology.mesh.eastWestGateways)
        var order: [String] = []
        var networks: [String: TopologyNetwork] = [:]
        for cluster in topology.clusters {
            if networks[cluster.network] == nil {
                order.append(cluster.network)
                networks[cluster.network] = TopologyNetwork(name: cluster.network, regions: [], clusters: [],
                                                            gateway: gateways.contains(cluster.network))
            }
            networks[cluster.network]!.clusters.append(cluster.name)
            if !networks[cluster.network]!.regions.contains(cluster.region) {
                networks[cluster.network]!.regions.append(cluster.region)
            }
        }
        for gateway in topology.mesh.eastWestGateways where networks[gateway] == nil {
            order.append(gateway)
            networks[gateway] = TopologyNetwork(name: gateway, regions: [], clusters: [], gateway: true)
        }
        return order.map { networks[$0]! }
    }
}
