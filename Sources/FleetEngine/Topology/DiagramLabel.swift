import FleetModel

/// The text lines that describe one cluster in the Mermaid and Graphviz diagrams.
enum DiagramLabel {
    /// Name; role and environment; mesh role; network, with the gateway when it has one.
    static func lines(for cluster: Cluster, project: Project, gateways: Set<String>) -> [String] {
        let mesh: String
        switch cluster.meshRole {
        case .primary: mesh = "mesh: primary"
        case .remote: mesh = "mesh: remote of \(cluster.primary ?? "?")"
        case nil: mesh = "mesh: none"
        }
        let zones = cluster.zones ?? project.requirements.zonesPerRegion
        let gateway = gateways.contains(cluster.network) ? " · gateway" : ""
        return [
            cluster.name,
            "\(cluster.role.rawValue) · \(cluster.environment)",
            mesh,
            "\(cluster.network)\(gateway) · \(zones) zone\(zones == 1 ? "" : "s")",
        ]
    }
}
