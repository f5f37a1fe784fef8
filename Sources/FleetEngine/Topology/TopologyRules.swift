import FleetModel

/// The topology lint rules, `FP300`–`FP319`: names, mesh roles, gateways, trust and how
/// well the clusters cover the requirements.
///
/// Registered in `Lint.ruleSets`, so they run only on a structurally valid project: cluster
/// names are already unique DNS-1123 labels and every profile reference resolves
/// (`FP010`, `FP011`, `FP013` in `Project.validate()`); these rules never repeat those.
/// Each rule and a triggering example is listed in `docs/lint-rules.md`; the facts behind
/// them are cited from the Istio multi-cluster documentation (see `docs/topology.md`).
///
/// ```swift
/// let findings = TopologyRules.findings(for: project)
/// // [FP308 error at spec.topology.mesh.eastWestGateways: network "net-us" …]
/// ```
///
/// - Complexity: O(*n* + *g* + *f* + *p*²) for *n* clusters, *g* gateways, *f* failover
///   targets and *p* regions; no rule compares clusters pairwise.
public enum TopologyRules {
    /// Every topology finding of `project`, grouped by rule, in file order within a rule.
    public static func findings(for project: Project) -> [Finding] {
        let index = TopologyIndex(project)
        return names(index) + duplicates(index) + meshRoles(index) + meshNetworks(index)
            + meshIdentity(index) + meshInstall(index) + coverage(index) + failover(index) + gitops(index)
    }

    /// `FP300`: networks, the mesh ID and gateway entries must be DNS-1123 labels.
    ///
    /// Istio writes the network into the `topology.istio.io/network` label and the mesh ID
    /// into `global.meshID` (platforms.md §3.2), so both must be valid label values.
    static func names(_ index: TopologyIndex) -> [Finding] {
        var findings: [Finding] = []
        for (position, cluster) in index.topology.clusters.enumerated() {
            if let problem = DNSLabel.problem(with: cluster.network) {
                findings.append(Finding(.error, "FP300", at: index.clusterPath(position).key("network"),
                                        "cluster \"\(cluster.name)\" has network \"\(cluster.network)\", which is not a valid name: \(problem)",
                                        hint: "use a DNS-1123 label such as \"\(DNSLabel.sanitized(cluster.network))\""))
            }
        }
        let mesh = index.topology.mesh
        if !mesh.meshID.isEmpty, let problem = DNSLabel.problem(with: mesh.meshID) {
            findings.append(Finding(.error, "FP300", at: index.meshPath.key("meshID"),
                                    "mesh ID \"\(mesh.meshID)\" is not a valid name: \(problem)",
                                    hint: "use a DNS-1123 label such as \"\(DNSLabel.sanitized(mesh.meshID))\""))
        }
        for (position, network) in mesh.eastWestGateways.enumerated() {
            if let problem = DNSLabel.problem(with: network) {
                findings.append(Finding(.error, "FP300", at: index.meshPath.key("eastWestGateways").index(position),
                                        "gateway network \"\(network)\" is not a valid name: \(problem)"))
            }
        }
        return findings
    }

    /// `FP301`: a gateway network, a failover source or a failover target listed twice,
    /// or a region that fails over to itself.
    static func duplicates(_ index: TopologyIndex) -> [Finding] {
        var findings: [Finding] = []
        let mesh = index.topology.mesh
        let gatewaysPath = index.meshPath.key("eastWestGateways")
        var seenGateways: [String: Int] = [:]
        for (position, network) in mesh.eastWestGateways.enumerated() {
            if let first = seenGateways[network] {
                findings.append(Finding(.error, "FP301", at: gatewaysPath.index(position),
                                        "gateway network \"\(network)\" is listed twice (first at \(gatewaysPath.index(first)))",
                                        hint: "remove the repeated entry"))
            } else {
                seenGateways[network] = position
            }
        }
        let failoverPath = index.meshPath.key("failover")
        var seenSources: [String: Int] = [:]
        for (position, rule) in mesh.failover.enumerated() {
            let rulePath = failoverPath.index(position)
            if let first = seenSources[rule.from] {
                findings.append(Finding(.error, "FP301", at: rulePath.key("from"),
                                        "failover from \"\(rule.from)\" is defined twice (first at \(failoverPath.index(first)))",
                                        hint: "merge the target lists into one rule"))
            } else {
                seenSources[rule.from] = position
            }
            var seenTargets: Set<String> = []
            for (target, region) in rule.to.enumerated() {
                let targetPath = rulePath.key("to").index(target)
                if region == rule.from {
                    findings.append(Finding(.error, "FP301", at: targetPath,
                                            "region \"\(region)\" fails over to itself",
                                            hint: "list only other regions as failover targets"))
                } else if !seenTargets.insert(region).inserted {
                    findings.append(Finding(.error, "FP301", at: targetPath,
                                            "failover target \"\(region)\" is listed twice for \"\(rule.from)\""))
                }
            }
        }
        return findings
    }

    /// Why `name` is not a DNS name (dot-separated DNS-1123 labels, at most 253
    /// characters), or `nil` when it is one.
    static func dnsNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "must not be empty" }
        if name.unicodeScalars.count > 253 { return "must be at most 253 characters" }
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            if let problem = DNSLabel.problem(with: String(label)) {
                return "label \"\(label)\" \(problem)"
            }
        }
        return nil
    }
}
