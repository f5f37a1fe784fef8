import FleetModel

/// The fleet and address-plan lint rules, `FP330`–`FP336`.
///
/// Registered in `Lint.ruleSets` (structurally valid projects only). Each rule and a
/// triggering example is listed in `docs/lint-rules.md`; `docs/topology.md` explains the
/// address plan.
///
/// - `FP330` a range or pool that is not a private IPv4 block (syntax, prefix, host bits);
/// - `FP331` two clusters on one network whose pinned ranges overlap (at the later one);
/// - `FP332` a cluster whose own node, pod and service ranges overlap;
/// - `FP333` a pod range that cannot hold the planned nodes × the per-node block, or that
///   kube-controller-manager refuses (more than 16 bits between it and the node mask);
/// - `FP334` a pool without room for every cluster of a network;
/// - `FP335` the fleet's planned nodes differ from `requirements.expectedNodes` by more
///   than a quarter;
/// - `FP336` a service range larger than a /12 (kube-apiserver refuses it) or smaller
///   than the cluster's share of the expected services.
///
/// - Complexity: O(*n*²/*w*) for *n* clusters on *w* networks (the allocation and the
///   overlap check of pinned ranges on one network).
public enum FleetRules {
    public static func findings(for project: Project) -> [Finding] {
        let fleet = FleetPlan(project)
        return ranges(project, fleet) + pools(project, fleet) + expectedNodes(project, fleet)
    }

    static func clusterPath(_ index: Int) -> FieldPath {
        FieldPath.spec.key("topology").key("clusters").index(index)
    }

    static let planPath = FieldPath.spec.key("topology").key("addressPlan")

    /// FP330 for one text; `nil` when it is a valid private block.
    static func invalid(_ text: String, at path: FieldPath, what: String) -> Finding? {
        switch IPv4Range.parse(text) {
        case .failure(let failure):
            switch failure.problem {
            case .syntax:
                return Finding(.error, "FP330", at: path, "\(what) \"\(text)\" is not an IPv4 CIDR block",
                               hint: "write an address and a prefix length, e.g. 10.128.0.0/16")
            case .prefix:
                return Finding(.error, "FP330", at: path, "\(what) \"\(text)\" has no prefix length between 0 and 32",
                               hint: "e.g. 10.128.0.0/16")
            case .hostBits(let block):
                return Finding(.error, "FP330", at: path, "\(what) \"\(text)\" has host bits set",
                               hint: "the block that contains it is \(block)")
            }
        case .success(let range):
            guard range.isPrivate else {
                return Finding(.error, "FP330", at: path, "\(what) \(range) is not a private range",
                               hint: "use a block inside 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10")
            }
            return nil
        }
    }

    /// FP330–FP333 and FP336 on each cluster's ranges.
    static func ranges(_ project: Project, _ fleet: FleetPlan) -> [Finding] {
        var findings: [Finding] = []
        var pinnedByNetwork: [String: [(range: IPv4Range, cluster: String, field: String)]] = [:]
        for (sizing, ranges) in zip(fleet.sizings, fleet.allocation.clusters) {
            let path = clusterPath(sizing.index)
            let name = sizing.cluster.name
            for kind in AddressKind.allCases {
                guard let text = sizing.cluster.pinned(kind) else { continue }
                let fieldPath = path.key(kind.clusterField)
                if let problem = invalid(text, at: fieldPath, what: "cluster \"\(name)\" \(kind.clusterField)") {
                    findings.append(problem)
                    continue
                }
                let range = IPv4Range(text)!
                let others = pinnedByNetwork[sizing.cluster.network] ?? []
                if let other = others.first(where: { $0.range.overlaps(range) && $0.cluster != name }) {
                    findings.append(Finding(.error, "FP331", at: fieldPath,
                                            "cluster \"\(name)\" \(kind.clusterField) \(range) overlaps \(other.field) \(other.range) of cluster \"\(other.cluster)\" on network \"\(sizing.cluster.network)\"",
                                            hint: "clusters on one network route each other's addresses directly: give each its own block, or remove the pin to have one allocated"))
                }
                pinnedByNetwork[sizing.cluster.network, default: []].append((range, name, kind.clusterField))
            }
            findings += own(ranges, sizing, path)
        }
        return findings
    }

    /// FP332, FP333 and FP336 within one cluster.
    static func own(_ ranges: AddressAllocation.ClusterRanges, _ sizing: ClusterSizing, _ path: FieldPath) -> [Finding] {
        var findings: [Finding] = []
        let name = sizing.cluster.name
        let kinds = AddressKind.allCases
        for (position, kind) in kinds.enumerated() {
            guard let range = ranges[kind]?.range else { continue }
            for other in kinds[(position + 1)...] {
                guard let second = ranges[other]?.range, range.overlaps(second) else { continue }
                let pinnedKind = ranges[other]?.pinned == true ? other : kind
                findings.append(Finding(.error, "FP332", at: path.key(pinnedKind.clusterField),
                                        "cluster \"\(name)\" \(kind.clusterField) \(range) overlaps its own \(other.clusterField) \(second)",
                                        hint: "a cluster's node, pod and service ranges must be disjoint"))
            }
        }
        let mask = sizing.profile.podCIDRMaskSize
        if let assignment = ranges[.pod], let pod = assignment.range {
            let field = path.key("podCIDR")
            if pod.prefix > mask {
                findings.append(Finding(.error, "FP333", at: field,
                                        "cluster \"\(name)\" podCIDR \(pod) is smaller than one node's block (/\(mask))",
                                        hint: "use a prefix shorter than /\(mask) or a larger podCIDRMaskSize"))
            } else if mask - pod.prefix > 16 {
                findings.append(Finding(.error, "FP333", at: field,
                                        "cluster \"\(name)\" podCIDR \(pod) is more than 16 bits larger than the node mask /\(mask), which kube-controller-manager refuses",
                                        hint: "use a /\(mask - 16) or smaller"))
            } else if assignment.pinned {
                let blocks = 1 << (mask - pod.prefix)
                if blocks < sizing.plannedNodes {
                    findings.append(Finding(.error, "FP333", at: field,
                                            "cluster \"\(name)\" podCIDR \(pod) holds \(blocks) node blocks of /\(mask), but the cluster plans \(sizing.plannedNodes) nodes",
                                            hint: "use a /\(assignment.plannedPrefix) (planned nodes with growth) or remove the pin"))
                }
            }
        }
        if let assignment = ranges[.service], let service = assignment.range, assignment.pinned {
            let field = path.key("serviceCIDR")
            if service.prefix < 12 {
                findings.append(Finding(.error, "FP336", at: field,
                                        "cluster \"\(name)\" serviceCIDR \(service) is larger than a /12, which kube-apiserver refuses",
                                        hint: "use a /12 or smaller"))
            } else if service.prefix > assignment.plannedPrefix {
                findings.append(Finding(.warning, "FP336", at: field,
                                        "cluster \"\(name)\" serviceCIDR \(service) is smaller than the /\(assignment.plannedPrefix) its share of the expected services asks for",
                                        hint: "each Service takes one ClusterIP: widen the range or remove the pin"))
            }
        }
        return findings
    }

    /// FP330 on the pools and FP334 when one is full.
    static func pools(_ project: Project, _ fleet: FleetPlan) -> [Finding] {
        var findings: [Finding] = []
        let plan = project.topology.addressPlan
        for kind in AddressKind.allCases {
            let text = AddressAllocation.poolText(kind, plan)
            if let problem = invalid(text, at: planPath.key(kind.poolField), what: kind.poolField) { findings.append(problem) }
        }
        for exhausted in fleet.allocation.exhausted {
            let names = exhausted.clusters.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")
                + (exhausted.clusters.count > 5 ? " and \(exhausted.clusters.count - 5) more" : "")
            findings.append(Finding(.error, "FP334", at: planPath.key(exhausted.kind.poolField),
                                    "\(exhausted.kind.poolField) \(AddressAllocation.poolText(exhausted.kind, plan)) has no room on network \"\(exhausted.network)\" for \(names)",
                                    hint: "widen the pool, lower addressPlan.growthPercent, or pin ranges outside it"))
        }
        return findings
    }

    /// FP335: the planned fleet against `requirements.expectedNodes`.
    static func expectedNodes(_ project: Project, _ fleet: FleetPlan) -> [Finding] {
        let expected = project.requirements.expectedNodes
        let planned = fleet.total.nodes
        guard !fleet.sizings.isEmpty, expected > 0 || planned > 0 else { return [] }
        let difference = abs(planned - expected)
        guard difference * 4 > max(expected, 0) else { return [] }
        return [Finding(.warning, "FP335", at: FieldPath.spec.key("requirements").key("expectedNodes"),
                        "the clusters plan \(planned) worker nodes in total, but requirements.expectedNodes is \(expected)",
                        hint: "set expectedNodes to the plan, or give clusters their own workload (clusters[].workload) so the plan matches")]
    }
}
