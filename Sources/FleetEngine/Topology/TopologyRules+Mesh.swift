import FleetModel

extension TopologyRules {
    /// `FP302`–`FP306`: every cluster's mesh role fits the mesh model.
    ///
    /// In primary-remote, a remote's proxies take configuration from the istiod of the
    /// primary it names (platforms.md §3.2), so that primary must exist and be a primary;
    /// a mesh whose members are all remotes has no control plane at all.
    static func meshRoles(_ index: TopologyIndex) -> [Finding] {
        var findings: [Finding] = []
        let model = index.topology.mesh.model
        for position in index.meshMembers {
            let cluster = index.topology.clusters[position]
            let path = index.clusterPath(position)
            if model == .none {
                findings.append(Finding(.error, "FP305", at: path.key("meshRole"),
                                        "cluster \"\(cluster.name)\" has mesh role \(cluster.meshRole!.rawValue), but the mesh model is none",
                                        hint: "set spec.topology.mesh.model, or remove the mesh role"))
                continue
            }
            switch cluster.meshRole {
            case .remote:
                guard let primaryName = cluster.primary else {
                    findings.append(Finding(.error, "FP303", at: path.key("meshRole"),
                                            "remote cluster \"\(cluster.name)\" does not name the primary it follows",
                                            hint: "set primary to a cluster whose meshRole is primary"))
                    continue
                }
                guard let primary = index.cluster(named: primaryName) else {
                    findings.append(Finding(.error, "FP302", at: path.key("primary"),
                                            "remote cluster \"\(cluster.name)\" follows \"\(primaryName)\", which does not exist"))
                    continue
                }
                if primary.meshRole != .primary {
                    let role = primary.meshRole.map { "is a \($0.rawValue)" } ?? "is not in the mesh"
                    findings.append(Finding(.error, "FP302", at: path.key("primary"),
                                            "remote cluster \"\(cluster.name)\" follows \"\(primaryName)\", which \(role)",
                                            hint: "a remote must follow a cluster whose meshRole is primary"))
                }
            case .primary, .none:
                break
            }
        }
        for (position, cluster) in index.topology.clusters.enumerated() where cluster.primary != nil && cluster.meshRole != .remote {
            findings.append(Finding(.error, "FP304", at: index.clusterPath(position).key("primary"),
                                    "cluster \"\(cluster.name)\" names a primary, but only a remote follows one",
                                    hint: "remove primary, or set meshRole to remote"))
        }
        let hasPrimary = index.meshMembers.contains { index.topology.clusters[$0].meshRole == .primary }
        if model != .none, !index.meshMembers.isEmpty, !hasPrimary {
            let what = model == .primaryRemote ? "a primary-remote mesh needs a primary" : "a multi-primary mesh needs primaries"
            findings.append(Finding(.error, "FP306", at: index.meshPath.key("model"),
                                    "\(what), but every mesh cluster is a remote",
                                    hint: "make at least one cluster a primary; it runs the istiod the remotes follow"))
        }
        return findings
    }

    /// `FP307`–`FP309`: east-west gateways where networks meet.
    ///
    /// Workloads on different networks reach each other only through an east-west gateway
    /// (platforms.md §3.1); a remote on another network reaches its primary's istiod
    /// through the gateway on the primary's network (§3.2, primary-remote multi-network).
    static func meshNetworks(_ index: TopologyIndex) -> [Finding] {
        let mesh = index.topology.mesh
        guard mesh.model != .none else { return [] }
        var findings: [Finding] = []
        let gateways = Set(mesh.eastWestGateways)
        let gatewaysPath = index.meshPath.key("eastWestGateways")
        var reported: Set<String> = []
        for position in index.meshMembers {
            let cluster = index.topology.clusters[position]
            guard cluster.meshRole == .remote, let name = cluster.primary,
                  let primary = index.cluster(named: name), primary.meshRole == .primary,
                  primary.network != cluster.network, !gateways.contains(primary.network) else { continue }
            findings.append(Finding(.error, "FP307", at: gatewaysPath,
                                    "remote \"\(cluster.name)\" on network \"\(cluster.network)\" reaches its primary \"\(primary.name)\" on \"\(primary.network)\" only through an east-west gateway there",
                                    hint: "add \"\(primary.network)\" to eastWestGateways"))
            reported.insert(primary.network)
        }
        let networks = index.meshNetworks
        if networks.count > 1 {
            for network in networks where !gateways.contains(network) && !reported.contains(network) {
                findings.append(Finding(.error, "FP308", at: gatewaysPath,
                                        "the mesh spans \(networks.count) networks, but network \"\(network)\" has no east-west gateway",
                                        hint: "add \"\(network)\" to eastWestGateways; cross-network traffic only flows through them"))
            }
        }
        let meshNetworks = Set(networks)
        for (position, network) in mesh.eastWestGateways.enumerated() where !meshNetworks.contains(network) {
            findings.append(Finding(.warning, "FP309", at: gatewaysPath.index(position),
                                    "east-west gateway on network \"\(network)\", where no mesh cluster runs",
                                    hint: "remove it, or put the mesh clusters of that network in the mesh"))
        }
        return findings
    }

    /// `FP310`, `FP311`, `FP319`: the mesh's identity, and mesh settings left behind when
    /// the mesh is off.
    ///
    /// Every mesh needs a mesh ID (`global.meshID`, platforms.md §3.2) and exactly one
    /// trust domain, the DNS-like name inside every workload identity (§3.3).
    static func meshIdentity(_ index: TopologyIndex) -> [Finding] {
        let mesh = index.topology.mesh
        var findings: [Finding] = []
        if mesh.model == .none {
            if !mesh.eastWestGateways.isEmpty {
                findings.append(Finding(.warning, "FP319", at: index.meshPath.key("eastWestGateways"),
                                        "east-west gateways are listed, but the mesh model is none",
                                        hint: "set a mesh model, or remove the gateways"))
            }
            if !mesh.failover.isEmpty {
                findings.append(Finding(.warning, "FP319", at: index.meshPath.key("failover"),
                                        "failover rules are listed, but the mesh model is none; nothing applies them",
                                        hint: "set a mesh model, or remove the failover rules"))
            }
            return findings
        }
        if mesh.meshID.isEmpty {
            findings.append(Finding(.error, "FP310", at: index.meshPath.key("meshID"),
                                    "the mesh has no mesh ID",
                                    hint: "set meshID to a name unique across your meshes, such as \"\(DNSLabel.sanitized(index.project.metadata.name))\""))
        }
        if let problem = dnsNameProblem(mesh.trustDomain) {
            findings.append(Finding(.error, "FP311", at: index.meshPath.key("trustDomain"),
                                    "trust domain \"\(mesh.trustDomain)\" is not a DNS name: \(problem)",
                                    hint: "use one DNS-like name for the whole mesh, such as \"\(DNSLabel.sanitized(index.project.metadata.name)).example.com\""))
        }
        return findings
    }
}
