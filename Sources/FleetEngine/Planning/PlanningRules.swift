import FleetModel

/// The planning lint rules, FP100–FP139, documented in `docs/lint-rules.md`.
///
/// Each rule is a pure check of the project or of one profile and its capacity plan. The
/// project-level rules (FP100, FP116, FP117) report once; the others once per profile.
public enum PlanningRules {
    /// Every planning finding of `project`, registered in `Lint.ruleSets`.
    ///
    /// - Complexity: O(*p*) in the number of profiles.
    @Sendable public static func findings(for project: Project) -> [Finding] {
        projectFindings(project) + project.profiles.enumerated().flatMap { index, profile in
            findings(for: profile, at: index, in: project)
        }
    }

    /// The project-level rules: target version and zone count.
    public static func projectFindings(_ project: Project) -> [Finding] {
        var findings: [Finding] = []
        let version = project.kubernetesVersion
        if !SupportedVersions.contains(version) {
            findings.append(Finding(.error, "FP100", at: FieldPath.spec.key("kubernetesVersion"),
                                    "Kubernetes \(version) is not supported; Fleetplan plans for \(SupportedVersions.rangeDescription)",
                                    hint: "set kubernetesVersion to a release from \(SupportedVersions.rangeDescription); settings are planned against \(SupportedVersions.nearest(to: version)) meanwhile"))
        }
        let zonesPath = FieldPath.spec.key("requirements").key("zonesPerRegion")
        switch project.requirements.zonesPerRegion {
        case 1:
            findings.append(Finding(.warning, "FP117", at: zonesPath,
                                    "with one zone per region, losing the zone loses every cluster in the region",
                                    hint: "use 3 zones so each cluster (and its etcd quorum) survives a zone outage"))
        case 2:
            findings.append(Finding(.warning, "FP116", at: zonesPath,
                                    "etcd cannot keep quorum across 2 zones: the zone holding the majority of members takes the control plane down with it",
                                    hint: "use 3 or more zones; an etcd of n members needs n/2 + 1 up (CAP-84)"))
        default:
            break
        }
        return findings
    }

    /// The rules about one profile at `spec.profiles[index]`.
    public static func findings(for given: ClusterProfile, at index: Int, in project: Project) -> [Finding] {
        let profile = given.resolvedForPlanning
        let path = FieldPath.spec.key("profiles").index(index)
        let version = SupportedVersions.nearest(to: project.kubernetesVersion)
        let capacity = CapacityPlan(profile: profile, zones: project.requirements.zonesPerRegion)
        var findings = nodeFindings(profile, capacity: capacity, at: path)
        if let catalog = try? InstanceCatalog.bundled() { findings += instanceFindings(profile, catalog: catalog, at: path) }
        findings += capacityFindings(profile, capacity: capacity, at: path)
        findings += controlPlaneFindings(given, at: path)
        findings += gateFindings(profile, version: version, at: path)
        findings += meshFindings(profile, in: project, at: path)
        return findings
    }

    /// FP112 (gate not accepted) and FP113 (immature gate).
    static func gateFindings(_ profile: ClusterProfile, version: KubernetesVersion, at path: FieldPath) -> [Finding] {
        let selection = FeatureGateSelection(requested: profile.featureGates, version: version)
        var findings: [Finding] = []
        for omitted in selection.omitted {
            let gatePath = path.key("featureGates").key(omitted.name)
            switch omitted.why {
            case .unknown:
                findings.append(Finding(.warning, "FP112", at: gatePath,
                                        "\(omitted.name) is not a gate Fleetplan knows for \(version); it is left out because a kubelet refuses to start on an unknown gate",
                                        hint: "check the gate's name and lifecycle on the Kubernetes feature-gates page"))
            case .notYetAdded(let first):
                findings.append(Finding(.error, "FP112", at: gatePath,
                                        "\(omitted.name) does not exist before 1.\(first); \(version) would refuse it",
                                        hint: "remove it or target 1.\(first) or later"))
            case .removed(let since):
                findings.append(Finding(.error, "FP112", at: gatePath,
                                        "\(omitted.name) was removed in 1.\(since); a \(version) kubelet refuses to start with it",
                                        hint: "remove it: the feature is always on"))
            case .noOption(let field):
                findings.append(Finding(.warning, "FP121", at: gatePath,
                                        "\(omitted.name) only unlocks values of \(field.rawValue), which this plan does not set; it is left out because alone it changes nothing",
                                        hint: "remove it from featureGates, or keep it for when the plan sets \(field.rawValue)"))
            case .locked(let defaultValue):
                let conflicting = omitted.value != defaultValue
                findings.append(Finding(conflicting ? .error : .warning, "FP112", at: gatePath,
                                        conflicting
                                            ? "\(omitted.name) is GA and locked to \(defaultValue) in \(version); setting it to \(omitted.value) stops the component from starting"
                                            : "\(omitted.name) is GA and locked to \(defaultValue) in \(version); it is left out and will be removed upstream",
                                        hint: "remove it from featureGates"))
            }
        }
        for immature in selection.immature {
            findings.append(Finding(.info, "FP113", at: path.key("featureGates").key(immature.name),
                                    "\(immature.name) is \(immature.stage.rawValue) in \(version)",
                                    hint: immature.stage == .alpha ? "alpha features may change or vanish; avoid them in production" : "plan to stop depending on it"))
        }
        return findings
    }

    /// FP114 (mTLS required without the mesh), FP115 (sidecar heavier than the app) and FP123
    /// (measured peak far above the sidecar's request).
    static func meshFindings(_ profile: ClusterProfile, in project: Project, at path: FieldPath) -> [Finding] {
        var findings: [Finding] = []
        let servesWorkloads = project.topology.clusters.contains { $0.profile == profile.name && $0.role == .workload }
        if project.requirements.mtlsRequired, !profile.mesh.enabled, servesWorkloads {
            findings.append(Finding(.error, "FP114", at: path.key("mesh").key("enabled"),
                                    "requirements ask for mTLS between workloads, but profile \"\(profile.name)\" runs workload clusters without the mesh",
                                    hint: "set mesh.enabled: true, or drop requirements.mtlsRequired"))
        }
        if project.requirements.windows, profile.mesh.enabled {
            findings.append(Finding(.warning, "FP124", at: path.key("mesh").key("enabled"),
                                    "requirements ask for Windows nodes, but Istio does not support Windows workloads (istio/istio#27893): Windows pods of profile \"\(profile.name)\" cannot join the mesh",
                                    hint: "run Windows workloads outside the mesh (sidecar.istio.io/inject: \"false\"); the bundle keeps istiod and the gateways on Linux nodes"))
        }
        if profile.mesh.enabled {
            let sidecar = SidecarSizing(connections: profile.mesh.maxConcurrentConnections,
                                        guaranteed: CapacityPlan(profile: profile, zones: 1).staticCPUPolicy)
            let appCPU = profile.workload.podCPU.millis
            let appMemoryMi = (NodeReservation.kibibytes(profile.workload.podMemory) + 1023) / 1024
            if !sidecar.guaranteed, sidecar.measuredCPUMillis > 2000 {
                findings.append(Finding(.info, "FP123", at: path.key("mesh").key("maxConcurrentConnections"),
                                        "at \(sidecar.connections) connections (1 req/s each, 0.35 vCPU per 1,000 req/s) the sidecar needs about \(Quantity(millis: sidecar.measuredCPUMillis)) CPU at peak but requests \(Quantity(millis: sidecar.cpuRequestMillis)); the capacity plan reserves only the request, so nodes run overcommitted at peak",
                                        hint: "plan nodes for the peak (larger nodes or headroomPercent), or lower the connections per pod"))
            }
            if sidecar.cpuRequestMillis > appCPU || sidecar.memoryRequestMi > appMemoryMi {
                findings.append(Finding(.warning, "FP115", at: path.key("mesh").key("maxConcurrentConnections"),
                                        "the sidecar requests more than the application (\(Quantity(millis: sidecar.cpuRequestMillis)) / \(sidecar.memoryRequestMi)Mi against \(profile.workload.podCPU) / \(profile.workload.podMemory))",
                                        hint: "spread the connections over more, larger pods, or consider ambient mode for this workload"))
            }
        }
        return findings
    }
}
