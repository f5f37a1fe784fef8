import FleetEngine
import FleetModel

extension DesignReport {
    /// `## <Platform> files`: how the topology maps onto the winning platform (other than
    /// Kubernetes), in its own nouns, and what each file is.
    func platformFiles() -> String {
        let platform = context.platform
        let regions = project.requirements.regions
        let directory = BundleLayout.platformDirectory(platform.rawValue)
        let workloads = StarterWorkload.all(in: project)
        var lines = ["## \(platform.displayName) files", "", Self.mapping(platform, regions: regions), ""]
        var table = MarkdownTable(["Region"] + workloads.map { "`\($0.name)`" })
        for region in regions {
            table.add([region] + workloads.map { "\($0.replicas(in: region)) \(Self.replicaNoun(platform))" })
        }
        if !table.isEmpty {
            lines += ["Sized from the workload (the pods the design runs in each region with each profile, at least one per zone):", "", table.render()]
        }
        lines.append("Files under `\(directory)/`; values the design cannot know are `REPLACE-…` placeholders (`docs/export-bundle.md`).")
        return lines.joined(separator: "\n") + "\n"
    }

    static func replicaNoun(_ platform: PlatformID) -> String {
        switch platform {
        case .ecs: "tasks"
        case .cloudRun: "max instances"
        case .nomad: "allocations"
        case .dockerSwarm: "replicas"
        case .kubernetes: "pods"
        }
    }

    /// The topology in the platform's nouns (`PlatformMapping.summary`).
    static func mapping(_ platform: PlatformID, regions: [String]) -> String {
        PlatformMapping.summary(platform, regions: regions)
    }
}
