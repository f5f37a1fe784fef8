import ArgumentParser
import FleetEngine
import FleetModel
import FleetStore

/// `fleetplan plan FILE`: the tuned settings and capacity plan of each cluster profile and
/// of each cluster, and the fleet totals.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the tuned settings and capacity plan of each profile and cluster, and the fleet totals.",
        discussion: """
            For each profile: kube-apiserver and etcd flags, the KubeSchedulerConfiguration and \
            KubeletConfiguration, Istio settings when the mesh is on, the capacity plan, and the reason \
            and source of every value. Then every cluster with its workload, nodes and address ranges, \
            and the fleet totals by environment, by region and overall. With --cluster, one cluster's \
            plan in full (its control plane and istiod sized for that cluster). Exits 0 when the plan \
            has no errors, 1 when it has planning or address-plan errors (FP1xx, FP33x), 64 for an \
            unknown --profile or --cluster, 65/66 when the file is invalid or missing.
            """
    )

    @OptionGroup var input: ProjectInput

    @Option(help: "Plan only the profile with this name.")
    var profile: String?

    @Option(help: "Plan only the cluster with this name (its profile, its own size and ranges).")
    var cluster: String?

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let loaded = try input.load()
        let project = loaded.project
        var plans = Planner.plan(project)
        let fleet = FleetPlan(project)
        var clusters = fleet.clusterPlans(in: project)
        if let profile {
            plans = plans.filter { $0.name == profile }
            clusters = clusters.filter { $0.cluster.profile == profile }
            if plans.isEmpty {
                let known = project.profiles.map { "\"\($0.name)\"" }.joined(separator: ", ")
                Output.error("\(input.file): no profile named \"\(profile)\" (profiles: \(known.isEmpty ? "none" : known))")
                throw ExitCode(64)
            }
        }
        if let cluster {
            clusters = clusters.filter { $0.name == cluster }
            guard let plan = clusters.first else {
                let known = project.topology.clusters.map { "\"\($0.name)\"" }.joined(separator: ", ")
                Output.error("\(input.file): no cluster named \"\(cluster)\" (clusters: \(known.isEmpty ? "none" : known))")
                throw ExitCode(64)
            }
            plans = plans.filter { $0.name == plan.cluster.profile }
        }
        let fleetFindings = Lint.sorted(FleetRules.findings(for: project))
        let costs = fleet.costs(in: project)
        switch format {
        case .text:
            if let plan = clusters.first, cluster != nil {
                print(FleetReport.text(plan), terminator: "")
                if let estimate = costs?.estimates.first(where: { $0.label == plan.name }) {
                    print(FleetReport.costText(FleetCost([estimate])), terminator: "")
                }
            } else {
                print(PlanReport.text(plans), terminator: "")
                print("")
                print(FleetReport.text(fleet, costs: costs) + FleetReport.findingsText(fleetFindings), terminator: "")
            }
        case .json:
            print(FleetReport.json(profiles: plans, clusters: clusters, fleet: fleet, version: project.kubernetesVersion,
                                   costs: costs), terminator: "")
        }
        if plans.contains(where: { $0.findings.hasErrors }) || clusters.contains(where: { $0.tuning.findings.hasErrors })
            || fleetFindings.hasErrors {
            throw ExitCode(1)
        }
    }
}
