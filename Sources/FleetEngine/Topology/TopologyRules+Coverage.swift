import FleetModel

extension TopologyRules {
    /// `FP312`–`FP314`, `FP317`, `FP318`: the clusters cover what the requirements ask
    /// for, and nothing the requirements do not list.
    static func coverage(_ index: TopologyIndex) -> [Finding] {
        var findings = management(index)
        let requirements = index.requirements
        let regions = Set(requirements.regions)
        let environments = Set(requirements.environments)
        var productionRegions: Set<String> = []
        for (position, cluster) in index.topology.clusters.enumerated() {
            let path = index.clusterPath(position)
            if !regions.contains(cluster.region) {
                findings.append(Finding(.warning, "FP317", at: path.key("region"),
                                        "cluster \"\(cluster.name)\" is in region \"\(cluster.region)\", which the requirements do not list",
                                        hint: "add the region to spec.requirements.regions, or move the cluster"))
            }
            let sharedManagement = cluster.role == .management && cluster.environment == "shared"
            if !environments.contains(cluster.environment), !sharedManagement {
                findings.append(Finding(.warning, "FP318", at: path.key("environment"),
                                        "cluster \"\(cluster.name)\" serves environment \"\(cluster.environment)\", which the requirements do not list",
                                        hint: "add it to spec.requirements.environments, or use one of: \(requirements.environments.joined(separator: ", "))"))
            }
            guard index.isProductionWorkload(cluster) else { continue }
            productionRegions.insert(cluster.region)
            let zones = cluster.zones ?? requirements.zonesPerRegion
            if zones < requirements.zonesPerRegion {
                findings.append(Finding(.warning, "FP314", at: path.key("zones"),
                                        "production cluster \"\(cluster.name)\" spans \(zones) zone\(zones == 1 ? "" : "s"); the requirements ask for \(requirements.zonesPerRegion)",
                                        hint: "spread the control plane and nodes over \(requirements.zonesPerRegion) zones, or remove zones to take the requirement"))
            }
        }
        if let production = index.production {
            for (position, region) in requirements.regions.enumerated() where !productionRegions.contains(region) {
                findings.append(Finding(.error, "FP313", at: FieldPath.spec.key("requirements").key("regions").index(position),
                                        "required region \"\(region)\" has no \(production) cluster",
                                        hint: "add a workload cluster with environment \(production) in \(region)"))
            }
        }
        return findings
    }

    /// `FP312`: exactly one management cluster runs GitOps, monitoring and cluster
    /// lifecycle for the fleet.
    ///
    /// A missing management cluster is a warning only where one pays: with several (3 or
    /// more) workload clusters to keep in step. With fewer it is advice (info): a single
    /// small cluster can run its own GitOps and monitoring. A second management cluster is
    /// always a warning.
    static func management(_ index: TopologyIndex) -> [Finding] {
        let clusters = index.topology.clusters
        let positions = clusters.indices.filter { clusters[$0].role == .management }
        if positions.isEmpty {
            let workloads = clusters.filter { $0.role == .workload }.count
            let several = workloads >= 3
            return [Finding(several ? .warning : .info, "FP312", at: index.path.key("clusters"),
                            several
                                ? "there is no management cluster for \(workloads) workload clusters"
                                : "there is no management cluster; with \(workloads) workload cluster\(workloads == 1 ? "" : "s") one is optional",
                            hint: several
                                ? "add one cluster with role management (GitOps, monitoring, cluster lifecycle)"
                                : "run GitOps and monitoring in the cluster itself, or add a management cluster when the fleet grows")]
        }
        let first = clusters[positions[0]].name
        return positions.dropFirst().map { position in
            Finding(.warning, "FP312", at: index.clusterPath(position).key("role"),
                    "\"\(clusters[position].name)\" is a second management cluster (the first is \"\(first)\")",
                    hint: "keep one management cluster; make this one a workload cluster")
        }
    }

    /// `FP315`, `FP316`: failover rules name required regions, and each target region can
    /// take the source region's traffic.
    ///
    /// Istio's locality failover (platforms.md §3.4) sends traffic to endpoints of the same
    /// service in the target region; a region with no cluster of the same environment has
    /// no such endpoints. A source region with a production cluster needs a production
    /// cluster in every target; otherwise the target must share one of its environments.
    static func failover(_ index: TopologyIndex) -> [Finding] {
        let mesh = index.topology.mesh
        guard mesh.model != .none else { return [] }
        var findings: [Finding] = []
        let regions = Set(index.requirements.regions)
        var environmentsByRegion: [String: Set<String>] = [:]
        for cluster in index.topology.clusters where cluster.role == .workload {
            environmentsByRegion[cluster.region, default: []].insert(cluster.environment)
        }
        let failoverPath = index.meshPath.key("failover")
        for (position, rule) in mesh.failover.enumerated() {
            let rulePath = failoverPath.index(position)
            if !regions.contains(rule.from) {
                findings.append(Finding(.error, "FP316", at: rulePath.key("from"),
                                        "failover from \"\(rule.from)\", which the requirements do not list",
                                        hint: "failover regions must be in spec.requirements.regions"))
            }
            let sourceEnvironments = environmentsByRegion[rule.from] ?? []
            if sourceEnvironments.isEmpty {
                findings.append(Finding(.error, "FP315", at: rulePath.key("from"),
                                        "failover from \"\(rule.from)\", which has no workload cluster",
                                        hint: "fail over from a region that runs workload clusters"))
            }
            for (target, region) in rule.to.enumerated() where region != rule.from {
                let targetPath = rulePath.key("to").index(target)
                if !regions.contains(region) {
                    findings.append(Finding(.error, "FP316", at: targetPath,
                                            "failover to \"\(region)\", which the requirements do not list",
                                            hint: "failover regions must be in spec.requirements.regions"))
                }
                let targetEnvironments = environmentsByRegion[region] ?? []
                let needed = index.production.map { sourceEnvironments.contains($0) ? [$0] : sourceEnvironments } ?? sourceEnvironments
                if !needed.isEmpty, needed.isDisjoint(with: targetEnvironments) {
                    let environments = needed.sorted().joined(separator: "/")
                    findings.append(Finding(.error, "FP315", at: targetPath,
                                            "\"\(rule.from)\" fails over to \"\(region)\", which has no \(environments) cluster",
                                            hint: "add a cluster of the same environment in \(region), or fail over elsewhere"))
                }
            }
        }
        return findings
    }
}
