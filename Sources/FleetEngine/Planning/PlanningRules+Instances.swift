import FleetModel

extension PlanningRules {
    /// Instance-type and per-node pod ceiling rules: FP102 and FP141–FP144.
    ///
    /// Ceilings (docs/capacity.md): EKS per the instance type's ENI limit (EKS-PODS), GKE 256
    /// (GKE-PODS), AKS 10 to 250 (AKS-PODS); ids are the sources in `instances.json`.
    static func instanceFindings(_ profile: ClusterProfile, catalog: InstanceCatalog, at path: FieldPath) -> [Finding] {
        var findings: [Finding] = []
        let maxPodsPath = path.key("maxPodsPerNode")
        if let name = profile.instanceType, profile.instance(in: catalog) == nil {
            if let other = catalog.instance(named: name) {
                findings.append(Finding(.error, "FP142", at: path.key("instanceType"),
                                        "\(name) is a \(other.provider.rawValue) instance type, but the profile's provider is \(profile.provider.rawValue)",
                                        hint: "set provider: \(other.provider.rawValue), or pick a \(profile.provider.rawValue) type (docs/instances.md)"))
            } else {
                let names = catalog.instances.filter { $0.provider == profile.provider }.map(\.name)
                let hint = KeySuggestion.closest(to: name, in: names).map { "did you mean \"\($0)\"?" }
                    ?? "see docs/instances.md or fleetplan instances --provider \(profile.provider.rawValue); for an unlisted type give node instead"
                findings.append(Finding(.error, "FP141", at: path.key("instanceType"),
                                        "\(name) is not a \(profile.provider.rawValue) instance type in the catalog", hint: hint))
            }
        }
        if profile.prefixDelegation, profile.provider != .aws {
            findings.append(Finding(.warning, "FP144", at: path.key("prefixDelegation"),
                                    "prefixDelegation is an AWS VPC CNI setting; it has no effect on \(profile.provider.rawValue)",
                                    hint: "remove prefixDelegation"))
        }
        switch profile.provider {
        case .aws:
            if let entry = profile.instance(in: catalog), let eni = entry.eni,
               profile.maxPodsPerNode > eni.limit(prefixDelegation: profile.prefixDelegation) {
                let limit = eni.limit(prefixDelegation: profile.prefixDelegation)
                let how = profile.prefixDelegation
                    ? "with prefix delegation \(entry.name) runs at most \(limit) pods (EKS-PODS)"
                    : "with the VPC CNI \(entry.name) runs at most \(limit) pods: \(eni.interfaces) ENIs × (\(eni.ipv4PerInterface) − 1) + 2 (AWS-ENI-MAX-PODS)"
                let hint = profile.prefixDelegation
                    ? "set maxPodsPerNode to \(limit) or less"
                    : "set maxPodsPerNode to \(limit) or less, or turn on prefixDelegation (up to \(eni.limit(prefixDelegation: true)))"
                findings.append(Finding(.error, "FP143", at: maxPodsPath, "maxPodsPerNode \(profile.maxPodsPerNode) is too high: \(how)", hint: hint))
            }
        case .gcp where profile.maxPodsPerNode > 256:
            findings.append(Finding(.error, "FP102", at: maxPodsPath,
                                    "GKE Standard allows at most 256 pods per node (since 1.23.5-gke.1300; GKE-PODS)",
                                    hint: "set maxPodsPerNode to 256 or less"))
        case .azure where profile.maxPodsPerNode > 250 || profile.maxPodsPerNode < 10:
            findings.append(Finding(.error, "FP102", at: maxPodsPath,
                                    "AKS allows 10 to 250 pods per node (AKS-PODS)", hint: "set maxPodsPerNode between 10 and 250"))
        default:
            break
        }
        return findings
    }
}
