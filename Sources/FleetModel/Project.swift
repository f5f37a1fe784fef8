/// A Fleetplan design: requirements, cluster profiles, the platform matrix and the topology.
///
/// `Project` is the in-memory form of a `*.fleet.yaml` file (`apiVersion: fleetplan/v1`,
/// `kind: Project`). It is a plain value: copying it is cheap and editing a copy never
/// affects the original, which is what undo, live previews and the exporter rely on.
public struct Project: Sendable, Equatable {
    /// The project file's `apiVersion` this build reads and writes.
    public static let apiVersion = "fleetplan/v1"
    /// The project file's `kind`.
    public static let kind = "Project"

    public var metadata: Metadata
    public var kubernetesVersion: KubernetesVersion
    public var requirements: Requirements
    public var profiles: [ClusterProfile]
    public var matrix: Matrix
    public var topology: Topology

    public init(
        metadata: Metadata,
        kubernetesVersion: KubernetesVersion,
        requirements: Requirements = Requirements(),
        profiles: [ClusterProfile] = [],
        matrix: Matrix = Matrix(),
        topology: Topology = Topology()
    ) {
        self.metadata = metadata
        self.kubernetesVersion = kubernetesVersion
        self.requirements = requirements
        self.profiles = profiles
        self.matrix = matrix
        self.topology = topology
    }

    /// The profile with the given name, if any.
    public func profile(named name: String) -> ClusterProfile? {
        profiles.first { $0.name == name }
    }
}

/// The project's name and free-text description.
public struct Metadata: Sendable, Equatable {
    /// A DNS-1123 label naming the design (used for file names in an export).
    public var name: String
    /// Free text. Use it (and the `note`/`description` fields elsewhere) instead of YAML
    /// comments, which do not survive a save.
    public var description: String

    public init(name: String, description: String = "") {
        self.name = name
        self.description = description
    }
}
