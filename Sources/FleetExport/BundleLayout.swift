/// The paths of a design bundle, in one place (documented in `docs/export-bundle.md`).
public enum BundleLayout {
    public static let report = "README.md"
    public static let projectFile = "project.fleet.yaml"
    /// The plan of every profile and cluster and the fleet totals, as `fleetplan plan --format json` prints it.
    public static let plan = "plan.json"
    /// Every cluster's monthly estimate, part by part.
    public static let cost = "cost.csv"
    public static let decisionRecord = "decisions/0001-orchestration-platform.md"
    public static let scores = "matrix/scores.csv"
    public static let sensitivity = "matrix/sensitivity.csv"
    public static let comparison = "matrix/comparison.md"
    public static let topologyText = "topology/topology.txt"
    public static let topologyMermaid = "topology/topology.mmd"
    public static let topologyDot = "topology/topology.dot"

    /// `clusters/<cluster>/` for a cluster name, sanitised.
    public static func clusterDirectory(_ name: String) -> String { "clusters/\(BundlePath.component(name))" }

    /// `gitops/clusters/<cluster>/` for a cluster name, sanitised.
    public static func gitopsDirectory(_ name: String) -> String { "gitops/clusters/\(BundlePath.component(name))" }

    /// `platforms/<platform>/`.
    public static func platformDirectory(_ id: String) -> String { "platforms/\(BundlePath.component(id))" }
}
