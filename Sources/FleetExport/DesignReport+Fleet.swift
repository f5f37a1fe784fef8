import FleetEngine
import FleetModel
import Foundation

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

    /// "Cost estimate": each cluster's monthly estimate part by part, the fleet total and
    /// what it leaves out (`cost.csv` holds the same lines).
    func cost() -> String {
        guard let costs = context.costs, !costs.estimates.isEmpty else { return "" }
        var lines = ["## Cost estimate", "",
                     "On-demand list prices in USD for a month of 730 hours: the planned nodes × the instance's hourly price, "
                     + "the managed control-plane fee and the load balancers the design creates (ingress and east-west gateways). "
                     + "Parts without a price at a source are marked unknown and left out of every sum, never guessed "
                     + "(`docs/cost.md`). Also as `cost.csv`.", ""]
        var table = MarkdownTable(["Cluster", "Part", "Quantity", "How", "USD/month", "Price source"],
                                  alignments: [.left, .left, .right, .left, .right, .left])
        for (label, estimate) in costs.estimates {
            for part in estimate.parts {
                table.add(["`\(label)`", part.kind.rawValue, String(part.quantity), part.note,
                           part.monthlyUSD.map { $0.dollars } ?? "unknown",
                           part.price.map { "\($0.sourceID), \($0.region), read \($0.read)" } ?? "—"])
            }
            table.add(["`\(label)`", "**total**", "", estimate.basis, "**\(estimate.monthlyUSD.dollars)**", ""])
        }
        lines.append(table.render())
        lines += ["", "Fleet: **\(costs.knownMonthlyUSD.dollars) USD per month**"
                  + (costs.isComplete ? "." : ", plus \(costs.unknowns.count) part(s) without a price (see above)."), ""]
        return lines.joined(separator: "\n")
    }

    /// `cost.csv`: one row per part of every cluster's estimate.
    static func costCSV(_ costs: FleetCost) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var lines = ["cluster,region,part,quantity,unit_usd_per_hour,unit_usd_per_month,monthly_usd,note,price_source,price_region,price_read"]
        for (label, estimate) in costs.estimates {
            for part in estimate.parts {
                lines.append([label, estimate.region, part.kind.rawValue, String(part.quantity),
                              part.unitUSDPerHour.map { "\($0)" } ?? "", part.unitUSDPerMonth.map { "\($0)" } ?? "",
                              part.monthlyUSD.map { "\($0)" } ?? "unknown", part.note,
                              part.price?.sourceID ?? "", part.price?.region ?? "", part.price?.read ?? ""].map(field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
