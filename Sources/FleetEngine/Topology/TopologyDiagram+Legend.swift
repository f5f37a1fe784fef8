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

        let links = TopologyLink.links(in: project.topology)
        if !links.isEmpty {
            lines.append("Links:")
            for link in links {
                let via = link.crossesNetworks ? ", east-west gateways" : ""
                switch link.kind {
                case .peer:
                    add("  \(link.from) \(glyphs.bothWays) \(link.to)  primary peers\(via)")
                case .controlPlane:
                    add("  \(link.from) \(glyphs.arrow) \(link.to)  remote follows primary\(via)")
                }
            }
        }

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
}
