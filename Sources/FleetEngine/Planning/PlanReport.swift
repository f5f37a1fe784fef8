import FleetModel

/// Renders profile plans for people (text) and for tools (JSON).
///
/// `fleetplan plan`, the workbench and the exporter all use these, so the numbers they show
/// cannot differ. Both renderings are byte-stable and end with a newline.
public enum PlanReport {
    /// The plans as one JSON document: `{"kubernetesVersion": …, "profiles": [...]}`.
    ///
    /// Each profile has `name`, `apiServer` and `etcd` (flag → value), `scheduler` and
    /// `kubelet` (the configuration objects), `istio` (only when the mesh is on), `capacity`,
    /// `reasons` (setting path → `{reason, source}`) and `findings`.
    ///
    /// - Complexity: O(*n*) in the size of the plans.
    public static func json(_ plans: [ProfilePlan], version: KubernetesVersion) -> String {
        ConfigValue.map([
            ConfigEntry("kubernetesVersion", .string(version.description)),
            ConfigEntry("profiles", .list(plans.map(jsonValue))),
        ]).json() + "\n"
    }

    /// One plan as the JSON object described in `json(_:version:)`.
    public static func jsonValue(_ plan: ProfilePlan) -> ConfigValue {
        var entries = [
            ConfigEntry("name", .string(plan.name)),
            ConfigEntry("apiServer", plan.apiServer.value),
            ConfigEntry("etcd", plan.etcd.value),
            ConfigEntry("scheduler", plan.scheduler.value),
            ConfigEntry("kubelet", plan.kubelet.value),
        ]
        if let istio = plan.istio { entries.append(ConfigEntry("istio", istio.value)) }
        entries.append(ConfigEntry("capacity", capacityValue(plan.capacity)))
        entries.append(ConfigEntry("reasons", reasonsValue(plan.reasons)))
        entries.append(ConfigEntry("findings", .list(plan.findings.map(findingValue))))
        return .map(entries)
    }

    static func capacityValue(_ capacity: CapacityPlan) -> ConfigValue {
        func optional(_ number: Int?) -> ConfigValue { number.map { .int($0) } ?? .null }
        return .map([
            ConfigEntry("allocatable", .map([
                ConfigEntry("cpu", .string(Quantity(millis: capacity.allocatableCPUMillis).text)),
                ConfigEntry("memory", .string("\(capacity.allocatableMemoryKi / 1024)Mi")),
            ])),
            ConfigEntry("reserved", .map([
                ConfigEntry("cpu", .string(Quantity(millis: capacity.reservation.cpuMillis).text)),
                ConfigEntry("memory", .string(KubeletTuning.mebibytes(capacity.reservation.memoryKi))),
            ])),
            ConfigEntry("podRequest", .map([
                ConfigEntry("cpu", .string(Quantity(millis: capacity.podCPUMillis).text)),
                ConfigEntry("memory", .string(KubeletTuning.mebibytes(capacity.podMemoryKi))),
            ])),
            ConfigEntry("podsPerNode", .int(capacity.podsPerNode)),
            ConfigEntry("limitingFactor", .string(capacity.limitingFactor.rawValue)),
            ConfigEntry("nodesRequired", optional(capacity.nodesRequired)),
            ConfigEntry("nodesToSurviveNodeLoss", optional(capacity.nodesToSurviveNodeLoss)),
            ConfigEntry("nodesToSurviveZoneLoss", optional(capacity.nodesToSurviveZoneLoss)),
            ConfigEntry("etcdMembers", .int(capacity.controlPlane.etcdMembers)),
            ConfigEntry("controlPlaneMachine", .map([
                ConfigEntry("vcpu", .int(capacity.controlPlane.machineVCPU)),
                ConfigEntry("memoryGiB", .int(capacity.controlPlane.machineMemoryGiB)),
            ])),
        ])
    }

    static func reasonsValue(_ reasons: [PlanReason]) -> ConfigValue {
        var seen = Set<String>()
        var entries: [ConfigEntry] = []
        for reason in reasons where seen.insert(reason.path).inserted {
            let source: ConfigValue = reason.source.map {
                .map([ConfigEntry("id", .string($0.id)), ConfigEntry("url", .string($0.url))])
            } ?? .null
            entries.append(ConfigEntry(reason.path, .map([
                ConfigEntry("reason", .string(reason.reason)),
                ConfigEntry("source", source),
            ])))
        }
        return .map(entries)
    }

    static func findingValue(_ finding: Finding) -> ConfigValue {
        .map([
            ConfigEntry("severity", .string(finding.severity.rawValue)),
            ConfigEntry("code", .string(finding.code)),
            ConfigEntry("path", .string(finding.path.description)),
            ConfigEntry("message", .string(finding.message)),
            ConfigEntry("hint", .string(finding.hint)),
        ])
    }
}
