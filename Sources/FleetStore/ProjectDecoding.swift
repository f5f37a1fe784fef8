import FleetModel

/// Builds model values from checked YAML nodes, one function per type of the format.
///
/// Each function takes defaults for what is missing or wrong (the problem is already
/// reported), so decoding always yields a complete `Project` for validation to inspect.
enum ProjectDecoding {
    static func project(from reader: NodeReader) -> Project {
        let root = reader.object(ProjectSchema.document)
        let metadata = root?["metadata"]?.object(ProjectSchema.metadata)
        let spec = root?["spec"]?.object(ProjectSchema.spec)
        var version = KubernetesVersion(minor: 34)
        if let field = spec?["kubernetesVersion"], let text = field.scalarText {
            if let parsed = KubernetesVersion(text) {
                version = parsed
            } else {
                field.error("FP005", "\"\(text)\" is not a Kubernetes version", hint: "write the minor version in quotes, e.g. \"1.34\"")
            }
        }
        let profiles = spec?["profiles"]?.items().compactMap(profile) ?? []
        return Project(
            metadata: Metadata(name: metadata?.string("name") ?? "", description: metadata?.string("description") ?? ""),
            kubernetesVersion: version,
            requirements: spec?["requirements"]?.object(ProjectSchema.requirements).map(requirements) ?? Requirements(),
            profiles: profiles,
            matrix: spec?["matrix"]?.object(ProjectSchema.matrix).map(matrix) ?? Matrix(),
            topology: spec?["topology"]?.object(ProjectSchema.topology).map(topology) ?? Topology()
        )
    }

    static func requirements(_ object: ObjectReader) -> Requirements {
        let defaults = Requirements()
        var currentPlatform: PlatformID?
        if let field = object["currentPlatform"], let text = field.string(), text != "none" {
            currentPlatform = field.choice(PlatformID.self, allowed: ProjectSchema.platformIDs + ["none"])
        }
        return Requirements(
            environments: object.strings("environments", default: defaults.environments),
            regions: object.strings("regions", default: defaults.regions),
            zonesPerRegion: object.int("zonesPerRegion", default: defaults.zonesPerRegion),
            multiCloud: object.bool("multiCloud"),
            onPremises: object.bool("onPremises"),
            currentPlatform: currentPlatform,
            teamExperience: object.choice("teamExperience", default: defaults.teamExperience),
            workloads: object["workloads"].map { list in
                list.items().compactMap { $0.choice(WorkloadKind.self, allowed: WorkloadKind.allCases.map(\.rawValue)) }
            } ?? defaults.workloads,
            gpu: object.bool("gpu"),
            windows: object.bool("windows"),
            mtlsRequired: object.bool("mtlsRequired"),
            expectedNodes: object.int("expectedNodes", default: defaults.expectedNodes),
            expectedServices: object.int("expectedServices", default: defaults.expectedServices)
        )
    }

    static func profile(_ reader: NodeReader) -> ClusterProfile? {
        guard let object = reader.object(ProjectSchema.profile) else { return nil }
        let defaults = ClusterProfile(name: "")
        let node = object["node"]?.object(ProjectSchema.node)
        let workload = object["workload"]?.object(ProjectSchema.workload)
        let mesh = object["mesh"]?.object(ProjectSchema.meshLoad)
        let reserved = object["reserved"]?.object(ProjectSchema.reserved).map { reserved in
            Reservations(
                systemCPU: reserved.quantity("systemCPU", default: "0"), systemMemory: reserved.quantity("systemMemory", default: "0"),
                kubeCPU: reserved.quantity("kubeCPU", default: "0"), kubeMemory: reserved.quantity("kubeMemory", default: "0"),
                evictionMemory: reserved.quantity("evictionMemory", default: "100Mi")
            )
        }
        var gates: [String: Bool] = [:]
        for (name, _, value) in object["featureGates"]?.entries() ?? [] {
            if let enabled = value.bool() { gates[name] = enabled }
        }
        let instanceType = object["instanceType"]?.string()
        if instanceType == nil, object["node"] == nil {
            object.reader.context.report(.error, "FP004", at: object.reader.path.key("node"), object.reader.location,
                                         "missing required field \"node\" (or give instanceType)")
        }
        if instanceType != nil, let given = object["node"] {
            object.reader.context.report(.error, "FP140", at: given.path, given.location,
                                         "give either node or instanceType, not both: instanceType gives the shape",
                                         hint: "remove node, or remove instanceType for an unlisted type")
        }
        let provider = object.choice("provider", default: defaults.provider)
        // The provider's default is kept as "not written", so a save round-trips.
        let controlPlane = object["controlPlane"]?.choice(ControlPlane.self, allowed: ControlPlane.allCases.map(\.rawValue))
        return ClusterProfile(
            name: object.string("name"),
            description: object.string("description"),
            provider: provider,
            node: NodeShape(vcpu: node?.int("vcpu", default: 8) ?? 8, memoryGiB: node?.int("memoryGiB", default: 32) ?? 32),
            maxPodsPerNode: object.int("maxPodsPerNode", default: defaults.maxPodsPerNode),
            podCIDRMaskSize: object.int("podCIDRMaskSize", default: defaults.podCIDRMaskSize),
            cpuIntensive: object.bool("cpuIntensive"),
            numaAware: object.bool("numaAware"),
            headroomPercent: object.int("headroomPercent", default: defaults.headroomPercent),
            scheduling: object.choice("scheduling", default: defaults.scheduling),
            workload: WorkloadMix(
                pods: workload?.int("pods", default: defaults.workload.pods) ?? defaults.workload.pods,
                podCPU: workload?.quantity("podCPU", default: "250m") ?? defaults.workload.podCPU,
                podMemory: workload?.quantity("podMemory", default: "512Mi") ?? defaults.workload.podMemory,
                daemonSetCPU: workload?.quantity("daemonSetCPU", default: "200m") ?? defaults.workload.daemonSetCPU,
                daemonSetMemory: workload?.quantity("daemonSetMemory", default: "256Mi") ?? defaults.workload.daemonSetMemory,
                daemonSetPods: workload?.int("daemonSetPods", default: defaults.workload.daemonSetPods) ?? defaults.workload.daemonSetPods
            ),
            mesh: MeshLoad(
                enabled: mesh?.bool("enabled") ?? false,
                maxConcurrentConnections: mesh?.int("maxConcurrentConnections", default: defaults.mesh.maxConcurrentConnections)
                    ?? defaults.mesh.maxConcurrentConnections
            ),
            reserved: reserved,
            featureGates: gates,
            instanceType: instanceType,
            prefixDelegation: object.bool("prefixDelegation"),
            nodeMonthlyCostUSD: object["nodeMonthlyCostUSD"]?.int(),
            controlPlane: controlPlane == provider.defaultControlPlane ? nil : controlPlane
        )
    }

    static func matrix(_ object: ObjectReader) -> Matrix {
        var weights: [Criterion: Int] = [:]
        for (key, keyLocation, value) in object["weights"]?.entries() ?? [] {
            guard let criterion = Criterion(rawValue: key) else {
                let known = Criterion.allCases.map(\.rawValue)
                let suggestion = KeySuggestion.closest(to: key, in: known)
                value.context.report(.error, "FP002", at: value.path, keyLocation,
                                     "unknown criterion \"\(key)\"",
                                     hint: suggestion.map { "did you mean \"\($0)\"?" } ?? "criteria: \(known.joined(separator: ", "))")
                continue
            }
            if let weight = value.int() { weights[criterion] = weight }
        }
        let overrides: [ScoreOverride] = object["overrides"]?.items().compactMap { item in
            guard let override = item.object(ProjectSchema.override) else { return nil }
            let platform = override["platform"]?.choice(PlatformID.self, allowed: ProjectSchema.platformIDs)
            let criterion = override["criterion"]?.choice(Criterion.self, allowed: Criterion.allCases.map(\.rawValue))
            guard let platform, let criterion else { return nil }
            return ScoreOverride(platform: platform, criterion: criterion,
                                 score: override.int("score", default: 3), note: override.string("note"))
        } ?? []
        let decision = object["decision"]?.object(ProjectSchema.decision).map { decision in
            DecisionInfo(
                platform: decision["platform"]?.choice(PlatformID.self, allowed: ProjectSchema.platformIDs),
                status: decision.choice("status", default: DecisionStatus.proposed),
                date: decision.string("date"),
                deciders: decision.strings("deciders", default: []),
                consulted: decision.strings("consulted", default: []),
                informed: decision.strings("informed", default: []))
        } ?? DecisionInfo()
        return Matrix(weights: weights, overrides: overrides, decision: decision)
    }

    static func topology(_ object: ObjectReader) -> Topology {
        let defaults = MeshSettings()
        let mesh = object["mesh"]?.object(ProjectSchema.mesh)
        let failover: [FailoverRule] = mesh?["failover"]?.items().compactMap { item in
            guard let rule = item.object(ProjectSchema.failover) else { return nil }
            return FailoverRule(from: rule.string("from"), to: rule.strings("to", default: []))
        } ?? []
        let clusters: [Cluster] = object["clusters"]?.items().compactMap { item in
            guard let cluster = item.object(ProjectSchema.cluster) else { return nil }
            return Cluster(
                name: cluster.string("name"),
                description: cluster.string("description"),
                role: cluster.choice("role", default: ClusterRole.workload),
                environment: cluster.string("environment"),
                region: cluster.string("region"),
                zones: cluster["zones"]?.int(),
                profile: cluster.string("profile"),
                network: cluster.string("network"),
                meshRole: cluster["meshRole"]?.choice(MeshRole.self, allowed: MeshRole.allCases.map(\.rawValue)),
                primary: cluster["primary"]?.string(),
                workload: cluster["workload"]?.object(ProjectSchema.clusterWorkload).flatMap { workload in
                    let value = ClusterWorkload(pods: workload["pods"]?.int(), percent: workload["percent"]?.int())
                    return value.isEmpty ? nil : value
                },
                nodeCIDR: cluster["nodeCIDR"]?.string(),
                podCIDR: cluster["podCIDR"]?.string(),
                serviceCIDR: cluster["serviceCIDR"]?.string(),
                kubeContext: cluster["kubeContext"]?.string(),
                eastWestAddress: cluster["eastWestAddress"]?.string()
            )
        } ?? []
        let plan = object["addressPlan"]?.object(ProjectSchema.addressPlan)
        let pools = AddressPlan()
        let addressPlan = AddressPlan(
            nodePool: plan?.string("nodePool", default: pools.nodePool) ?? pools.nodePool,
            podPool: plan?.string("podPool", default: pools.podPool) ?? pools.podPool,
            servicePool: plan?.string("servicePool", default: pools.servicePool) ?? pools.servicePool,
            growthPercent: plan?.int("growthPercent", default: pools.growthPercent) ?? pools.growthPercent)
        return Topology(
            mesh: MeshSettings(
                model: mesh?.choice("model", default: defaults.model) ?? defaults.model,
                meshID: mesh?.string("meshID") ?? defaults.meshID,
                trustDomain: mesh?.string("trustDomain", default: defaults.trustDomain) ?? defaults.trustDomain,
                eastWestGateways: mesh?.strings("eastWestGateways", default: []) ?? [],
                failover: failover,
                networkConnectivity: mesh?.choice("networkConnectivity", default: defaults.networkConnectivity) ?? defaults.networkConnectivity
            ),
            addressPlan: addressPlan,
            clusters: clusters,
            gitops: object["gitops"]?.object(ProjectSchema.gitops).map { gitops in
                GitOpsSettings(
                    tool: gitops.choice("tool", default: GitOpsTool.argoCD),
                    repository: gitops.string("repository"),
                    revision: gitops.string("revision", default: GitOpsSettings.defaultRevision),
                    dnsZone: gitops.string("dnsZone"),
                    clusterAPI: gitops.bool("clusterAPI", default: false))
            } ?? GitOpsSettings()
        )
    }
}
