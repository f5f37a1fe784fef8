import Foundation

extension Project {
    /// Every structural problem of the project: names, ranges, duplicates and references.
    ///
    /// These are the problems that make a file "not a valid project" (`fleetplan check`
    /// exits 65). Design-level findings (scalability limits, mesh rules, …) come from the
    /// engines' lint rules instead. The result lists every problem, in file order.
    ///
    /// - Complexity: O(*n*) in the number of profiles, clusters and overrides.
    public func validate() -> [Finding] {
        var findings: [Finding] = []
        let spec = FieldPath.spec
        findings += Self.nameProblems(metadata.name, at: FieldPath([.key("metadata"), .key("name")]))
        findings += requirements.validate(at: spec.key("requirements"))

        let profilesPath = spec.key("profiles")
        findings += Self.duplicateProblems(profiles.map(\.name), at: profilesPath, what: "profile")
        for (position, profile) in profiles.enumerated() {
            findings += profile.validate(at: profilesPath.index(position))
        }
        findings += matrix.validate(at: spec.key("matrix"))
        findings += topology.validate(at: spec.key("topology"), profiles: Set(profiles.map(\.name)))
        return findings
    }

    static func nameProblems(_ name: String, at path: FieldPath) -> [Finding] {
        guard let problem = DNSLabel.problem(with: name) else { return [] }
        return [Finding(.error, "FP010", at: path, "\"\(name.singleLineSafe)\" is not a valid name: \(problem)",
                        hint: "use a DNS-1123 label such as \"\(DNSLabel.sanitized(name))\"")]
    }

    /// A region identifier (`eu-west-1`, `europe-west4`, `dc1`): not empty, no blanks, no control characters.
    static func regionProblems(_ region: String, at path: FieldPath) -> [Finding] {
        guard region.isEmpty || region.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.isControlCharacter || $0 == "\0" })
        else { return [] }
        return [Finding(.error, "FP010", at: path, "\"\(region.singleLineSafe)\" is not a valid region identifier",
                        hint: "a provider's region name such as eu-west-1, without blanks")]
    }

    static func duplicateProblems(_ names: [String], at path: FieldPath, what: String, key: String = "name") -> [Finding] {
        var seen: [String: Int] = [:]
        var findings: [Finding] = []
        for (position, name) in names.enumerated() {
            if let first = seen[name] {
                let itemPath = key.isEmpty ? path.index(position) : path.index(position).key(key)
                findings.append(Finding(.error, "FP011", at: itemPath,
                                        "duplicate \(what) \"\(name)\" (first at \(path.index(first)))",
                                        hint: "names must be unique; rename or remove one"))
            } else {
                seen[name] = position
            }
        }
        return findings
    }

    static func rangeProblem(_ value: Int, _ range: ClosedRange<Int>, at path: FieldPath, unit: String = "") -> [Finding] {
        guard !range.contains(value) else { return [] }
        return [Finding(.error, "FP012", at: path,
                        "\(value)\(unit) is out of range \(range.lowerBound)…\(range.upperBound)")]
    }
}

extension Requirements {
    func validate(at path: FieldPath) -> [Finding] {
        var findings: [Finding] = []
        for (position, environment) in environments.enumerated() {
            findings += Project.nameProblems(environment, at: path.key("environments").index(position))
        }
        findings += Project.duplicateProblems(environments, at: path.key("environments"), what: "environment", key: "")
        if environments.isEmpty {
            findings.append(Finding(.error, "FP012", at: path.key("environments"), "at least one environment is required"))
        }
        for (position, region) in regions.enumerated() {
            findings += Project.regionProblems(region, at: path.key("regions").index(position))
        }
        findings += Project.duplicateProblems(regions, at: path.key("regions"), what: "region", key: "")
        if regions.isEmpty {
            findings.append(Finding(.error, "FP012", at: path.key("regions"), "at least one region is required"))
        }
        findings += Project.rangeProblem(zonesPerRegion, 1...6, at: path.key("zonesPerRegion"))
        findings += Project.rangeProblem(expectedNodes, 0...1_000_000, at: path.key("expectedNodes"))
        findings += Project.rangeProblem(expectedServices, 0...1_000_000, at: path.key("expectedServices"))
        return findings
    }
}

extension ClusterProfile {
    func validate(at path: FieldPath) -> [Finding] {
        var findings = Project.nameProblems(name, at: path.key("name"))
        findings += Project.rangeProblem(node.vcpu, 1...1024, at: path.key("node").key("vcpu"))
        findings += Project.rangeProblem(node.memoryGiB, 1...32768, at: path.key("node").key("memoryGiB"))
        findings += Project.rangeProblem(maxPodsPerNode, 1...1024, at: path.key("maxPodsPerNode"))
        findings += Project.rangeProblem(podCIDRMaskSize, 16...28, at: path.key("podCIDRMaskSize"))
        findings += Project.rangeProblem(headroomPercent, 0...90, at: path.key("headroomPercent"))
        let workloadPath = path.key("workload")
        findings += Project.rangeProblem(workload.pods, 0...10_000_000, at: workloadPath.key("pods"))
        findings += Self.quantityProblems(workload.podCPU, at: workloadPath.key("podCPU"), cpu: true, positive: true)
        findings += Self.quantityProblems(workload.podMemory, at: workloadPath.key("podMemory"), cpu: false, positive: true)
        findings += Self.quantityProblems(workload.daemonSetCPU, at: workloadPath.key("daemonSetCPU"), cpu: true, positive: false)
        findings += Self.quantityProblems(workload.daemonSetMemory, at: workloadPath.key("daemonSetMemory"), cpu: false, positive: false)
        findings += Project.rangeProblem(mesh.maxConcurrentConnections, 0...10_000_000, at: path.key("mesh").key("maxConcurrentConnections"))
        if let reserved {
            let reservedPath = path.key("reserved")
            findings += Self.quantityProblems(reserved.systemCPU, at: reservedPath.key("systemCPU"), cpu: true, positive: false)
            findings += Self.quantityProblems(reserved.systemMemory, at: reservedPath.key("systemMemory"), cpu: false, positive: false)
            findings += Self.quantityProblems(reserved.kubeCPU, at: reservedPath.key("kubeCPU"), cpu: true, positive: false)
            findings += Self.quantityProblems(reserved.kubeMemory, at: reservedPath.key("kubeMemory"), cpu: false, positive: false)
            findings += Self.quantityProblems(reserved.evictionMemory, at: reservedPath.key("evictionMemory"), cpu: false, positive: false)
        }
        for gate in featureGates.keys.sorted() where !gate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) || gate.isEmpty {
            findings.append(Finding(.error, "FP010", at: path.key("featureGates").key(gate),
                                    "\"\(gate)\" is not a feature gate name (letters and digits only)"))
        }
        return findings
    }

    /// The largest CPU quantity a field may hold: the cores of the largest node (`node.vcpu` ≤ 1024).
    static let maxCPU = Quantity(parsing: "1024")!
    /// The largest memory quantity a field may hold: the memory of the largest node (`node.memoryGiB` ≤ 32768).
    static let maxMemory = Quantity(parsing: "32Ti")!

    /// Sign, upper bound (the largest node), precision: every quantity is bounded here, so the
    /// planning arithmetic never sees a value it cannot hold.
    static func quantityProblems(_ quantity: Quantity, at path: FieldPath, cpu: Bool, positive: Bool) -> [Finding] {
        if quantity.value < 0 || (positive && quantity.value == 0) {
            return [Finding(.error, "FP012", at: path, "\(quantity) must be \(positive ? "greater than zero" : "zero or more")")]
        }
        let bound = cpu ? maxCPU : maxMemory
        if quantity.value > bound.value {
            return [Finding(.error, "FP012", at: path,
                            "\(quantity) is more than \(bound), the \(cpu ? "cores" : "memory") of the largest node Fleetplan plans",
                            hint: cpu ? "write cores, e.g. 2 or 500m" : "write bytes with a suffix, e.g. 512Mi or 4Gi")]
        }
        if cpu, quantity.hasSubMilliPrecision {
            return [Finding(.error, "FP012", at: path, "\(quantity) is finer than 1m; CPU is counted in whole millicores",
                            hint: "round to millicores, e.g. \(Quantity(millis: quantity.millis))")]
        }
        if !cpu, quantity.value.isFinite, quantity.value != 0, quantity.value < 1 {
            return [Finding(.error, "FP012", at: path, "\(quantity) is less than one byte")]
        }
        return []
    }
}

extension Matrix {
    func validate(at path: FieldPath) -> [Finding] {
        var findings: [Finding] = []
        for criterion in weights.keys.sorted() {
            findings += Project.rangeProblem(weights[criterion]!, 0...10, at: path.key("weights").key(criterion.rawValue))
        }
        var seen: [String: Int] = [:]
        for (position, override) in overrides.enumerated() {
            let itemPath = path.key("overrides").index(position)
            findings += Project.rangeProblem(override.score, 1...5, at: itemPath.key("score"))
            if override.note.trimmingCharacters(in: .whitespaces).isEmpty {
                findings.append(Finding(.error, "FP016", at: itemPath.key("note"), "a score override needs a note saying why",
                                        hint: "the note is shown next to the score in the matrix and the report"))
            }
            let key = "\(override.platform.rawValue)/\(override.criterion.rawValue)"
            if let first = seen[key] {
                findings.append(Finding(.error, "FP011", at: itemPath,
                                        "duplicate override of \(key) (first at \(path.key("overrides").index(first)))"))
            } else {
                seen[key] = position
            }
        }
        return findings
    }
}

extension Topology {
    func validate(at path: FieldPath, profiles: Set<String>) -> [Finding] {
        var findings: [Finding] = []
        let clustersPath = path.key("clusters")
        findings += Project.duplicateProblems(clusters.map(\.name), at: clustersPath, what: "cluster")
        for (position, cluster) in clusters.enumerated() {
            let itemPath = clustersPath.index(position)
            findings += Project.nameProblems(cluster.name, at: itemPath.key("name"))
            findings += Project.nameProblems(cluster.environment, at: itemPath.key("environment"))
            findings += Project.nameProblems(cluster.network, at: itemPath.key("network"))
            findings += Project.regionProblems(cluster.region, at: itemPath.key("region"))
            if !profiles.contains(cluster.profile) {
                let known = profiles.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
                findings.append(Finding(.error, "FP013", at: itemPath.key("profile"),
                                        "cluster \"\(cluster.name)\" names profile \"\(cluster.profile)\", which does not exist",
                                        hint: known.isEmpty ? "add a profile under spec.profiles" : "known profiles: \(known)"))
            }
            if let zones = cluster.zones {
                findings += Project.rangeProblem(zones, 1...6, at: itemPath.key("zones"))
            }
            if let workload = cluster.workload {
                let workloadPath = itemPath.key("workload")
                if let pods = workload.pods { findings += Project.rangeProblem(pods, 0...10_000_000, at: workloadPath.key("pods")) }
                if let percent = workload.percent {
                    findings += Project.rangeProblem(percent, 1...1000, at: workloadPath.key("percent"))
                }
            }
        }
        findings += Project.rangeProblem(addressPlan.growthPercent, 0...900, at: path.key("addressPlan").key("growthPercent"))
        return findings
    }
}
