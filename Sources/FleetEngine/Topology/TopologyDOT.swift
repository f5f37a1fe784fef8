import FleetModel

/// The topology as a Graphviz `digraph` for the export bundle.
///
/// One `subgraph cluster_*` per region (Graphviz draws subgraphs whose name starts with
/// `cluster` as boxes), one node per cluster, mesh links as edges (`dir=both` for peers)
/// and failover as dashed edges between region boxes (`compound=true` with `ltail` and
/// `lhead`). Strings are quoted, with `"` and `\` escaped; identifiers come from
/// `DiagramIdentifiers`. `dot -Tsvg` accepts the output (checked in the tests).
public enum TopologyDOT {
    /// The graph text, LF line endings, ending with a newline.
    ///
    /// - Complexity: O(*n* + *l* + *f*) for *n* clusters, *l* links and *f* failover targets.
    public static func render(_ project: Project) -> String {
        var clusterIDs = DiagramIdentifiers(prefix: "c_")
        var regionIDs = DiagramIdentifiers(prefix: "r_")
        let gateways = Set(project.topology.mesh.eastWestGateways)
        var anchor: [String: String] = [:]
        var lines = [
            "digraph topology {",
            "    graph [rankdir=LR, compound=true, fontname=\"Helvetica\"];",
            "    node [shape=box, style=rounded, fontname=\"Helvetica\"];",
            "    edge [fontname=\"Helvetica\", fontsize=10];",
        ]
        for region in TopologyRegion.regions(of: project) {
            let regionID = regionIDs.id(for: region.name)
            let title = region.required ? region.name : "\(region.name) (not required)"
            lines.append("    subgraph cluster_\(regionID) {")
            lines.append("        label=\(quote(title));")
            if region.clusters.isEmpty {
                lines.append("        \(regionID)_empty [label=\"(no clusters)\", shape=plaintext];")
                anchor[region.name] = "\(regionID)_empty"
            }
            for cluster in region.clusters {
                let id = clusterIDs.id(for: cluster.name)
                let label = DiagramLabel.lines(for: cluster, project: project, gateways: gateways)
                lines.append("        \(id) [label=\(quote(label.joined(separator: "\n")))];")
                if anchor[region.name] == nil { anchor[region.name] = id }
            }
            lines.append("    }")
        }
        for link in TopologyLink.links(in: project.topology) {
            let via = link.crossesNetworks ? ", east-west" : ""
            let from = clusterIDs.id(for: link.from)
            let to = clusterIDs.id(for: link.to)
            switch link.kind {
            case .peer: lines.append("    \(from) -> \(to) [dir=both, label=\(quote("peers\(via)"))];")
            case .controlPlane: lines.append("    \(from) -> \(to) [label=\(quote("follows primary\(via)"))];")
            }
        }
        if project.topology.mesh.model != .none {
            for rule in project.topology.mesh.failover {
                for target in rule.to where target != rule.from {
                    guard let from = anchor[rule.from], let to = anchor[target] else { continue }
                    let tail = "cluster_\(regionIDs.id(for: rule.from))"
                    let head = "cluster_\(regionIDs.id(for: target))"
                    lines.append("    \(from) -> \(to) [style=dashed, label=\"failover\", ltail=\(tail), lhead=\(head)];")
                }
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as a quoted DOT string: `\` and `"` escaped, line breaks as `\n`.
    static func quote(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": break
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
