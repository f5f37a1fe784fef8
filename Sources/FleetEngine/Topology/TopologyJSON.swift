import Foundation
import FleetModel

/// The topology as JSON: mesh, regions, clusters, networks, links and findings.
///
/// Keys are sorted and the output ends with a newline, so the same project always gives
/// the same bytes. A cluster's `zones` is resolved (the requirement when the file leaves it
/// out); `meshRole` and `primary` are `null` when unset.
///
/// ```swift
/// let json = TopologyJSON.render(project, findings: Lint.findings(for: project))
/// ```
public enum TopologyJSON {
    /// The JSON document, pretty-printed with two-space indentation.
    ///
    /// `findings` is filtered to those about the topology: `FP3xx` codes, and any finding
    /// whose path lies under `spec.topology`.
    ///
    /// - Complexity: O(*n* + *l* + *f*) for *n* clusters, *l* links and *f* findings.
    public static func render(_ project: Project, findings: [Finding]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(project, findings: findings)
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// True when `finding` concerns the topology.
    public static func isTopologyFinding(_ finding: Finding) -> Bool {
        finding.code.hasPrefix("FP3") || finding.path.description.hasPrefix("spec.topology")
    }

    struct Document: Encodable {
        var mesh: Mesh
        var regions: [Region]
        var clusters: [ClusterEntry]
        var networks: [Network]
        var links: [Link]
        var findings: [FindingEntry]

        init(_ project: Project, findings: [Finding]) {
            let topology = project.topology
            mesh = Mesh(model: topology.mesh.model.rawValue, meshID: topology.mesh.meshID,
                        trustDomain: topology.mesh.trustDomain, eastWestGateways: topology.mesh.eastWestGateways,
                        failover: topology.mesh.failover.map { Failover(from: $0.from, to: $0.to) })
            regions = TopologyRegion.regions(of: project).map {
                Region(name: $0.name, required: $0.required, clusters: $0.clusters.map(\.name))
            }
            clusters = topology.clusters.map {
                ClusterEntry(name: $0.name, description: $0.description, role: $0.role.rawValue,
                             environment: $0.environment, region: $0.region,
                             zones: $0.zones ?? project.requirements.zonesPerRegion, profile: $0.profile,
                             network: $0.network, meshRole: $0.meshRole?.rawValue, primary: $0.primary,
                             production: $0.role == .workload && project.requirements.isProduction($0.environment))
            }
            networks = TopologyNetwork.networks(of: topology).map {
                Network(name: $0.name, regions: $0.regions, clusters: $0.clusters, eastWestGateway: $0.gateway)
            }
            links = TopologyLink.links(in: topology).map {
                Link(from: $0.from, to: $0.to, kind: $0.kind.rawValue, crossesNetworks: $0.crossesNetworks)
            }
            self.findings = findings.filter(TopologyJSON.isTopologyFinding).map {
                FindingEntry(severity: $0.severity.rawValue, code: $0.code, path: $0.path.description,
                             message: $0.message, hint: $0.hint)
            }
        }
    }

    struct Mesh: Encodable {
        var model, meshID, trustDomain: String
        var eastWestGateways: [String]
        var failover: [Failover]
    }

    struct Failover: Encodable {
        var from: String
        var to: [String]
    }

    struct Region: Encodable {
        var name: String
        var required: Bool
        var clusters: [String]
    }

    struct ClusterEntry: Encodable {
        var name, description, role, environment, region: String
        var zones: Int
        var profile, network: String
        var meshRole, primary: String?
        var production: Bool

        enum CodingKeys: String, CodingKey {
            case name, description, role, environment, region, zones, profile, network, meshRole, primary, production
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(description, forKey: .description)
            try container.encode(role, forKey: .role)
            try container.encode(environment, forKey: .environment)
            try container.encode(region, forKey: .region)
            try container.encode(zones, forKey: .zones)
            try container.encode(profile, forKey: .profile)
            try container.encode(network, forKey: .network)
            try container.encode(meshRole, forKey: .meshRole)
            try container.encode(primary, forKey: .primary)
            try container.encode(production, forKey: .production)
        }
    }

    struct Network: Encodable {
        var name: String
        var regions, clusters: [String]
        var eastWestGateway: Bool
    }

    struct Link: Encodable {
        var from, to, kind: String
        var crossesNetworks: Bool
    }

    struct FindingEntry: Encodable {
        var severity, code, path, message, hint: String
    }
}
