import FleetModel

extension TopologyDiagram {
    /// The sections under the boxes: mesh, links, networks, failover and text cut short,
    /// each wrapped to `width`. Sections with nothing to say are left out.
    func legendLines(for project: Project, cut: CutText) -> [String] {
        let mesh = project.topology.mesh
        let separator = " \(glyphs.separator) "
        var lines: [String] = []
        func add(_ text: String, indent: String = "    ") {
            lines += TextWidth.wrapped(text, to: width, indent: indent)
        }

        if mesh.model == .none {
            add("Mesh: none", indent: "  ")
        } else {
            let id = mesh.meshID.isEmpty ? "no mesh ID" : "mesh ID \(mesh.meshID)"
            add("Mesh: \(mesh.model.rawValue)\(separator)\(id)\(separator)trust domain \(mesh.trustDomain)", indent: "  ")
        }

        lines += linkLines(for: project.topology)

        let networks = TopologyNetwork.networks(of: project.topology)
        if !networks.isEmpty {
            lines.append("Networks:")
            for network in networks {
                let regions = network.regions.isEmpty ? "no clusters" : network.regions.joined(separator: ", ")
                let gateway = network.gateway ? "\(separator)east-west gateway" : ""
                add("  \(network.name): \(regions)\(gateway)")
            }
        }

        if !mesh.failover.isEmpty {
            lines.append("Failover:")
            for rule in mesh.failover {
                add("  \(rule.from) \(glyphs.arrow) \(rule.to.joined(separator: ", "))")
            }
        }

        if !cut.entries.isEmpty {
            lines.append("Cut short:")
            for entry in cut.entries {
                add("  \(entry.shown) = \(entry.full)")
            }
        }
        return lines
    }

    /// The most peer links listed one by one; a larger full mesh of primaries is
    /// summarised on one (wrapped) line, so drawing stays linear in the number of clusters.
    static let maxListedPeerLinks = 15

    /// "Links:" and one line per link, or a summary of the peers of a large mesh.
    func linkLines(for topology: Topology) -> [String] {
        guard topology.mesh.model != .none else { return [] }
        let primaries = topology.clusters.filter { $0.meshRole == .primary }
        let peerCount = primaries.count * (primaries.count - 1) / 2
        let controlPlane = TopologyLink.controlPlaneLinks(in: topology)
        guard peerCount + controlPlane.count > 0 else { return [] }
        var lines = ["Links:"]
        func add(_ text: String) { lines += TextWidth.wrapped(text, to: width, indent: "    ") }
        func via(_ link: TopologyLink) -> String { link.crossesNetworks ? ", east-west gateways" : "" }
        if peerCount > Self.maxListedPeerLinks {
            let networks = Set(primaries.map(\.network)).count
            let crossing = networks > 1 ? ", east-west gateways between the \(networks) networks" : ""
            add("  \(primaries.count) primaries, each peering with every other (\(peerCount) links\(crossing)): "
                + primaries.map(\.name).joined(separator: ", "))
        } else {
            for link in TopologyLink.peerLinks(in: topology) {
                add("  \(link.from) \(glyphs.bothWays) \(link.to)  primary peers\(via(link))")
            }
        }
        for link in controlPlane {
            add("  \(link.from) \(glyphs.arrow) \(link.to)  remote follows primary\(via(link))")
        }
        return lines
    }
}
