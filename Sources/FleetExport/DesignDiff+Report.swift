import FleetEngine
import FleetModel

extension DesignDiff {
    /// Markdown for a pull-request comment (also readable as text).
    public func markdown(old: String, new: String) -> String {
        var lines = ["## Design diff: `\(old)` → `\(new)`", ""]
        if isEmpty {
            return (lines + ["No change to the design: findings, scores, clusters and the exported bundle are the same.", ""]).joined(separator: "\n")
        }
        lines.append("### Recommendation")
        lines.append("")
        if oldWinner != newWinner {
            lines.append("**The recommendation changes: \(oldWinner?.displayName ?? "none") → \(newWinner?.displayName ?? "none").**")
        } else {
            lines.append("Unchanged: \(newWinner?.displayName ?? "no platform survives the hard constraints").")
        }
        if !scores.isEmpty {
            lines += ["", "| Platform | Before | After | Change |", "|---|---:|---:|---:|"]
            for change in scores {
                let delta = (change.old != nil && change.new != nil) ? Double.shownDifference(change.new!, change.old!).fixedPoint(1) : "—"
                lines.append("| \(change.platform.displayName) | \(change.old.map { $0.fixedPoint(1) } ?? "eliminated") | "
                    + "\(change.new.map { $0.fixedPoint(1) } ?? "eliminated") | \(delta) |")
            }
        }
        lines.append("")
        lines.append("### Findings")
        lines.append("")
        if findings.isEmpty {
            lines.append("No finding added or resolved.")
        } else {
            for change in findings {
                let finding = change.finding
                lines.append("- \(change.added ? "added" : "resolved"): \(finding.severity.rawValue) \(finding.code) `\(finding.path)`: \(MarkdownTable.cell(finding.message))")
            }
        }
        lines += ["", "### Clusters", ""]
        if clusters.isEmpty {
            lines.append("No cluster changes its plan.")
        } else {
            for change in clusters {
                lines.append("- `\(change.name)` \(change.kind.rawValue): " + change.details.joined(separator: "; "))
            }
        }
        lines += ["", "### Bundle files", ""]
        if files.isEmpty {
            lines.append("No exported file changes.")
        } else {
            lines.append("| File | Change | Lines |")
            lines.append("|---|---|---:|")
            for file in files {
                let added = file.lines.filter { $0.hasPrefix("+") }.count, removed = file.lines.filter { $0.hasPrefix("-") }.count
                lines.append("| `\(file.path)` | \(file.kind.rawValue) | +\(added) −\(removed) |")
            }
            for file in files where file.kind == .changed {
                lines += ["", "<details><summary><code>\(file.path)</code></summary>", "", "```diff"]
                lines += file.lines
                lines += ["```", "", "</details>"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Plain text: the same sections, file diffs in full.
    public func text(old: String, new: String) -> String {
        var lines = ["Design diff: \(old) -> \(new)"]
        if isEmpty { return (lines + ["no change to the design"]).joined(separator: "\n") + "\n" }
        lines.append(oldWinner != newWinner
            ? "recommendation: \(oldWinner?.displayName ?? "none") -> \(newWinner?.displayName ?? "none")"
            : "recommendation: \(newWinner?.displayName ?? "none") (unchanged)")
        for change in scores {
            lines.append("score \(change.platform.rawValue): \(change.old.map { $0.fixedPoint(1) } ?? "eliminated") -> \(change.new.map { $0.fixedPoint(1) } ?? "eliminated")")
        }
        for change in findings {
            lines.append("\(change.added ? "+" : "-") \(change.finding.severity.rawValue) \(change.finding.code) \(change.finding.path): \(change.finding.message)")
        }
        for change in clusters {
            lines.append("cluster \(change.name) \(change.kind.rawValue): " + change.details.joined(separator: "; "))
        }
        for file in files {
            lines.append("file \(file.path) \(file.kind.rawValue)")
            if file.kind == .changed { lines += file.lines.map { "  " + $0 } }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON: every section as data.
    public func json(old: String, new: String) -> String {
        func optional(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
        let document: JSONValue = .object([
            ("old", .string(old)), ("new", .string(new)),
            ("winner", .object([("old", oldWinner.map { .string($0.rawValue) } ?? .null), ("new", newWinner.map { .string($0.rawValue) } ?? .null)])),
            ("scores", .array(scores.map { .object([("platform", .string($0.platform.rawValue)), ("old", optional($0.old)), ("new", optional($0.new))]) })),
            ("findings", .array(findings.map {
                .object([("change", .string($0.added ? "added" : "resolved")), ("severity", .string($0.finding.severity.rawValue)),
                         ("code", .string($0.finding.code)), ("path", .string($0.finding.path.description)), ("message", .string($0.finding.message))])
            })),
            ("clusters", .array(clusters.map {
                .object([("name", .string($0.name)), ("change", .string($0.kind.rawValue)), ("details", .array($0.details.map { .string($0) }))])
            })),
            ("files", .array(files.map {
                .object([("path", .string($0.path)), ("change", .string($0.kind.rawValue)), ("diff", .array($0.lines.map { .string($0) }))])
            })),
        ])
        return document.rendered()
    }
}
