/// What the platform must do: environments, regions, constraints and expected scale.
///
/// Requirements drive the default matrix weights, the hard constraints that eliminate
/// platforms, the drafted topology and several lint rules.
public struct Requirements: Sendable, Equatable {
    /// Environment names such as `dev`, `staging`, `prod` (DNS-1123 labels).
    public var environments: [String]
    /// Region identifiers such as `eu-west-1`.
    public var regions: [String]
    /// Availability zones a production region must span (1–6).
    public var zonesPerRegion: Int
    public var multiCloud: Bool
    public var onPremises: Bool
    /// The platform in use today; `nil` means none (a green-field project).
    public var currentPlatform: PlatformID?
    /// The team's experience operating Kubernetes.
    public var teamExperience: TeamExperience
    public var workloads: [WorkloadKind]
    public var gpu: Bool
    public var windows: Bool
    public var mtlsRequired: Bool
    /// Worker nodes expected across the fleet at steady state.
    public var expectedNodes: Int
    /// Services (deployable units) expected across the fleet.
    public var expectedServices: Int

    public init(
        environments: [String] = ["dev", "prod"],
        regions: [String] = ["eu-west-1"],
        zonesPerRegion: Int = 3,
        multiCloud: Bool = false,
        onPremises: Bool = false,
        currentPlatform: PlatformID? = nil,
        teamExperience: TeamExperience = .medium,
        workloads: [WorkloadKind] = [.stateless],
        gpu: Bool = false,
        windows: Bool = false,
        mtlsRequired: Bool = false,
        expectedNodes: Int = 10,
        expectedServices: Int = 20
    ) {
        self.environments = environments
        self.regions = regions
        self.zonesPerRegion = zonesPerRegion
        self.multiCloud = multiCloud
        self.onPremises = onPremises
        self.currentPlatform = currentPlatform
        self.teamExperience = teamExperience
        self.workloads = workloads
        self.gpu = gpu
        self.windows = windows
        self.mtlsRequired = mtlsRequired
        self.expectedNodes = expectedNodes
        self.expectedServices = expectedServices
    }
}

/// The team's experience with Kubernetes, as written in the file.
public enum TeamExperience: String, Sendable, CaseIterable, Comparable {
    case none, low, medium, high

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// A kind of workload the platform must run.
public enum WorkloadKind: String, Sendable, CaseIterable {
    case stateless, stateful, batch
}
