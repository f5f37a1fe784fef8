import FleetEngine
import FleetModel
import FleetStore
import Foundation

/// What a change to a project file does to the design: `fleetplan diff OLD NEW`.
///
/// Findings added and resolved; the recommendation and every platform's score; each cluster
/// added, removed or changed (planned nodes, address ranges, monthly estimate); and every file
/// of the exported bundle added, removed or changed, with a unified diff of its lines. Both
/// bundles are built in memory; nothing is written.
public struct DesignDiff: Sendable {
    public struct FindingChange: Sendable, Equatable {
        public var added: Bool
        public var finding: Finding
    }

    public struct ScoreChange: Sendable, Equatable {
        public var platform: PlatformID
        public var old: Double?
        public var new: Double?
    }

    public struct ClusterChange: Sendable, Equatable {
        public enum Kind: String, Sendable { case added, removed, changed }
        public var name: String
        public var kind: Kind
        /// `field: old → new` lines.
        public var details: [String]
    }

    public struct FileChange: Sendable, Equatable {
        public enum Kind: String, Sendable { case added, removed, changed }
        public var path: String
        public var kind: Kind
        /// Unified-diff lines (`-`, `+`, ` ` and `@@` hunk headers).
        public var lines: [String]
    }

    public var oldWinner: PlatformID?
    public var newWinner: PlatformID?
    public var scores: [ScoreChange]
    public var findings: [FindingChange]
    public var clusters: [ClusterChange]
    public var files: [FileChange]

    /// True when the change does nothing to the design (a comment or layout change).
    public var isEmpty: Bool { oldWinner == newWinner && scores.isEmpty && findings.isEmpty && clusters.isEmpty && files.isEmpty }

    public init(old: Project, new: Project, catalog: Catalog) {
        let oldEvaluation = MatrixEvaluation.evaluate(old, catalog: catalog)
        let newEvaluation = MatrixEvaluation.evaluate(new, catalog: catalog)
        oldWinner = oldEvaluation.winner
        newWinner = newEvaluation.winner
        scores = PlatformID.allCases.compactMap { platform in
            let before = oldEvaluation[platform].status.isEliminated ? nil : oldEvaluation[platform].score.roundedTo(1)
            let after = newEvaluation[platform].status.isEliminated ? nil : newEvaluation[platform].score.roundedTo(1)
            return before == after ? nil : ScoreChange(platform: platform, old: before, new: after)
        }
        let oldFindings = Lint.findings(for: old), newFindings = Lint.findings(for: new)
        func key(_ finding: Finding) -> String { "\(finding.severity.rawValue) \(finding.code) \(finding.path) \(finding.message)" }
        let oldKeys = Set(oldFindings.map(key)), newKeys = Set(newFindings.map(key))
        findings = oldFindings.filter { !newKeys.contains(key($0)) }.map { FindingChange(added: false, finding: $0) }
            + newFindings.filter { !oldKeys.contains(key($0)) }.map { FindingChange(added: true, finding: $0) }
        clusters = Self.clusterChanges(old: old, new: new, catalog: catalog)
        let builder = BundleBuilder(catalog: catalog)
        let oldBundle = builder.build(project: old, projectFile: ProjectWriter().text(for: old))
        let newBundle = builder.build(project: new, projectFile: ProjectWriter().text(for: new))
        files = Self.fileChanges(old: oldBundle, new: newBundle)
    }

    // MARK: Clusters

    static func clusterChanges(old: Project, new: Project, catalog: Catalog) -> [ClusterChange] {
        let before = ClusterFacts.of(old, catalog: catalog), after = ClusterFacts.of(new, catalog: catalog)
        var changes: [ClusterChange] = []
        for (name, facts) in before where after[name] == nil {
            changes.append(ClusterChange(name: name, kind: .removed, details: facts.lines))
        }
        for (name, facts) in after {
            guard let previous = before[name] else {
                changes.append(ClusterChange(name: name, kind: .added, details: facts.lines))
                continue
            }
            let details = zip(previous.fields, facts.fields).compactMap { old, new in
                old.value == new.value ? nil : "\(old.name): \(old.value) → \(new.value)"
            }
            if !details.isEmpty { changes.append(ClusterChange(name: name, kind: .changed, details: details)) }
        }
        let order = new.topology.clusters.map(\.name) + old.topology.clusters.map(\.name)
        return changes.sorted { (order.firstIndex(of: $0.name) ?? 0, $0.kind.rawValue) < (order.firstIndex(of: $1.name) ?? 0, $1.kind.rawValue) }
    }

    /// What the diff compares for one cluster.
    struct ClusterFacts {
        var fields: [(name: String, value: String)]
        var lines: [String] { fields.map { "\($0.name): \($0.value)" } }

        static func of(_ project: Project, catalog: Catalog) -> [String: ClusterFacts] {
            let context = BundleContext(project: project, catalog: catalog)
            var facts: [String: ClusterFacts] = [:]
            let costs = Dictionary(context.costs?.estimates.map { ($0.label, $0.estimate) } ?? [], uniquingKeysWith: { first, _ in first })
            for cluster in project.topology.clusters {
                guard let plan = context.clusterPlan(for: cluster) else {
                    facts[cluster.name] = ClusterFacts(fields: [("plan", "none (its profile does not plan)")])
                    continue
                }
                var fields: [(name: String, value: String)] = [
                    ("environment", cluster.environment), ("region", cluster.region), ("profile", cluster.profile),
                    ("pods", String(plan.sizing.pods)), ("nodes", String(plan.plannedNodes)),
                    ("etcd members", String(plan.capacity.controlPlane.etcdMembers)),
                ]
                for kind in [AddressKind.node, .pod, .service] {
                    fields.append(("\(kind.rawValue) range", plan.range(kind)?.description ?? "none"))
                }
                if let estimate = costs[cluster.name] {
                    let known = NSDecimalNumber(decimal: estimate.monthlyUSD).doubleValue.fixedPoint(2)
                    fields.append(("cost USD/month", estimate.isComplete ? known : "\(known) + unpriced parts"))
                }
                facts[cluster.name] = ClusterFacts(fields: fields)
            }
            return facts
        }
    }

    // MARK: Files

    static func fileChanges(old: DesignBundle, new: DesignBundle) -> [FileChange] {
        let paths = Set(old.paths).union(new.paths).filter { $0 != DesignBundle.checksumFile }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return paths.compactMap { path in
            let before = old.files[path].map { String(decoding: $0, as: UTF8.self) }
            let after = new.files[path].map { String(decoding: $0, as: UTF8.self) }
            switch (before, after) {
            case (nil, let text?): return FileChange(path: path, kind: .added, lines: UnifiedDiff.lines(old: "", new: text))
            case (let text?, nil): return FileChange(path: path, kind: .removed, lines: UnifiedDiff.lines(old: text, new: ""))
            case (let a?, let b?) where a != b: return FileChange(path: path, kind: .changed, lines: UnifiedDiff.lines(old: a, new: b))
            default: return nil
            }
        }
    }
}

/// A unified diff of two texts (three lines of context), by a longest common subsequence of
/// lines; texts of more than 4,000 lines fall back to one hunk replacing everything.
public enum UnifiedDiff {
    public static func lines(old: String, new: String, context: Int = 3) -> [String] {
        let a = old.isEmpty ? [] : old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.isEmpty ? [] : new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let x = a.last == "" ? Array(a.dropLast()) : a, y = b.last == "" ? Array(b.dropLast()) : b
        var ops: [(Character, String)] = []
        if x.count * y.count > 16_000_000 {
            ops = x.map { ("-", $0) } + y.map { ("+", $0) }
        } else {
            var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
            for i in stride(from: x.count - 1, through: 0, by: -1) {
                for j in stride(from: y.count - 1, through: 0, by: -1) {
                    table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < x.count, j < y.count {
                if x[i] == y[j] { ops.append((" ", x[i])); i += 1; j += 1 } else if table[i + 1][j] >= table[i][j + 1] { ops.append(("-", x[i])); i += 1 } else { ops.append(("+", y[j])); j += 1 }
            }
            ops += x[i...].map { ("-", $0) } + y[j...].map { ("+", $0) }
        }
        // Hunks: changed operations with `context` unchanged lines around them.
        var keep = Array(repeating: false, count: ops.count)
        for (index, op) in ops.enumerated() where op.0 != " " {
            for k in max(0, index - context)...min(ops.count - 1, index + context) { keep[k] = true }
        }
        var result: [String] = []
        var index = 0, oldLine = 1, newLine = 1
        while index < ops.count {
            guard keep[index] else {
                if ops[index].0 != "+" { oldLine += 1 }
                if ops[index].0 != "-" { newLine += 1 }
                index += 1
                continue
            }
            var end = index
            while end < ops.count, keep[end] { end += 1 }
            let hunk = ops[index..<end]
            let oldCount = hunk.filter { $0.0 != "+" }.count, newCount = hunk.filter { $0.0 != "-" }.count
            result.append("@@ -\(oldCount == 0 ? oldLine - 1 : oldLine),\(oldCount) +\(newCount == 0 ? newLine - 1 : newLine),\(newCount) @@")
            for op in hunk { result.append("\(op.0)\(op.1)") }
            oldLine += oldCount
            newLine += newCount
            index = end
        }
        return result
    }
}
