import FleetModel

/// The hard constraints: requirements a platform must meet to stay in the running.
///
/// A platform that cannot meet a requirement is eliminated, not down-scored, and keeps
/// the reasons (each with the requirement's field path and the catalog fact behind it).
/// A capability the catalog marks `partial` keeps the platform and adds a caveat.
///
/// The rules:
/// - `onPremises`, `multiCloud`, `gpu`, `windows` and each `workloads` kind need the
///   matching `PlatformCapability`.
/// - `expectedNodes` spread evenly over `regions` (one production cluster per region)
///   must fit the platform's documented `maxNodesPerCluster`.
public enum Constraints {
    /// The constraint outcome for one platform.
    ///
    /// - Complexity: O(*k*) for *k* workload kinds and capabilities.
    public static func status(of platform: PlatformID, requirements: Requirements, catalog: Catalog) -> ConstraintStatus {
        guard let entry = catalog.entry(platform) else {
            return ConstraintStatus(eliminations: [ConstraintReason(requirement: "spec.matrix", text: "not in the platform catalog", fact: "")])
        }
        var status = ConstraintStatus()
        let base = FieldPath.spec.key("requirements")
        func need(_ kind: PlatformCapability.Kind, _ label: String, at path: FieldPath) {
            guard let capability = entry.facts.capability(kind) else { return }
            let reason = ConstraintReason(requirement: path, text: "\(label): \(capability.note)", fact: capability.fact)
            switch capability.support {
            case .yes: break
            case .partial: status.caveats.append(reason)
            case .no: status.eliminations.append(reason)
            }
        }
        if requirements.onPremises { need(.onPremises, "must run on-premises", at: base.key("onPremises")) }
        if requirements.multiCloud { need(.multiCloud, "must run on several clouds with one API", at: base.key("multiCloud")) }
        for (index, kind) in requirements.workloads.enumerated() {
            let path = base.key("workloads").index(index)
            switch kind {
            case .stateless: need(.stateless, "must run stateless services", at: path)
            case .stateful: need(.stateful, "must run stateful workloads", at: path)
            case .batch: need(.batch, "must run batch jobs", at: path)
            }
        }
        if requirements.gpu { need(.gpu, "must schedule GPUs", at: base.key("gpu")) }
        if requirements.windows { need(.windows, "must run Windows containers", at: base.key("windows")) }
        let perCluster = nodesPerCluster(requirements)
        if let limit = entry.facts.maxNodesPerCluster, perCluster > limit {
            status.eliminations.append(ConstraintReason(
                requirement: base.key("expectedNodes"),
                text: "needs \(perCluster) nodes in one cluster (\(requirements.expectedNodes) nodes over \(max(1, requirements.regions.count)) region(s)), above the documented \(limit): \(entry.facts.nodeLimitNote); add regions or clusters to keep it",
                fact: entry.facts.nodeLimitFact
            ))
        }
        return status
    }

    /// The nodes the largest cluster must hold: `expectedNodes` over the regions, rounded up.
    public static func nodesPerCluster(_ requirements: Requirements) -> Int {
        let regions = max(1, requirements.regions.count)
        return max(0, requirements.expectedNodes).saturatingDivideRoundingUp(regions)
    }
}
