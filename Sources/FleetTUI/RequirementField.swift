import FleetModel

/// A field of the Requirements form: the project's metadata, its Kubernetes version and
/// every requirement.
public enum RequirementField: String, Sendable, CaseIterable, Hashable {
    case name, description, kubernetesVersion
    case environments, regions, zonesPerRegion, multiCloud, onPremises, currentPlatform, teamExperience
    case workloads, gpu, windows, mtlsRequired, expectedNodes, expectedServices

    /// The kind of input the field takes.
    public enum Kind: Sendable, Hashable {
        /// Free text; lists are written comma-separated.
        case text
        case number(ClosedRange<Int>)
        case toggle
        case choice([String])
    }

    public var label: String {
        switch self {
        case .name: "Name"
        case .description: "Description"
        case .kubernetesVersion: "Kubernetes version"
        case .environments: "Environments"
        case .regions: "Regions"
        case .zonesPerRegion: "Zones per region"
        case .multiCloud: "Multi-cloud"
        case .onPremises: "On premises"
        case .currentPlatform: "Current platform"
        case .teamExperience: "Team experience"
        case .workloads: "Workloads"
        case .gpu: "GPU"
        case .windows: "Windows nodes"
        case .mtlsRequired: "mTLS required"
        case .expectedNodes: "Expected nodes"
        case .expectedServices: "Expected services"
        }
    }

    public var kind: Kind {
        switch self {
        case .name, .description, .kubernetesVersion, .environments, .regions, .workloads: .text
        case .zonesPerRegion: .number(1...6)
        case .expectedNodes, .expectedServices: .number(0...1_000_000)
        case .multiCloud, .onPremises, .gpu, .windows, .mtlsRequired: .toggle
        case .currentPlatform: .choice(Self.platformOptions)
        case .teamExperience: .choice(Self.experienceOptions)
        }
    }

    private static let platformOptions = ["none"] + PlatformID.allCases.map(\.rawValue)
    private static let experienceOptions = TeamExperience.allCases.map(\.rawValue)

    /// Where the field lives in the project file, as findings name it.
    public var path: FieldPath { Self.paths[index] }

    /// The fields' paths, built once: views ask for them on every frame.
    private static let paths: [FieldPath] = allCases.map(\.computedPath)

    private var index: Int {
        Self.allCases.firstIndex(of: self)!
    }

    private var computedPath: FieldPath {
        switch self {
        case .name: FieldPath([.key("metadata"), .key("name")])
        case .description: FieldPath([.key("metadata"), .key("description")])
        case .kubernetesVersion: FieldPath.spec.key("kubernetesVersion")
        default: FieldPath.spec.key("requirements").key(rawValue)
        }
    }

    /// The field a finding's path points into, if it is one of these.
    public static func field(for path: FieldPath) -> RequirementField? {
        allCases.first { path.components.starts(with: $0.path.components) }
    }

    /// The value as text: what an edit starts from, and what text and number fields show.
    public func text(in project: Project) -> String {
        let requirements = project.requirements
        switch self {
        case .name: return project.metadata.name
        case .description: return project.metadata.description
        case .kubernetesVersion: return project.kubernetesVersion.description
        case .environments: return requirements.environments.joined(separator: ", ")
        case .regions: return requirements.regions.joined(separator: ", ")
        case .workloads: return requirements.workloads.map(\.rawValue).joined(separator: ", ")
        case .zonesPerRegion: return String(requirements.zonesPerRegion)
        case .expectedNodes: return String(requirements.expectedNodes)
        case .expectedServices: return String(requirements.expectedServices)
        case .multiCloud, .onPremises, .gpu, .windows, .mtlsRequired: return isOn(in: project) ? "yes" : "no"
        case .currentPlatform: return requirements.currentPlatform?.rawValue ?? "none"
        case .teamExperience: return requirements.teamExperience.rawValue
        }
    }

    /// Whether a toggle field is on (false for other kinds).
    public func isOn(in project: Project) -> Bool {
        let requirements = project.requirements
        switch self {
        case .multiCloud: return requirements.multiCloud
        case .onPremises: return requirements.onPremises
        case .gpu: return requirements.gpu
        case .windows: return requirements.windows
        case .mtlsRequired: return requirements.mtlsRequired
        default: return false
        }
    }
}
