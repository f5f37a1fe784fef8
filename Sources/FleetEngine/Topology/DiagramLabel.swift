import FleetModel

/// The text lines that describe one cluster, shared by every diagram.
enum DiagramLabel {
    /// Name; role and environment; mesh role (a remote names its primary); network, with
    /// the gateway when it has one, and zones.
    ///
    /// `glyphs` gives the separator and arrow, so the ASCII diagram stays seven-bit.
    static func lines(for cluster: Cluster, project: Project, gateways: Set<String>,
                      glyphs: DiagramGlyphs = .unicode) -> [String] {
        let separator = " \(glyphs.separator) "
        let mesh: String
        switch cluster.meshRole {
        case .primary: mesh = "mesh: primary"
        case .remote: mesh = "mesh: remote \(glyphs.arrow) \(cluster.primary ?? "?")"
        case nil: mesh = "mesh: none"
        }
        let zones = cluster.zones ?? project.requirements.zonesPerRegion
        let gateway = gateways.contains(cluster.network) ? "\(separator)gateway" : ""
        return [
            cluster.name,
            cluster.role.rawValue + separator + cluster.environment,
            mesh,
            cluster.network + gateway + separator + "\(zones) zone\(zones == 1 ? "" : "s")",
        ]
    }
}
