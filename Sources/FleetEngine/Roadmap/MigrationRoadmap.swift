import FleetModel

/// A phased plan from the platform in use today to the recommended one.
///
/// The phases follow the topology: the management cluster and GitOps first, then each
/// non-production environment, then production one region at a time with a canary and a
/// rehearsed rollback, and finally the old platform's retirement. It is structured data;
/// the text renderer, the TUI and the export bundle all draw the same value.
public struct MigrationRoadmap: Sendable, Equatable {
    /// How the move is framed.
    public enum Kind: String, Sendable, Equatable {
        /// No platform today (`currentPlatform` is not set).
        case greenfield
        /// From one platform to another.
        case migration
        /// The recommendation is the platform already in use: roll out the new topology on it.
        case stay
    }

    public var kind: Kind
    public var from: PlatformID?
    public var to: PlatformID
    /// The strategy in one or two sentences.
    public var strategy: String
    public var phases: [RoadmapPhase]

    public init(kind: Kind, from: PlatformID?, to: PlatformID, strategy: String, phases: [RoadmapPhase]) {
        self.kind = kind
        self.from = from
        self.to = to
        self.strategy = strategy
        self.phases = phases
    }
}

/// One phase of a roadmap: what to do, when it is done, and what can go wrong.
public struct RoadmapPhase: Sendable, Equatable {
    /// A stable id: `foundation`, `env-dev`, `prod-eu-west-1`, `retire`.
    public var id: String
    public var title: String
    /// The topology clusters this phase builds or moves, in topology order.
    public var clusters: [String]
    public var steps: [String]
    /// Conditions that must hold before the next phase starts.
    public var exitCriteria: [String]
    public var risks: [String]

    public init(id: String, title: String, clusters: [String], steps: [String], exitCriteria: [String], risks: [String]) {
        self.id = id
        self.title = title
        self.clusters = clusters
        self.steps = steps
        self.exitCriteria = exitCriteria
        self.risks = risks
    }
}

extension PlatformID {
    /// What a team writes to deploy a service on this platform.
    var deploymentArtifacts: String {
        switch self {
        case .kubernetes: "Kubernetes manifests (Deployments, StatefulSets, Jobs)"
        case .dockerSwarm: "Compose files with deploy: keys"
        case .nomad: "Nomad job specifications"
        case .ecs: "ECS task definitions and services"
        case .cloudRun: "Cloud Run service and job specifications"
        }
    }

    /// What one unit of the topology is called on this platform.
    var clusterNoun: String {
        switch self {
        case .kubernetes: "Kubernetes cluster"
        case .dockerSwarm: "swarm"
        case .nomad: "Nomad region"
        case .ecs: "ECS cluster"
        case .cloudRun: "Cloud Run region"
        }
    }
}
