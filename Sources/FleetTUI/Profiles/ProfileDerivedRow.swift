import FleetEngine
import FleetModel

/// One selectable value of the derived panel: a capacity number or a tuned setting, with
/// the reason behind it.
public struct ProfileDerivedRow: Sendable, Equatable {
    /// The heading the row is listed under (`Capacity`, `kube-apiserver`, `kubelet`, …).
    public var section: String
    /// The setting or number, as the plan names it (`maxPods`, `nodes required`).
    public var label: String
    /// The value as one line of text.
    public var value: String
    /// Why the value is what it is, and its source; `nil` only for rows without a reason.
    public var reason: PlanReason?

    public init(section: String, label: String, value: String, reason: PlanReason?) {
        self.section = section
        self.label = label
        self.value = value
        self.reason = reason
    }

    /// Every derived row of a plan: the capacity numbers first, then each component's
    /// explained settings, in the plan's order.
    ///
    /// - Complexity: O(*n*) in the size of the plan.
    public static func rows(for plan: ProfilePlan) -> [ProfileDerivedRow] {
        capacityRows(plan) + componentRows("kube-apiserver", "apiServer", plan.apiServer)
            + componentRows("etcd", "etcd", plan.etcd) + componentRows("kube-scheduler", "scheduler", plan.scheduler)
            + componentRows("kubelet", "kubelet", plan.kubelet)
            + (plan.istio.map { componentRows("Istio", "istio", $0) } ?? [])
    }

    static func capacityRows(_ plan: ProfilePlan) -> [ProfileDerivedRow] {
        let capacity = plan.capacity
        func reason(_ path: String) -> PlanReason? { plan.capacityReasons.first { $0.path == "capacity.\(path)" } }
        func count(_ value: Int?) -> String { value.map(String.init) ?? "impossible" }
        var rows = [
            ProfileDerivedRow(section: "Capacity", label: "allocatable",
                              value: "\(Quantity(millis: capacity.allocatableCPUMillis)) CPU, \(NodeBreakdown.mebibytes(capacity.allocatableMemoryKi)) memory",
                              reason: reason("allocatable")),
            ProfileDerivedRow(section: "Capacity", label: "pods per node",
                              value: "\(capacity.podsPerNode), limited by \(NodeBreakdown.factorName(capacity.limitingFactor))",
                              reason: reason("podsPerNode")),
        ]
        if let podRequest = reason("podRequest") {
            rows.append(ProfileDerivedRow(section: "Capacity", label: "pod request",
                                          value: "\(Quantity(millis: capacity.podCPUMillis)) CPU, \(NodeBreakdown.mebibytes(capacity.podMemoryKi))",
                                          reason: podRequest))
        }
        rows += [
            ProfileDerivedRow(section: "Capacity", label: "nodes required", value: count(capacity.nodesRequired),
                              reason: reason("nodesRequired")),
            ProfileDerivedRow(section: "Capacity", label: "after node loss", value: count(capacity.nodesToSurviveNodeLoss),
                              reason: reason("nodesToSurviveNodeLoss")),
            ProfileDerivedRow(section: "Capacity", label: "after zone loss",
                              value: capacity.zones > 1 ? count(capacity.nodesToSurviveZoneLoss) : "n/a (one zone)",
                              reason: reason("nodesToSurviveZoneLoss")),
            ProfileDerivedRow(section: "Capacity", label: "etcd members",
                              value: "\(capacity.controlPlane.etcdMembers) (tolerate \(capacity.controlPlane.faultTolerance))",
                              reason: reason("etcdMembers")),
            ProfileDerivedRow(section: "Capacity", label: "control plane",
                              value: "\(capacity.controlPlane.machineVCPU) vCPU / \(capacity.controlPlane.machineMemoryGiB) GiB",
                              reason: reason("controlPlaneMachine")),
        ]
        return rows
    }

    static func componentRows(_ section: String, _ component: String, _ tuned: TunedComponent) -> [ProfileDerivedRow] {
        tuned.reasons.map { reason in
            let subpath = String(reason.path.dropFirst(component.count + 1))
            // A reason about something that is not a key (etcd's member count) says it all itself.
            let value = lookup(subpath, in: tuned.value).map(inline) ?? "(press w)"
            return ProfileDerivedRow(section: section, label: subpath, value: value, reason: reason)
        }
    }

    /// The value at a dotted path whose keys may themselves contain dots (`evictionHard`,
    /// `sidecar.concurrency`, `memory.available`) and may index lists
    /// (`profiles[0].pluginConfig[0].args`).
    static func lookup(_ path: String, in value: ConfigValue) -> ConfigValue? {
        guard case .map(let entries) = value else { return nil }
        for entry in entries {
            if entry.key == path { return entry.value }
            if path.hasPrefix(entry.key + "."), let found = lookup(String(path.dropFirst(entry.key.count + 1)), in: entry.value) {
                return found
            }
            if path.hasPrefix(entry.key + "["), let found = element(String(path.dropFirst(entry.key.count)), in: entry.value) {
                return found
            }
        }
        return nil
    }

    /// The value at `[n]…` (then `.rest` or `[m]…`) inside a list.
    private static func element(_ path: String, in value: ConfigValue) -> ConfigValue? {
        guard case .list(let items) = value, let close = path.firstIndex(of: "]"),
              let index = Int(path[path.index(after: path.startIndex)..<close]), items.indices.contains(index) else { return nil }
        let rest = path[path.index(after: close)...]
        if rest.isEmpty { return items[index] }
        if rest.hasPrefix(".") { return lookup(String(rest.dropFirst()), in: items[index]) }
        if rest.hasPrefix("[") { return element(String(rest), in: items[index]) }
        return nil
    }

    /// A configuration value on one line: `{memory.available: 100Mi, nodefs.available: 10%}`.
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
}
