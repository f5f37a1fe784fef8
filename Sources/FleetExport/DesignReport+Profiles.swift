import FleetEngine
import FleetModel

extension DesignReport {
    /// One section per profile: the capacity plan, then every tuned setting with its value,
    /// reason and source, in the planner's order.
    func profiles() -> [String] {
        project.profiles.map { profile in
            var lines = ["## Profile `\(profile.name)`", ""]
            if !profile.description.isEmpty { lines += [profile.description, ""] }
            guard let plan = context.plans[profile.name] else {
                return (lines + ["Not planned: the profile has structural errors (see Findings).", ""]).joined(separator: "\n")
            }
            if plan.tableVersion != plan.targetVersion {
                lines += ["Planned with the tables of Kubernetes \(plan.tableVersion): \(plan.targetVersion) is not supported.", ""]
            }
            lines += ["### Capacity plan", "", capacityTable(plan).render(), "### Tuned settings", ""]
            var table = MarkdownTable(["Setting", "Value", "Reason", "Source"])
            for reason in plan.reasons {
                table.add(["`\(reason.path)`", Self.value(of: reason.path, in: plan).map { "`\($0)`" } ?? "—",
                           reason.reason, reason.source.map { "\($0.id)" } ?? "Fleetplan rule"])
            }
            lines.append(table.render())
            return lines.joined(separator: "\n")
        }
    }

    func capacityTable(_ plan: ProfilePlan) -> MarkdownTable {
        let capacity = plan.capacity
        var table = MarkdownTable(["Quantity", "Value"], alignments: [.left, .right])
        func count(_ value: Int?) -> String { value.map(String.init) ?? "cannot be met" }
        table.add(["Node capacity", "\(capacity.capacityCPUMillis)m CPU, \(capacity.capacityMemoryKi / 1024)Mi memory"])
        table.add(["Allocatable", "\(capacity.allocatableCPUMillis)m CPU, \(capacity.allocatableMemoryKi / 1024)Mi memory"])
        table.add(["Pod request (sidecar included)", "\(capacity.podCPUMillis)m CPU, \(capacity.podMemoryKi / 1024)Mi memory"])
        table.add(["DaemonSets per node", "\(capacity.daemonSetCPUMillis)m CPU, \(capacity.daemonSetMemoryKi / 1024)Mi memory"])
        table.add(["Pods per node", "\(capacity.podsPerNode) (limited by \(capacity.limitingFactor.rawValue))"])
        table.add(["Nodes required", count(capacity.nodesRequired)])
        table.add(["Nodes to survive a node loss", count(capacity.nodesToSurviveNodeLoss)])
        table.add(["Nodes to survive a zone loss", capacity.zones > 1 ? count(capacity.nodesToSurviveZoneLoss) : "one zone: not survivable"])
        table.add(["Zones", String(capacity.zones)])
        table.add(["etcd members", "\(capacity.controlPlane.etcdMembers) (tolerate \(capacity.controlPlane.faultTolerance))"])
        table.add(["Control-plane machine", "\(capacity.controlPlane.machineVCPU) vCPU, \(capacity.controlPlane.machineMemoryGiB) GiB (\(capacity.controlPlane.tier))"])
        return table
    }

    /// The planned value a reason explains, written inline; `nil` for capacity and explanations
    /// without a value of their own.
    static func value(of path: String, in plan: ProfilePlan) -> String? {
        let component: ConfigValue?
        var rest: Substring
        guard let dot = path.firstIndex(of: ".") else { return nil }
        rest = path[path.index(after: dot)...]
        switch path[..<dot] {
        case "apiServer": component = plan.apiServer.value
        case "etcd": component = plan.etcd.value
        case "scheduler": component = plan.scheduler.value
        case "kubelet": component = plan.kubelet.value
        case "istio": component = plan.istio?.value
        default: component = nil
        }
        guard var current = component else { return nil }
        while !rest.isEmpty {
            if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                      case .list(let items) = current, items.indices.contains(index) else { return nil }
                current = items[index]
                rest = rest[rest.index(after: close)...]
            } else {
                guard case .map(let entries) = current else { return nil }
                let match = entries.filter { entry in
                    rest == entry.key || rest.hasPrefix(entry.key + ".") || rest.hasPrefix(entry.key + "[")
                }.max { $0.key.count < $1.key.count }
                guard let match else { return nil }
                current = match.value
                rest = rest.dropFirst(match.key.count)
            }
            if rest.hasPrefix(".") { rest = rest.dropFirst() }
        }
        return inline(current)
    }

    /// A value on one line: scalars as they are, maps as `{key: value, …}`, lists as `[…]`.
    static func inline(_ value: ConfigValue) -> String {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .list(let items): "[" + items.map(inline).joined(separator: ", ") + "]"
        case .map(let entries): "{" + entries.map { "\($0.key): \(inline($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// Every source the report rests on: planning facts, catalog facts and the upstream types
    /// the documents were checked against.
    func sources() -> String {
        var lines = ["## Sources", ""]
        var planning: [String: String] = [:]
        for plan in project.profiles.compactMap({ context.plans[$0.name] }) {
            for source in plan.reasons.compactMap(\.source) + plan.capacity.reservation.sources where planning[source.id] == nil {
                planning[source.id] = source.url
            }
        }
        if !planning.isEmpty {
            lines += ["### Planning", ""] + planning.keys.sorted().map { "- \($0): \(planning[$0]!)" } + [""]
        }
        var facts = Set<String>()
        for platform in PlatformID.allCases {
            let result = evaluation[platform]
            facts.formUnion(result.cells.map(\.fact))
            facts.formUnion(result.status.eliminations.map(\.fact))
            facts.formUnion(result.status.caveats.map(\.fact))
        }
        let cited = facts.sorted().compactMap { context.score.catalog.fact($0) }
        if !cited.isEmpty {
            lines += ["### Platform catalog (reviewed \(context.score.catalog.reviewed))", ""]
            lines += cited.map { "- \($0.id) (\($0.status)): \($0.statement) — \($0.source)" } + [""]
        }
        lines += ["### Document field tables", ""]
        let tables = UpstreamSchemas.all.map { "\($0.apiVersion) \($0.kind): \($0.source)" }
            + [ConfigFieldTables.kubelet, ConfigFieldTables.scheduler, ConfigFieldTables.apiServer, ConfigFieldTables.etcd]
                .map { "\($0.name): \($0.source)" }
        lines += tables.map { "- \($0)" } + [""]
        return lines.joined(separator: "\n")
    }
}
