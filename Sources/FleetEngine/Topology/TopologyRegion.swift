import FleetModel

/// One region of the drawn topology and the clusters in it, in file order.
public struct TopologyRegion: Sendable, Equatable {
    /// The region identifier, such as `eu-west-1`.
    public var name: String
    /// True when `spec.requirements.regions` lists the region.
    public var required: Bool
    /// The clusters in the region, in file order.
    public var clusters: [Cluster]

    /// A region with its clusters.
    public init(name: String, required: Bool, clusters: [Cluster]) {
        self.name = name
        self.required = required
        self.clusters = clusters
    }

    /// The regions to draw: the required ones in requirement order (even when empty),
    /// then any other region a cluster names, in order of first appearance.
    ///
    /// - Complexity: O(*n* + *r*) for *n* clusters and *r* regions.
    public static func regions(of project: Project) -> [TopologyRegion] {
        var order: [String] = []
        var clustersByRegion: [String: [Cluster]] = [:]
        for region in project.requirements.regions where clustersByRegion[region] == nil {
            order.append(region)
            clustersByRegion[region] = []
        }
        for cluster in project.topology.clusters {
            if clustersByRegion[cluster.region] == nil {
                order.append(cluster.region)
            }
            clustersByRegion[cluster.region, default: []].append(cluster)
        }
        let required = Set(project.requirements.regions)
        return order.map { TopologyRegion(name: $0, required: required.contains($0), clusters: clustersByRegion[$0] ?? []) }
    }
}
