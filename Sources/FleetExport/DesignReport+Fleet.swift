import FleetEngine
import FleetModel

extension DesignReport {
    /// "Cluster plans": each cluster's workload, nodes and ranges, then the fleet totals,
    /// the same numbers as `plan.json` (`clusters`, `fleet`).
    func fleet() -> String {
        let fleet = context.fleet
        var lines = ["## Cluster plans", "",
                     "Each cluster planned on its own: its workload, the nodes it needs and the nodes it is built with "
                     + "(enough to survive the loss of a zone), and its address ranges, allocated from "
                     + "`spec.topology.addressPlan` unless pinned. The same numbers are in `plan.json`.", ""]
        var table = MarkdownTable(["Cluster", "Pods", "Pods per node", "Required", "Node loss", "Zone loss", "etcd",
                                   "Node range", "Pod range", "Service range"],
                                  alignments: [.left, .right, .right, .right, .right, .right, .right, .left, .left, .left])
        for (sizing, ranges) in zip(fleet.sizings, fleet.allocation.clusters) {
            let capacity = sizing.capacity
            func count(_ value: Int?) -> String { value.map(String.init) ?? "—" }
            func range(_ kind: AddressKind) -> String {
                guard let assignment = ranges[kind], let block = assignment.range else { return "none" }
                return "`\(block)`" + (assignment.pinned ? " (pinned)" : "")
            }
            table.add(["`\(sizing.cluster.name)`", String(sizing.pods), String(capacity.podsPerNode), count(capacity.nodesRequired),
                       count(capacity.nodesToSurviveNodeLoss), count(capacity.nodesToSurviveZoneLoss),
                       String(capacity.controlPlane.etcdMembers), range(.node), range(.pod), range(.service)])
        }
        lines.append(table.isEmpty ? "The topology has no clusters to plan.\n" : table.render())
        guard !fleet.sizings.isEmpty else { return lines.joined(separator: "\n") }
        lines += ["### Fleet totals", "",
                  "Worker nodes as planned (zone-loss survival), their vCPU and memory, the control-plane machines "
                  + "(etcd members) and the application pods.", ""]
        var totals = MarkdownTable(["", "Clusters", "Worker nodes", "Control plane", "vCPU", "Memory GiB", "Pods"],
                                   alignments: [.left, .right, .right, .right, .right, .right, .right])
        func row(_ label: String, _ value: FleetTotals) {
            totals.add([label, String(value.clusters), String(value.nodes), String(value.controlPlaneNodes), String(value.vcpu),
                        String(value.memoryGiB), String(value.pods)])
        }
        for (environment, value) in fleet.byEnvironment { row("Environment `\(environment)`", value) }
        for (region, value) in fleet.byRegion { row("Region `\(region)`", value) }
        row("**Total**", fleet.total)
        lines.append(totals.render())
        return lines.joined(separator: "\n")
    }
}
