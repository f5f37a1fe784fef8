import ArgumentParser
import FleetEngine
import FleetModel
import FleetStore

/// `fleetplan plan FILE`: the tuned settings and capacity plan of each cluster profile.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the tuned settings and capacity plan of each cluster profile.",
        discussion: """
            For each profile: kube-apiserver and etcd flags, the KubeSchedulerConfiguration and \
            KubeletConfiguration, Istio settings when the mesh is on, the capacity plan, and the reason \
            and source of every value. Exits 0 when the plan has no errors, 1 when it has planning \
            errors (FP1xx), 64 for an unknown --profile, 65/66 when the file is invalid or missing.
            """
    )

    @OptionGroup var input: ProjectInput

    @Option(help: "Plan only the profile with this name.")
    var profile: String?

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let loaded = try input.load()
        let project = loaded.project
        var plans = Planner.plan(project)
        if let profile {
            plans = plans.filter { $0.name == profile }
            if plans.isEmpty {
                let known = project.profiles.map { "\"\($0.name)\"" }.joined(separator: ", ")
                Output.error("\(input.file): no profile named \"\(profile)\" (profiles: \(known.isEmpty ? "none" : known))")
                throw ExitCode(64)
            }
        }
        switch format {
        case .text: print(PlanReport.text(plans), terminator: "")
        case .json: print(PlanReport.json(plans, version: project.kubernetesVersion), terminator: "")
        }
        if plans.contains(where: { $0.findings.hasErrors }) { throw ExitCode(1) }
    }
}
