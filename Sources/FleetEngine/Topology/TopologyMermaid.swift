import FleetModel

/// The topology as a Mermaid flowchart for the export bundle.
///
/// `flowchart LR`, one `subgraph` per region (in `TopologyRegion` order) holding one node
/// per cluster, solid edges for mesh links and dotted edges between regions for failover.
/// Every label is quoted, with `"`, `#`, `<` and `>` written as Mermaid entity codes, and
/// every identifier is sanitised by `DiagramIdentifiers` (syntax from the Mermaid
/// flowchart documentation, mermaid-js/mermaid `docs/syntax/flowchart.md`).
///
/// ```
/// flowchart LR
///     subgraph r_eu_west_1["eu-west-1"]
///         c_prod_eu["prod-eu<br/>workload · prod<br/>mesh: primary<br/>net-eu · gateway"]
///     end
///     c_prod_eu <-->|"peers"| c_prod_us
/// ```
public enum TopologyMermaid {
    /// The flowchart text, LF line endings, ending with a newline.
    ///
    /// - Complexity: O(*n* + *l* + *f*) for *n* clusters, *l* links and *f* failover targets.
    public static func render(_ project: Project) -> String {
        var clusterIDs = DiagramIdentifiers(prefix: "c_")
        var regionIDs = DiagramIdentifiers(prefix: "r_")
        let gateways = Set(project.topology.mesh.eastWestGateways)
        var lines = ["flowchart LR"]
        let regions = TopologyRegion.regions(of: project)
        let drawn = Set(regions.map(\.name))
        for region in regions {
            let title = region.required ? region.name : "\(region.name) (not required)"
            lines.append("    subgraph \(regionIDs.id(for: region.name))[\"\(escape(title))\"]")
            if region.clusters.isEmpty {
                lines.append("        \(regionIDs.id(for: region.name))_empty[\"(no clusters)\"]")
            }
            for cluster in region.clusters {
                let label = DiagramLabel.lines(for: cluster, project: project, gateways: gateways)
                    .map(escape).joined(separator: "<br/>")
                lines.append("        \(clusterIDs.id(for: cluster.name))[\"\(label)\"]")
            }
            lines.append("    end")
        }
        for link in TopologyLink.links(in: project.topology) {
            let from = clusterIDs.id(for: link.from)
            let to = clusterIDs.id(for: link.to)
            let via = link.crossesNetworks ? ", east-west" : ""
            switch link.kind {
            case .peer: lines.append("    \(from) <-->|\"peers\(via)\"| \(to)")
            case .controlPlane: lines.append("    \(from) -->|\"follows primary\(via)\"| \(to)")
            }
        }
        if project.topology.mesh.model != .none {
            for rule in project.topology.mesh.failover {
                for target in rule.to where target != rule.from && drawn.contains(rule.from) && drawn.contains(target) {
                    lines.append("    \(regionIDs.id(for: rule.from)) -.->|\"failover\"| \(regionIDs.id(for: target))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` safe inside a quoted Mermaid label: `#`, `"`, `<` and `>` as entity codes.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "#": result += "#35;"
            case "\"": result += "#quot;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
