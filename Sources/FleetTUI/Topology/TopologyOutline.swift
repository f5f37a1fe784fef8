import FleetEngine
import FleetModel

/// The Topology pane's tree: the mesh, then each region followed by its clusters, with
/// the findings that concern each row.
///
/// Regions come in `TopologyRegion.regions(of:)` order (required regions first, even
/// when empty). A cluster's findings are those whose path lies under its
/// `spec.topology.clusters[i]` (so `FP3xx` and `FP013` alike); a region's are those under
/// its `spec.requirements.regions[i]`; the mesh row takes every other finding under
/// `spec.topology` except the GitOps delivery settings (`spec.topology.gitops`), which
/// no row of the tree stands for.
///
/// - Complexity: O(*n* + *f*) to build for *n* clusters and *f* findings; the view then
///   draws only the visible rows.
public struct TopologyOutline: Sendable {
    /// One row of the tree.
    public enum Row: Sendable, Equatable {
        case mesh
        /// A region, whether the requirements list it, and how many clusters it holds.
        case region(String, required: Bool, clusters: Int)
        /// The cluster at this position of `spec.topology.clusters`.
        case cluster(Int)
    }

    /// The rows, top to bottom: the mesh, then each region and its clusters.
    public let rows: [Row]
    /// Findings about the cluster at each position.
    public let clusterFindings: [Int: [Finding]]
    /// Findings about each required region.
    public let regionFindings: [String: [Finding]]
    /// Findings about the mesh and the topology as a whole.
    public let meshFindings: [Finding]

    /// The outline of `project`, with `findings` sorted onto its rows.
    public init(project: Project, findings: [Finding]) {
        // Clusters by region, in file order (TopologyRegion keeps the values, not positions).
        var positionsByRegion: [String: [Int]] = [:]
        for (position, cluster) in project.topology.clusters.enumerated() {
            positionsByRegion[cluster.region, default: []].append(position)
        }
        var rows: [Row] = [.mesh]
        for region in TopologyRegion.regions(of: project) {
            let positions = positionsByRegion[region.name] ?? []
            rows.append(.region(region.name, required: region.required, clusters: positions.count))
            rows.append(contentsOf: positions.map { Row.cluster($0) })
        }
        self.rows = rows

        var clusterFindings: [Int: [Finding]] = [:]
        var regionFindings: [String: [Finding]] = [:]
        var meshFindings: [Finding] = []
        let regions = project.requirements.regions
        for finding in findings {
            let parts = finding.path.components
            guard parts.count >= 2, parts[0] == .key("spec") else { continue }
            switch parts[1] {
            case .key("topology"):
                if parts.count >= 4, parts[2] == .key("clusters"), case .index(let position) = parts[3] {
                    clusterFindings[position, default: []].append(finding)
                } else if parts.count >= 3, parts[2] == .key("gitops") {
                    continue   // delivery settings: the Findings pane lists them, no tree row owns them
                } else {
                    meshFindings.append(finding)
                }
            case .key("requirements"):
                if parts.count >= 4, parts[2] == .key("regions"), case .index(let position) = parts[3],
                   regions.indices.contains(position) {
                    regionFindings[regions[position], default: []].append(finding)
                }
            default:
                continue
            }
        }
        self.clusterFindings = clusterFindings
        self.regionFindings = regionFindings
        self.meshFindings = meshFindings
    }

    /// The findings shown next to a row.
    public func findings(for row: Row) -> [Finding] {
        switch row {
        case .mesh: meshFindings
        case .region(let name, _, _): regionFindings[name] ?? []
        case .cluster(let position): clusterFindings[position] ?? []
        }
    }

    /// The row at `index`, or `nil` outside the tree.
    public func row(at index: Int) -> Row? {
        rows.indices.contains(index) ? rows[index] : nil
    }

    /// The row of the cluster at `position`, if it is in the tree.
    public func row(ofCluster position: Int) -> Int? {
        rows.firstIndex(of: .cluster(position))
    }

    /// The region a row belongs to: its own for a region, its cluster's for a cluster.
    public func region(at row: Int, in project: Project) -> String? {
        guard rows.indices.contains(row) else { return nil }
        switch rows[row] {
        case .mesh: return nil
        case .region(let name, _, _): return name
        case .cluster(let position): return project.topology.clusters[position].region
        }
    }
}
