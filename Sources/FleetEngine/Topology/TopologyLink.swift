import FleetModel

/// A mesh connection between two clusters, derived from their mesh roles.
///
/// Links are not stored in the project: they follow from the mesh model and each
/// cluster's `meshRole` and `primary` (platforms.md §3.2). Primaries peer with each other
/// (each istiod watches the other's API server); a remote follows its primary's istiod.
/// A link between clusters on different networks runs through east-west gateways.
public struct TopologyLink: Sendable, Equatable {
    /// What a link carries.
    public enum Kind: String, Sendable, CaseIterable {
        /// Two primaries, each watching the other's API server.
        case peer
        /// A remote whose proxies take configuration from its primary's istiod.
        case controlPlane = "control-plane"
    }

    /// The remote for a `controlPlane` link; the earlier primary (in file order) for a `peer`.
    public var from: String
    /// The primary.
    public var to: String
    /// Whether the link joins two primaries or a remote to its primary.
    public var kind: Kind
    /// True when the clusters are on different networks, so traffic uses east-west gateways.
    public var crossesNetworks: Bool

    /// A link between the clusters named `from` and `to`.
    public init(from: String, to: String, kind: Kind, crossesNetworks: Bool) {
        self.from = from
        self.to = to
        self.kind = kind
        self.crossesNetworks = crossesNetworks
    }

    /// Every link of `topology`: peers between primaries in file order, then each remote
    /// to the primary it names. Empty when the mesh model is `none`.
    ///
    /// - Complexity: O(*n* + *p*²) for *n* clusters of which *p* are primaries.
    public static func links(in topology: Topology) -> [TopologyLink] {
        peerLinks(in: topology) + controlPlaneLinks(in: topology)
    }

    /// The links between every two primaries, in file order; empty without a mesh.
    ///
    /// - Complexity: O(*p*²) for *p* primaries.
    public static func peerLinks(in topology: Topology) -> [TopologyLink] {
        guard topology.mesh.model != .none else { return [] }
        let primaries = topology.clusters.filter { $0.meshRole == .primary }
        var links: [TopologyLink] = []
        for (position, left) in primaries.enumerated() {
            for right in primaries[(position + 1)...] {
                links.append(TopologyLink(from: left.name, to: right.name, kind: .peer,
                                          crossesNetworks: left.network != right.network))
            }
        }
        return links
    }

    /// Each remote's link to the primary it names, in file order; empty without a mesh.
    ///
    /// A remote whose primary does not exist, or is not a primary, has no link (the lint
    /// rules report it).
    ///
    /// - Complexity: O(*n*) for *n* clusters.
    public static func controlPlaneLinks(in topology: Topology) -> [TopologyLink] {
        guard topology.mesh.model != .none else { return [] }
        var firstPrimary: [String: Cluster] = [:]
        for primary in topology.clusters where primary.meshRole == .primary && firstPrimary[primary.name] == nil {
            firstPrimary[primary.name] = primary
        }
        return topology.clusters.compactMap { remote in
            guard remote.meshRole == .remote, let name = remote.primary, let primary = firstPrimary[name] else { return nil }
            return TopologyLink(from: remote.name, to: primary.name, kind: .controlPlane,
                                crossesNetworks: remote.network != primary.network)
        }
    }
}
