import FleetModel

/// The changes that bring a drafted topology into one the user has edited, without
/// losing anything the user made.
///
/// A drafted cluster matches an existing one with the same role, environment and region
/// (any name): the user may have renamed it. Any management cluster matches the drafted one. Unmatched drafted clusters are proposed as
/// additions, renamed with a numeric suffix if their name is taken. The mesh model, ID
/// and trust domain are proposed only while the user has not designed a mesh; existing
/// clusters outside the mesh are proposed to join it only when the model stays the
/// draft's. Gateways are proposed for the networks the result actually uses, so the
/// user's network names are respected. Failover is proposed only for regions without a
/// rule. Nothing is ever proposed for removal.
public enum TopologyMerge {
    /// The proposed changes, in a stable order: mesh settings, new clusters, mesh joins,
    /// gateways, failover.
    ///
    /// - Complexity: O(*n* + *m*) for *n* existing and *m* drafted clusters, plus the
    ///   gateway check over the merged result.
    public static func changes(from current: Topology, to proposal: Topology) -> [TopologyChange] {
        var changes: [TopologyChange] = []
        let designingMesh = current.mesh.model == .none && proposal.mesh.model != .none
        if designingMesh {
            changes.append(.setMeshModel(proposal.mesh.model))
            if current.mesh.trustDomain != proposal.mesh.trustDomain {
                changes.append(.setTrustDomain(proposal.mesh.trustDomain))
            }
        }
        let model = designingMesh ? proposal.mesh.model : current.mesh.model
        if model != .none, current.mesh.meshID.isEmpty, !proposal.mesh.meshID.isEmpty {
            changes.append(.setMeshID(proposal.mesh.meshID))
        }

        // Match drafted clusters to existing ones; `renamed` maps drafted names to final names.
        var unmatched: [Key: [Int]] = [:]
        for (position, cluster) in current.clusters.enumerated() {
            unmatched[Key(cluster), default: []].append(position)
        }
        var taken = Set(current.clusters.map(\.name))
        var renamed: [String: String] = [:]
        var matches: [(existing: Int, drafted: Cluster)] = []
        var additions: [Cluster] = []
        for cluster in proposal.clusters {
            let key = Key(cluster)
            if let position = unmatched[key]?.first {
                unmatched[key]!.removeFirst()
                renamed[cluster.name] = current.clusters[position].name
                matches.append((position, cluster))
            } else {
                var name = cluster.name
                var counter = 2
                while taken.contains(name) {
                    name = "\(cluster.name.prefix(DNSLabel.maxLength - 3))-\(counter)"
                    counter += 1
                }
                taken.insert(name)
                renamed[cluster.name] = name
                var added = cluster
                added.name = name
                additions.append(added)
            }
        }
        let modelMatches = model == proposal.mesh.model
        for var cluster in additions {
            if !modelMatches {
                cluster.meshRole = nil
            }
            cluster.primary = cluster.meshRole == .remote ? cluster.primary.map { renamed[$0] ?? $0 } : nil
            changes.append(.addCluster(cluster))
        }
        if modelMatches {
            for (position, drafted) in matches where current.clusters[position].meshRole == nil {
                guard let role = drafted.meshRole else { continue }
                let primary = role == .remote ? drafted.primary.map { renamed[$0] ?? $0 } : nil
                changes.append(.joinMesh(cluster: current.clusters[position].name, role: role, primary: primary))
            }
        }

        let merged = current.applying(changes)
        if merged.mesh.model != .none {
            for network in TopologyDraft.gatewaysNeeded(for: merged.clusters) where !merged.mesh.eastWestGateways.contains(network) {
                changes.append(.addEastWestGateway(network))
            }
            let sources = Set(current.mesh.failover.map(\.from))
            for rule in proposal.mesh.failover where !sources.contains(rule.from) {
                changes.append(.addFailover(rule))
            }
        }
        return changes
    }

    /// What makes a drafted cluster the same as an existing one.
    struct Key: Hashable {
        let role: ClusterRole
        let environment: String
        let region: String

        /// Any management cluster stands for the drafted one, wherever it runs.
        init(_ cluster: Cluster) {
            role = cluster.role
            environment = cluster.role == .management ? "" : cluster.environment
            region = cluster.role == .management ? "" : cluster.region
        }
    }
}
