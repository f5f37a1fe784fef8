/// The container platforms Fleetplan compares, with their ids as written in project files.
public enum PlatformID: String, Sendable, CaseIterable, Comparable, Codable {
    case kubernetes
    case dockerSwarm = "docker-swarm"
    case nomad
    case ecs
    case cloudRun = "cloud-run"

    /// The name people use for it.
    public var displayName: String {
        switch self {
        case .kubernetes: "Kubernetes"
        case .dockerSwarm: "Docker Swarm"
        case .nomad: "Nomad"
        case .ecs: "Amazon ECS"
        case .cloudRun: "Google Cloud Run"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// A criterion of the comparison matrix, with its id as written in project files.
public enum Criterion: String, Sendable, CaseIterable, Comparable, Codable {
    case complexity
    case scalability
    case ecosystem
    case flexibility
    case multiCloud
    case operationalOverhead
    case costModel
    case statefulSupport
    case security
    case autoscaling
    case observability

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
