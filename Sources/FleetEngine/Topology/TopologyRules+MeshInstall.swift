import FleetModel

extension TopologyRules {
    /// `FP320`–`FP325`: what the mesh install needs and the Istio guides warn about.
    ///
    /// - `FP320` (info): a value the design cannot know yet (a kube context, a primary's
    ///   east-west gateway address) that the bundle leaves as a named placeholder.
    /// - `FP321`: production and non-production clusters in one mesh share its trust domain
    ///   and root of trust, so a non-production workload holds an identity production trusts.
    /// - `FP322`: primary-remote with an EKS primary serving remotes; the istio.io
    ///   `primary-remote` guide: "not suitable for AWS EKS primary cluster deployment", AWS
    ///   load balancers are DNS names while the remote's `ExternalName` service needs an IP.
    /// - `FP323`: Windows workloads in a meshed design; Istio runs on Linux nodes only
    ///   (istio/istio#27893), so Windows pods get no sidecar and no mTLS.
    /// - `FP324`: more than one primary on one network in primary-remote, unless the cluster's
    ///   description says why.
    /// - `FP325`: a cluster with a mesh role whose profile does not enable the mesh: nothing
    ///   installs Istio there.
    static func meshInstall(_ index: TopologyIndex) -> [Finding] {
        let project = index.project
        var findings: [Finding] = []
        guard project.topology.mesh.model != .none else { return findings }
        for position in index.meshMembers {
            let cluster = index.topology.clusters[position]
            if let profile = project.profile(named: cluster.profile), !profile.mesh.enabled {
                findings.append(Finding(.warning, "FP325", at: index.clusterPath(position).key("meshRole"),
                                        "cluster \"\(cluster.name)\" is a mesh \(cluster.meshRole!.rawValue), but its profile \"\(profile.name)\" does not enable the mesh; nothing installs Istio there",
                                        hint: "set mesh.enabled on profile \"\(profile.name)\", or remove the mesh role"))
            }
        }
        guard let install = MeshInstall(project: project) else { return findings }
        for placeholder in install.placeholders {
            findings.append(Finding(.info, "FP320", at: index.clusterPath(placeholder.position).key(placeholder.field),
                                    "\(placeholder.summary) is not known yet; the bundle's mesh runbook takes it from $\(placeholder.variable)",
                                    hint: "once the cluster exists, read it with `\(placeholder.reveal)` and set \(placeholder.field)"))
        }
        if let production = index.production {
            let prod = install.members.filter { $0.cluster.environment == production }
            let other = install.members.filter { $0.cluster.environment != production }
            if !prod.isEmpty, let first = other.first {
                let names = other.map { "\"\($0.cluster.name)\"" }.joined(separator: ", ")
                findings.append(Finding(.warning, "FP321", at: index.clusterPath(first.position).key("meshRole"),
                                        "non-production cluster(s) \(names) share the mesh, trust domain \"\(install.trustDomain)\" and root of trust with production: their workloads hold identities production trusts",
                                        hint: "keep non-production clusters out of the production mesh (no meshRole); each then gets a mesh and trust domain of its own"))
            }
        }
        if install.model == .primaryRemote {
            for member in install.members where member.servesRemotes && member.provider == .aws
                && project.profile(named: member.cluster.profile)?.runsManagedControlPlane == true {
                findings.append(Finding(.warning, "FP322", at: index.clusterPath(member.position).key("meshRole"),
                                        "EKS primary \"\(member.cluster.name)\" exposes istiod to its remotes through an AWS load balancer, which has a DNS name; the Istio primary-remote install does not support it (the remote's ExternalName service needs an IP)",
                                        hint: "make the remotes primaries (multi-primary), or put the primary on a provider whose load balancers have IPs"))
            }
            var primaryOnNetwork: [String: String] = [:]
            for member in install.primaries {
                if let first = primaryOnNetwork[member.cluster.network] {
                    if member.cluster.description.isEmpty {
                        findings.append(Finding(.warning, "FP324", at: index.clusterPath(member.position).key("meshRole"),
                                                "primary \"\(member.cluster.name)\" is the second primary on network \"\(member.cluster.network)\" (after \"\(first)\") in a primary-remote mesh; two control planes on one network need a reason",
                                                hint: "make it a remote of \"\(first)\", or say why in its description (a separate failure domain, a compliance boundary)"))
                    }
                } else {
                    primaryOnNetwork[member.cluster.network] = member.cluster.name
                }
            }
        }
        if project.requirements.windows {
            findings.append(Finding(.warning, "FP323", at: FieldPath.spec.key("requirements").key("windows"),
                                    "Windows workloads are required, but Istio runs on Linux nodes only: Windows pods get no sidecar, no mTLS and no mesh telemetry",
                                    hint: "keep Windows workloads outside the mesh and reach them through a gateway, or plan them on Linux"))
        }
        return findings
    }
}
