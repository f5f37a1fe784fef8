import FleetModel

/// One proposed edit to a topology, which the user accepts or rejects on its own.
///
/// Changes only add or fill in: none removes a cluster, renames one or overwrites a
/// setting the user made. `TopologyMerge` produces them from a draft.
public enum TopologyChange: Sendable, Equatable {
    /// Append a cluster (skipped on apply if the name is taken by then).
    case addCluster(Cluster)
    /// Turn the mesh on with this model (proposed only while the model is `none`).
    case setMeshModel(MeshModel)
    /// Set the mesh ID (proposed only while it is empty).
    case setMeshID(String)
    /// Set the trust domain (proposed only while no mesh is designed).
    case setTrustDomain(String)
    /// Put an existing cluster that is not in the mesh into it.
    case joinMesh(cluster: String, role: MeshRole, primary: String?)
    /// Add an east-west gateway on a network.
    case addEastWestGateway(String)
    /// Add a failover rule for a region that has none.
    case addFailover(FailoverRule)

    /// One line for a list of proposals: "add cluster prod-us-east-1 (workload, prod, us-east-1)".
    public var summary: String {
        switch self {
        case .addCluster(let cluster):
            return "add cluster \(cluster.name) (\(cluster.role.rawValue), \(cluster.environment), \(cluster.region))"
        case .setMeshModel(let model):
            return "set the mesh model to \(model.rawValue)"
        case .setMeshID(let id):
            return "set the mesh ID to \(id)"
        case .setTrustDomain(let domain):
            return "set the trust domain to \(domain)"
        case .joinMesh(let cluster, let role, let primary):
            let follows = primary.map { " following \($0)" } ?? ""
            return "put \(cluster) in the mesh as \(role.rawValue)\(follows)"
        case .addEastWestGateway(let network):
            return "add an east-west gateway on \(network)"
        case .addFailover(let rule):
            return "fail over from \(rule.from) to \(rule.to.joined(separator: ", "))"
        }
    }
}

extension Topology {
    /// Applies `change`. Adding a cluster whose name is taken, joining a cluster that does
    /// not exist or is already in the mesh, and adding a gateway or failover source that
    /// is already listed do nothing: applying never removes or overwrites.
    public mutating func apply(_ change: TopologyChange) {
        switch change {
        case .addCluster(let cluster):
            if self.cluster(named: cluster.name) == nil { clusters.append(cluster) }
        case .setMeshModel(let model):
            mesh.model = model
        case .setMeshID(let id):
            mesh.meshID = id
        case .setTrustDomain(let domain):
            mesh.trustDomain = domain
        case .joinMesh(let name, let role, let primary):
            guard let position = clusters.firstIndex(where: { $0.name == name }),
                  clusters[position].meshRole == nil else { return }
            clusters[position].meshRole = role
            clusters[position].primary = role == .remote ? primary : nil
        case .addEastWestGateway(let network):
            if !mesh.eastWestGateways.contains(network) { mesh.eastWestGateways.append(network) }
        case .addFailover(let rule):
            if !mesh.failover.contains(where: { $0.from == rule.from }) { mesh.failover.append(rule) }
        }
    }

    /// This topology with `changes` applied in order (see `apply(_:)`).
    public func applying(_ changes: [TopologyChange]) -> Topology {
        var result = self
        for change in changes { result.apply(change) }
        return result
    }
}
