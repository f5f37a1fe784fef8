import Foundation
import FleetModel

/// Renders the fleet plan for people (tables) and for tools (the `clusters` and `fleet`
/// members of `plan --format json`, and the bundle's `plan.json`).
///
/// Byte-stable: clusters in topology order, environments and regions in the order they
/// first appear.
public enum FleetReport {
    /// The whole plan document: `{"kubernetesVersion", "profiles", "clusters", "fleet"}`.
    ///
    /// - Complexity: O(*p* + *n*) in profiles and clusters, after the plans are built.
    public static func json(profiles: [ProfilePlan], clusters: [ClusterPlan], fleet: FleetPlan,
                            version: KubernetesVersion, costs: FleetCost? = nil) -> String {
        var estimates: [String: CostEstimate] = [:]
        for (label, estimate) in costs?.estimates ?? [] { estimates[label] = estimate }
        return ConfigValue.map([
            ConfigEntry("kubernetesVersion", .string(version.description)),
            ConfigEntry("profiles", .list(profiles.map(PlanReport.jsonValue))),
            ConfigEntry("clusters", .list(clusters.map { clusterValue($0, cost: estimates[$0.name]) })),
            ConfigEntry("fleet", fleetValue(fleet, costs: costs)),
        ]).json() + "\n"
    }

    /// A money amount for JSON: the exact decimal as a string (`"930.385"`), so no
    /// binary rounding creeps in.
    static func money(_ amount: Decimal?) -> ConfigValue { amount.map { .string("\($0)") } ?? .null }

    /// A cost estimate: `monthlyUSD` (known parts), `complete`, `basis` and its `parts`.
    static func costValue(_ estimate: CostEstimate) -> ConfigValue {
        .map([
            ConfigEntry("monthlyUSD", money(estimate.monthlyUSD)),
            ConfigEntry("complete", .bool(estimate.isComplete)),
            ConfigEntry("basis", .string(estimate.basis)),
            ConfigEntry("parts", .list(estimate.parts.map { part in
                .map([
                    ConfigEntry("kind", .string(part.kind.rawValue)),
                    ConfigEntry("quantity", .int(part.quantity)),
                    ConfigEntry("unitUSDPerHour", money(part.unitUSDPerHour)),
                    ConfigEntry("unitUSDPerMonth", money(part.unitUSDPerMonth)),
                    ConfigEntry("monthlyUSD", money(part.monthlyUSD)),
                    ConfigEntry("note", .string(part.note)),
                    ConfigEntry("price", part.price.map { price in
                        .map([ConfigEntry("item", .string(price.item)), ConfigEntry("region", .string(price.region)),
                              ConfigEntry("source", .string(price.sourceID)), ConfigEntry("read", .string(price.read))])
                    } ?? .null),
                ])
            })),
        ])
    }

    /// A cost roll-up: the known sum, whether it is complete, and what is unknown, by cluster.
    static func fleetCostValue(_ cost: FleetCost) -> ConfigValue {
        .map([
            ConfigEntry("monthlyUSD", money(cost.knownMonthlyUSD)),
            ConfigEntry("complete", .bool(cost.isComplete)),
            ConfigEntry("unknown", .list(cost.unknowns.map { unknown in
                .map([ConfigEntry("cluster", .string(unknown.label)), ConfigEntry("kind", .string(unknown.part.kind.rawValue)),
                      ConfigEntry("note", .string(unknown.part.note))])
            })),
        ])
    }

    /// One cluster's entry of `clusters[]`, with its `cost` when there is an estimate.
    public static func clusterValue(_ plan: ClusterPlan, cost: CostEstimate? = nil) -> ConfigValue {
        let sizing = plan.sizing
        let capacity = plan.capacity
        func optional(_ number: Int?) -> ConfigValue { number.map { .int($0) } ?? .null }
        func range(_ kind: AddressKind) -> ConfigValue { plan.range(kind).map { .string($0.description) } ?? .null }
        var entries = [
            ConfigEntry("name", .string(plan.name)),
            ConfigEntry("profile", .string(plan.cluster.profile)),
            ConfigEntry("role", .string(plan.cluster.role.rawValue)),
            ConfigEntry("environment", .string(plan.cluster.environment)),
            ConfigEntry("region", .string(plan.cluster.region)),
            ConfigEntry("network", .string(plan.cluster.network)),
            ConfigEntry("meshRole", plan.cluster.meshRole.map { .string($0.rawValue) } ?? .null),
            ConfigEntry("zones", .int(sizing.zones)),
            ConfigEntry("pods", .int(sizing.pods)),
            ConfigEntry("podsPerNode", .int(capacity.podsPerNode)),
            ConfigEntry("nodesRequired", optional(capacity.nodesRequired)),
            ConfigEntry("nodesToSurviveNodeLoss", optional(capacity.nodesToSurviveNodeLoss)),
            ConfigEntry("nodesToSurviveZoneLoss", optional(capacity.nodesToSurviveZoneLoss)),
            ConfigEntry("plannedNodes", .int(plan.plannedNodes)),
            ConfigEntry("vcpu", .int(plan.plannedNodes.saturatingMultiply(sizing.profile.node.vcpu))),
            ConfigEntry("memoryGiB", .int(plan.plannedNodes.saturatingMultiply(sizing.profile.node.memoryGiB))),
            ConfigEntry("nodeCIDR", range(.node)),
            ConfigEntry("podCIDR", range(.pod)),
            ConfigEntry("serviceCIDR", range(.service)),
            ConfigEntry("podCIDRMaskSize", .int(sizing.profile.podCIDRMaskSize)),
            ConfigEntry("pinned", .list(AddressKind.allCases.filter { plan.ranges[$0]?.pinned == true }
                .map { .string($0.clusterField) })),
            ConfigEntry("controlPlane", .map([
                ConfigEntry("etcdMembers", .int(capacity.controlPlane.etcdMembers)),
                ConfigEntry("machine", .map([
                    ConfigEntry("vcpu", .int(capacity.controlPlane.machineVCPU)),
                    ConfigEntry("memoryGiB", .int(capacity.controlPlane.machineMemoryGiB)),
                ])),
            ])),
            ConfigEntry("apiServer", plan.tuning.apiServer.value),
            ConfigEntry("etcd", plan.tuning.etcd.value),
        ]
        if let istio = plan.tuning.istio, sizing.runsMesh {
            entries.append(ConfigEntry("sidecarsServed", .int(sizing.sidecarsServed)))
            entries.append(ConfigEntry("istiod", istio.value["istiod"] ?? .null))
        }
        if let cost { entries.append(ConfigEntry("cost", costValue(cost))) }
        return .map(entries)
    }

    /// `fleet`: `total`, `byEnvironment` and `byRegion`.
    public static func fleetValue(_ fleet: FleetPlan, costs: FleetCost? = nil) -> ConfigValue {
        let environments = Dictionary(uniqueKeysWithValues: fleet.sizings.map { ($0.cluster.name, $0.cluster.environment) })
        let regions = Dictionary(uniqueKeysWithValues: fleet.sizings.map { ($0.cluster.name, $0.cluster.region) })
        let byEnvironment = costs.map { Dictionary(uniqueKeysWithValues: $0.grouped { environments[$0] ?? "" }.map { ($0.key, $0.cost) }) }
        let byRegion = costs.map { Dictionary(uniqueKeysWithValues: $0.grouped { regions[$0] ?? "" }.map { ($0.key, $0.cost) }) }
        return .map([
            ConfigEntry("total", totalsValue(fleet.total, cost: costs)),
            ConfigEntry("byEnvironment", .list(fleet.byEnvironment.map {
                totalsValue($0.value, key: ("environment", $0.key), cost: byEnvironment?[$0.key])
            })),
            ConfigEntry("byRegion", .list(fleet.byRegion.map { totalsValue($0.value, key: ("region", $0.key), cost: byRegion?[$0.key]) })),
        ])
    }

    static func totalsValue(_ totals: FleetTotals, key: (String, String)? = nil, cost: FleetCost? = nil) -> ConfigValue {
        var entries: [ConfigEntry] = []
        if let key { entries.append(ConfigEntry(key.0, .string(key.1))) }
        entries += [
            ConfigEntry("clusters", .int(totals.clusters)),
            ConfigEntry("nodes", .int(totals.nodes)),
            ConfigEntry("nodesRequired", .int(totals.nodesRequired)),
            ConfigEntry("controlPlaneNodes", .int(totals.controlPlaneNodes)),
            ConfigEntry("vcpu", .int(totals.vcpu)),
            ConfigEntry("memoryGiB", .int(totals.memoryGiB)),
            ConfigEntry("pods", .int(totals.pods)),
        ]
        if let cost { entries.append(ConfigEntry("cost", fleetCostValue(cost))) }
        return .map(entries)
    }

    /// The per-cluster table: where each cluster runs, its pods, nodes and ranges.
    public static func clusterTable(_ fleet: FleetPlan, costs: FleetCost? = nil) -> String {
        var estimates: [String: CostEstimate] = [:]
        for (label, estimate) in costs?.estimates ?? [] { estimates[label] = estimate }
        var table = TextTable([.left, .left, .left, .left, .right, .right, .right, .left, .left, .left, .right])
        table.add(["Cluster", "Environment", "Region", "Network", "Pods", "Required", "Planned", "Node range", "Pod range", "Service range",
                   costs == nil ? "" : "USD/month"])
        for (sizing, ranges) in zip(fleet.sizings, fleet.allocation.clusters) {
            func text(_ kind: AddressKind) -> String {
                guard let assignment = ranges[kind], let range = assignment.range else { return "none" }
                return range.description + (assignment.pinned ? " (pinned)" : "")
            }
            table.add([sizing.cluster.name, sizing.cluster.environment, sizing.cluster.region, sizing.cluster.network,
                       "\(sizing.pods)", sizing.capacity.nodesRequired.map(String.init) ?? "impossible",
                       "\(sizing.plannedNodes)", text(.node), text(.pod), text(.service),
                       estimates[sizing.cluster.name].map(amount) ?? ""])
        }
        return table.render()
    }

    /// A cluster's estimate for a table: the known sum, `+?` when some part is unknown.
    static func amount(_ estimate: CostEstimate) -> String {
        estimate.monthlyUSD.dollars + (estimate.isComplete ? "" : " +?")
    }

    /// The cost lines under the fleet table: every part of every cluster, so the sums can
    /// be redone by hand, then the total and what it leaves out.
    public static func costText(_ costs: FleetCost) -> String {
        var lines = ["", "Cost estimate (on-demand list prices, USD per month of 730 hours; unknown parts are not in the sums)"]
        for (label, estimate) in costs.estimates {
            lines.append("  \(label): \(amount(estimate)) (\(estimate.basis))")
            for part in estimate.parts {
                let value = part.monthlyUSD.map { $0.dollars } ?? "unknown"
                let source = part.price.map { " [\($0.sourceID), \($0.region), read \($0.read)]" } ?? ""
                lines.append("    \(part.kind.rawValue): \(part.note) = \(value)\(source)")
            }
        }
        lines.append("  total: \(costs.knownMonthlyUSD.dollars)" + (costs.isComplete ? "" : " plus \(costs.unknowns.count) unknown part(s)"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The fleet totals: one row per environment, per region, and the total.
    public static func totalsTable(_ fleet: FleetPlan) -> String {
        var table = TextTable([.left, .right, .right, .right, .right, .right, .right])
        table.add(["", "Clusters", "Nodes", "Control plane", "vCPU", "Memory GiB", "Pods"])
        func row(_ label: String, _ totals: FleetTotals) {
            table.add([label, "\(totals.clusters)", "\(totals.nodes)", "\(totals.controlPlaneNodes)", "\(totals.vcpu)",
                       "\(totals.memoryGiB)", "\(totals.pods)"])
        }
        for (environment, totals) in fleet.byEnvironment { row("environment \(environment)", totals) }
        for (region, totals) in fleet.byRegion { row("region \(region)", totals) }
        row("total", fleet.total)
        return table.render()
    }

    /// The text that ends `fleetplan plan`: the clusters, then the fleet totals.
    public static func text(_ fleet: FleetPlan, costs: FleetCost? = nil) -> String {
        guard !fleet.sizings.isEmpty else { return "Fleet\n  no clusters\n" }
        return "Clusters (nodes required by the workload, and planned to survive a zone loss; ranges allocated unless pinned)\n"
            + clusterTable(fleet, costs: costs) + "\n\nFleet\n" + totalsTable(fleet) + "\n" + (costs.map(costText) ?? "")
    }

    /// The address-plan and fleet findings (FP33x), or a line saying there are none.
    public static func findingsText(_ findings: [Finding]) -> String {
        var lines = ["", "Fleet findings"]
        if findings.isEmpty { lines.append("  none") }
        for finding in findings {
            lines.append("  \(finding.severity.rawValue) \(finding.code) \(finding.path): \(finding.message)")
            if !finding.hint.isEmpty { lines.append("    hint: \(finding.hint)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One cluster's plan as text: where it runs, its size and ranges, then its tuned settings.
    public static func text(_ plan: ClusterPlan) -> String {
        let cluster = plan.cluster
        var lines = ["Cluster \(cluster.name): \(cluster.role.rawValue) in \(cluster.environment), \(cluster.region), network \(cluster.network)"
                     + (cluster.meshRole.map { ", mesh \($0.rawValue)" } ?? "")]
        lines.append("  profile \(cluster.profile), \(plan.sizing.pods) pods over \(plan.sizing.zones) zone(s)"
                     + (plan.sizing.runsMesh ? ", istiod serves \(plan.sizing.sidecarsServed) sidecars" : ""))
        for kind in AddressKind.allCases {
            let assignment = plan.ranges[kind]
            let range = assignment?.range?.description ?? "none (see findings)"
            lines.append("  \(kind.clusterField) \(range)" + (assignment?.pinned == true ? " (pinned)" : " (allocated)"))
        }
        return lines.joined(separator: "\n") + "\n\n" + PlanReport.text(plan.tuning)
    }
}
