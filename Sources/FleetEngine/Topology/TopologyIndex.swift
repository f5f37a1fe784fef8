import FleetModel

/// Lookups over a project's topology that the rules, the links and the diagrams share.
///
/// Built once per call so every rule stays linear in the number of clusters.
///
/// - Complexity: O(*n*) to build for *n* clusters; lookups are O(1).
struct TopologyIndex {
    let project: Project
    let topology: Topology
    let requirements: Requirements
    /// `spec.topology`.
    let path: FieldPath
    /// Position of the first cluster with each name.
    let positionByName: [String: Int]
    /// The production environment (see `Requirements.productionEnvironment`).
    let production: String?
    /// Positions of the clusters that join the mesh (a `meshRole` is set).
    let meshMembers: [Int]

    init(_ project: Project) {
        self.project = project
        topology = project.topology
        requirements = project.requirements
        path = FieldPath.spec.key("topology")
        var positions: [String: Int] = [:]
        for (position, cluster) in project.topology.clusters.enumerated() where positions[cluster.name] == nil {
            positions[cluster.name] = position
        }
        positionByName = positions
        production = project.requirements.productionEnvironment
        meshMembers = project.topology.clusters.indices.filter { project.topology.clusters[$0].meshRole != nil }
    }

    /// `spec.topology.clusters[position]`.
    func clusterPath(_ position: Int) -> FieldPath {
        path.key("clusters").index(position)
    }

    /// `spec.topology.mesh`.
    var meshPath: FieldPath { path.key("mesh") }

    /// The cluster named `name`, if any.
    func cluster(named name: String) -> Cluster? {
        positionByName[name].map { topology.clusters[$0] }
    }

    /// True when `cluster` is a production workload cluster.
    func isProductionWorkload(_ cluster: Cluster) -> Bool {
        cluster.role == .workload && cluster.environment == production
    }

    /// Networks of the mesh members, in order of first appearance.
    var meshNetworks: [String] {
        var seen: Set<String> = []
        return meshMembers.map { topology.clusters[$0].network }.filter { seen.insert($0).inserted }
    }
}
