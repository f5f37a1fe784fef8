import FleetModel

/// Writes a project as YAML text: byte-stable, in the key order of the documented example.
///
/// The same project always gives the same bytes (LF endings, fixed key order, weights in
/// criterion order, feature gates sorted), so project files diff cleanly in git. Fields at
/// their empty value (no description, no optional reservation) are left out; everything
/// else is written out in full so the file shows the whole design. Comments are not kept:
/// a YAML library cannot carry them through a rewrite, so the format has `description` and
/// `note` fields instead.
public struct ProjectWriter: Sendable {
    public init() {}

    /// The project file text.
    ///
    /// - Complexity: O(*n*) in the size of the project.
    public func text(for project: Project) -> String {
        var out = YAMLLines()
        out.line(0, "apiVersion: \(Project.apiVersion)")
        out.line(0, "kind: \(Project.kind)")
        out.line(0, "metadata:")
        out.field(1, "name", YAMLText.scalar(project.metadata.name))
        out.optional(1, "description", project.metadata.description)
        out.line(0, "spec:")
        out.field(1, "kubernetesVersion", YAMLText.quoted(project.kubernetesVersion.description))
        requirements(project.requirements, into: &out)
        if !project.profiles.isEmpty {
            out.line(1, "profiles:")
            for profile in project.profiles { self.profile(profile, into: &out) }
        }
        matrix(project.matrix, into: &out)
        topology(project.topology, into: &out)
        return out.text
    }

    /// The `spec.topology` part of a project file, as `spec:` and `topology:` lines, ready to
    /// paste into a project (used by `fleetplan topology --draft`).
    public func text(forTopology topology: Topology) -> String {
        var out = YAMLLines()
        out.line(0, "spec:")
        self.topology(topology, into: &out)
        return out.text
    }

    private func requirements(_ requirements: Requirements, into out: inout YAMLLines) {
        out.line(1, "requirements:")
        out.field(2, "environments", YAMLLines.flowList(requirements.environments))
        out.field(2, "regions", YAMLLines.flowList(requirements.regions))
        out.field(2, "zonesPerRegion", "\(requirements.zonesPerRegion)")
        out.field(2, "multiCloud", "\(requirements.multiCloud)")
        out.field(2, "onPremises", "\(requirements.onPremises)")
        out.field(2, "currentPlatform", requirements.currentPlatform?.rawValue ?? "none")
        out.field(2, "teamExperience", requirements.teamExperience.rawValue)
        out.field(2, "workloads", YAMLLines.flowList(requirements.workloads.map(\.rawValue)))
        out.field(2, "gpu", "\(requirements.gpu)")
        out.field(2, "windows", "\(requirements.windows)")
        out.field(2, "mtlsRequired", "\(requirements.mtlsRequired)")
        out.field(2, "expectedNodes", "\(requirements.expectedNodes)")
        out.field(2, "expectedServices", "\(requirements.expectedServices)")
    }

    private func profile(_ profile: ClusterProfile, into out: inout YAMLLines) {
        out.line(2, "- name: \(YAMLText.scalar(profile.name))")
        out.optional(3, "description", profile.description)
        out.field(3, "provider", profile.provider.rawValue)
        if let controlPlane = profile.controlPlane, controlPlane != profile.provider.defaultControlPlane {
            out.field(3, "controlPlane", controlPlane.rawValue)
        }
        if let instanceType = profile.instanceType {
            out.field(3, "instanceType", YAMLText.scalar(instanceType))
        } else {
            out.field(3, "node", "{vcpu: \(profile.node.vcpu), memoryGiB: \(profile.node.memoryGiB)}")
        }
        out.field(3, "maxPodsPerNode", "\(profile.maxPodsPerNode)")
        if profile.prefixDelegation { out.field(3, "prefixDelegation", "true") }
        if let cost = profile.nodeMonthlyCostUSD { out.field(3, "nodeMonthlyCostUSD", "\(cost)") }
        out.field(3, "podCIDRMaskSize", "\(profile.podCIDRMaskSize)")
        out.field(3, "cpuIntensive", "\(profile.cpuIntensive)")
        out.field(3, "numaAware", "\(profile.numaAware)")
        out.field(3, "headroomPercent", "\(profile.headroomPercent)")
        out.field(3, "scheduling", profile.scheduling.rawValue)
        out.line(3, "workload:")
        out.field(4, "pods", "\(profile.workload.pods)")
        out.field(4, "podCPU", profile.workload.podCPU.text)
        out.field(4, "podMemory", profile.workload.podMemory.text)
        out.field(4, "daemonSetCPU", profile.workload.daemonSetCPU.text)
        out.field(4, "daemonSetMemory", profile.workload.daemonSetMemory.text)
        if profile.workload.daemonSetPods != WorkloadMix.defaultDaemonSetPods {
            out.field(4, "daemonSetPods", "\(profile.workload.daemonSetPods)")
        }
        out.line(3, "mesh:")
        out.field(4, "enabled", "\(profile.mesh.enabled)")
        out.field(4, "maxConcurrentConnections", "\(profile.mesh.maxConcurrentConnections)")
        if let reserved = profile.reserved {
            out.line(3, "reserved:")
            out.field(4, "systemCPU", reserved.systemCPU.text)
            out.field(4, "systemMemory", reserved.systemMemory.text)
            out.field(4, "kubeCPU", reserved.kubeCPU.text)
            out.field(4, "kubeMemory", reserved.kubeMemory.text)
            out.field(4, "evictionMemory", reserved.evictionMemory.text)
        }
        if !profile.featureGates.isEmpty {
            out.line(3, "featureGates:")
            for gate in profile.featureGates.keys.sorted() {
                out.field(4, YAMLText.scalar(gate), "\(profile.featureGates[gate]!)")
            }
        }
    }

    private func matrix(_ matrix: Matrix, into out: inout YAMLLines) {
        guard !matrix.weights.isEmpty || !matrix.overrides.isEmpty || !matrix.decision.isEmpty else { return }
        out.line(1, "matrix:")
        if !matrix.weights.isEmpty {
            out.line(2, "weights:")
            for criterion in Criterion.allCases {
                if let weight = matrix.weights[criterion] { out.field(3, criterion.rawValue, "\(weight)") }
            }
        }
        if !matrix.overrides.isEmpty {
            out.line(2, "overrides:")
            for override in matrix.overrides {
                out.line(3, "- platform: \(override.platform.rawValue)")
                out.field(4, "criterion", override.criterion.rawValue)
                out.field(4, "score", "\(override.score)")
                out.field(4, "note", YAMLText.scalar(override.note))
            }
        }
        let decision = matrix.decision
        if !decision.isEmpty {
            out.line(2, "decision:")
            if let platform = decision.platform { out.field(3, "platform", platform.rawValue) }
            out.field(3, "status", decision.status.rawValue)
            if !decision.date.isEmpty { out.field(3, "date", YAMLText.scalar(decision.date)) }
            if !decision.deciders.isEmpty { out.field(3, "deciders", YAMLLines.flowList(decision.deciders)) }
            if !decision.consulted.isEmpty { out.field(3, "consulted", YAMLLines.flowList(decision.consulted)) }
            if !decision.informed.isEmpty { out.field(3, "informed", YAMLLines.flowList(decision.informed)) }
        }
    }

    private func topology(_ topology: Topology, into out: inout YAMLLines) {
        out.line(1, "topology:")
        let mesh = topology.mesh
        out.line(2, "mesh:")
        out.field(3, "model", mesh.model.rawValue)
        out.optional(3, "meshID", mesh.meshID)
        out.field(3, "trustDomain", YAMLText.scalar(mesh.trustDomain))
        if !mesh.eastWestGateways.isEmpty { out.field(3, "eastWestGateways", YAMLLines.flowList(mesh.eastWestGateways)) }
        if mesh.networkConnectivity != .internet { out.field(3, "networkConnectivity", mesh.networkConnectivity.rawValue) }
        if !mesh.failover.isEmpty {
            out.line(3, "failover:")
            for rule in mesh.failover {
                out.line(4, "- {from: \(YAMLText.scalar(rule.from, inFlow: true)), to: \(YAMLLines.flowList(rule.to))}")
            }
        }
        let pools = topology.addressPlan
        if !pools.isDefault {
            let defaults = AddressPlan()
            out.line(2, "addressPlan:")
            if pools.nodePool != defaults.nodePool { out.field(3, "nodePool", YAMLText.scalar(pools.nodePool)) }
            if pools.podPool != defaults.podPool { out.field(3, "podPool", YAMLText.scalar(pools.podPool)) }
            if pools.servicePool != defaults.servicePool { out.field(3, "servicePool", YAMLText.scalar(pools.servicePool)) }
            if pools.growthPercent != defaults.growthPercent { out.field(3, "growthPercent", "\(pools.growthPercent)") }
        }
        if topology.clusters.isEmpty {
            out.line(2, "clusters: []")
        } else {
            out.line(2, "clusters:")
            for cluster in topology.clusters { self.cluster(cluster, into: &out) }
        }
        let gitops = topology.gitops
        if !gitops.isDefault {
            out.line(2, "gitops:")
            out.field(3, "tool", gitops.tool.rawValue)
            if !gitops.repository.isEmpty { out.field(3, "repository", YAMLText.scalar(gitops.repository)) }
            if gitops.revision != GitOpsSettings.defaultRevision { out.field(3, "revision", YAMLText.scalar(gitops.revision)) }
            if !gitops.dnsZone.isEmpty { out.field(3, "dnsZone", YAMLText.scalar(gitops.dnsZone)) }
            if gitops.clusterAPI { out.field(3, "clusterAPI", "true") }
        }
    }

    /// One cluster per line as in the documented example; a cluster with a description gets a block.
    private func cluster(_ cluster: Cluster, into out: inout YAMLLines) {
        var pairs: [(String, String)] = [("name", cluster.name)]
        if !cluster.description.isEmpty { pairs.append(("description", cluster.description)) }
        pairs += [("role", cluster.role.rawValue), ("environment", cluster.environment), ("region", cluster.region)]
        if let zones = cluster.zones { pairs.append(("zones", "\(zones)")) }
        pairs += [("profile", cluster.profile), ("network", cluster.network)]
        if let role = cluster.meshRole { pairs.append(("meshRole", role.rawValue)) }
        if let primary = cluster.primary { pairs.append(("primary", primary)) }
        if let workload = cluster.workload, !workload.isEmpty {
            var fields: [String] = []
            if let pods = workload.pods { fields.append("pods: \(pods)") }
            if let percent = workload.percent { fields.append("percent: \(percent)") }
            pairs.append(("workload", "{" + fields.joined(separator: ", ") + "}"))
        }
        for kind in AddressKind.allCases {
            if let range = cluster.pinned(kind) { pairs.append((kind.clusterField, range)) }
        }
        if let context = cluster.kubeContext { pairs.append(("kubeContext", context)) }
        if let address = cluster.eastWestAddress { pairs.append(("eastWestAddress", address)) }
        let isNumber: (String) -> Bool = { $0 == "zones" || $0 == "workload" }
        if cluster.description.isEmpty {
            let body = pairs.map { "\($0.0): \(isNumber($0.0) ? $0.1 : YAMLText.scalar($0.1, inFlow: true))" }
            out.line(3, "- {\(body.joined(separator: ", "))}")
        } else {
            for (position, pair) in pairs.enumerated() {
                let value = isNumber(pair.0) ? pair.1 : YAMLText.scalar(pair.1)
                out.line(position == 0 ? 3 : 4, (position == 0 ? "- " : "") + "\(pair.0): \(value)")
            }
        }
    }
}

/// Indented YAML lines joined with LF.
struct YAMLLines {
    private(set) var text = ""

    mutating func line(_ depth: Int, _ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    mutating func field(_ depth: Int, _ key: String, _ value: String) {
        line(depth, "\(key): \(value)")
    }

    /// A free-text field, left out when empty.
    mutating func optional(_ depth: Int, _ key: String, _ value: String) {
        if !value.isEmpty { field(depth, key, YAMLText.scalar(value)) }
    }

    static func flowList(_ items: [String]) -> String {
        "[" + items.map { YAMLText.scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
    }
}
