import FleetModel

extension PlanReport {
    /// The plans as a readable report: capacity first, then each component's settings with
    /// the reason (and source id) for every value, the cited sources, then the profile's findings.
    ///
    /// - Complexity: O(*n*) in the size of the plans.
    public static func text(_ plans: [ProfilePlan]) -> String {
        plans.map(text).joined(separator: "\n")
    }

    /// One plan as text.
    public static func text(_ plan: ProfilePlan) -> String {
        var lines: [String] = []
        let version = plan.tableVersion == plan.targetVersion
            ? "Kubernetes \(plan.targetVersion)"
            : "Kubernetes \(plan.targetVersion), planned with \(plan.tableVersion) tables"
        lines.append("Profile \(plan.name) (\(version))")
        lines.append("")
        lines += capacityLines(plan.capacity)
        lines.append("")
        lines.append("kube-apiserver flags")
        lines += flagLines(plan.apiServer)
        lines.append("")
        lines.append("etcd flags")
        lines += flagLines(plan.etcd)
        lines.append("")
        lines.append("KubeSchedulerConfiguration")
        lines += configLines(plan.scheduler)
        lines.append("")
        lines.append("KubeletConfiguration")
        lines += configLines(plan.kubelet)
        if let istio = plan.istio {
            lines.append("")
            lines.append("Istio (istiod, sidecar, ingress gateway, telemetry)")
            lines += configLines(istio)
        }
        lines.append("")
        lines.append("Sources")
        var cited = Set<String>()
        for case let source? in plan.reasons.map(\.source) where cited.insert(source.id).inserted {
            lines.append("  [\(source.id)] \(source.url)")
        }
        lines.append("")
        lines.append("Findings")
        if plan.findings.isEmpty {
            lines.append("  none")
        } else {
            for finding in plan.findings {
                lines.append("  \(finding.severity.rawValue) \(finding.code) \(finding.path): \(finding.message)")
                if !finding.hint.isEmpty { lines.append("    hint: \(finding.hint)") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func capacityLines(_ capacity: CapacityPlan) -> [String] {
        let reservation = capacity.reservation
        let limits = CapacityPlan.LimitingFactor.allCases.compactMap { factor in capacity.limits[factor].map { "\(factor.rawValue) \($0)" } }
            .joined(separator: ", ")
        func count(_ value: Int?) -> String { value.map(String.init) ?? "impossible" }
        let zoneLoss = capacity.zones > 1 ? count(capacity.nodesToSurviveZoneLoss) : "n/a (one zone)"
        let rows: [(String, String)] = [
            ("node", "\(capacity.capacityCPUMillis / 1000) vCPU / \(capacity.capacityMemoryKi / 1024)Mi"),
            ("reserved", "kube \(Quantity(millis: reservation.kubeCPUMillis)) / \(KubeletTuning.mebibytes(reservation.kubeMemoryKi)), system \(Quantity(millis: reservation.systemCPUMillis)) / \(KubeletTuning.mebibytes(reservation.systemMemoryKi)), eviction \(KubeletTuning.mebibytes(reservation.evictionMemoryKi))"),
            ("", reservation.rule),
            ("allocatable", "\(Quantity(millis: capacity.allocatableCPUMillis)) CPU / \(capacity.allocatableMemoryKi / 1024)Mi memory"),
            ("daemonsets", "\(Quantity(millis: capacity.daemonSetCPUMillis)) CPU / \(KubeletTuning.mebibytes(capacity.daemonSetMemoryKi)) per node"),
            ("pod request", "\(Quantity(millis: capacity.podCPUMillis)) CPU / \(KubeletTuning.mebibytes(capacity.podMemoryKi))"),
            ("pods per node", "\(capacity.podsPerNode), limited by \(capacity.limitingFactor.rawValue) (\(limits))"),
            ("nodes", "\(count(capacity.nodesRequired)) required, \(count(capacity.nodesToSurviveNodeLoss)) to survive a node loss, \(zoneLoss) to survive a zone loss (\(capacity.zones) zones)"),
            ("control plane", "\(capacity.controlPlane.etcdMembers) etcd members (tolerate \(capacity.controlPlane.faultTolerance)), \(capacity.controlPlane.machineVCPU) vCPU / \(capacity.controlPlane.machineMemoryGiB) GiB machines (\(capacity.controlPlane.tier))"),
        ]
        return ["Capacity"] + rows.map { label, value in
            "  " + TextWidth.padded(label, to: 15) + value
        }
    }

    static func flagLines(_ component: TunedComponent) -> [String] {
        guard case .map(let entries) = component.value else { return [] }
        var lines: [String] = []
        for entry in entries {
            lines.append("  \(entry.key)=\(entry.value.stringValue ?? entry.value.json())")
        }
        lines += reasonLines(component.reasons)
        return lines
    }

    static func configLines(_ component: TunedComponent) -> [String] {
        let yaml = component.value.yaml(indent: 1)
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines + reasonLines(component.reasons)
    }

    static func reasonLines(_ reasons: [PlanReason]) -> [String] {
        guard !reasons.isEmpty else { return [] }
        return ["  why:"] + reasons.map { reason in
            let source = reason.source.map { " [\($0.id)]" } ?? ""
            return "    \(reason.path): \(reason.reason)\(source)"
        }
    }
}
