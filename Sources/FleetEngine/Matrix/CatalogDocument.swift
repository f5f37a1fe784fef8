import FleetModel

/// The platform catalog as a Markdown page (`docs/catalog.md`), generated from the data file.
///
/// A test compares the committed page with this output, so the page cannot drift from
/// the data; `RECORD_SNAPSHOTS=1 swift test --filter CatalogDocumentTests` regenerates it.
public enum CatalogDocument {
    /// The whole page. Byte-stable: LF endings, one final newline.
    ///
    /// - Complexity: O(*p* · *c* + *f*) for *p* platforms, *c* criteria and *f* facts.
    public static func markdown(_ catalog: Catalog) -> String {
        var lines = [
            "# Platform catalog",
            "",
            "<!-- Generated from Sources/FleetEngine/Matrix/Resources/catalog.json. Do not edit by hand:",
            "     change the data file, then run RECORD_SNAPSHOTS=1 swift test --filter CatalogDocumentTests. -->",
            "",
            "The default scores and hard facts `fleetplan score` uses. Facts reviewed \(catalog.reviewed).",
            "Scores run 1–5, where 5 is best for the adopter; each one names the fact behind it.",
            "How scores, weights and constraints combine is in [scoring.md](scoring.md).",
            "",
            "## Scores",
            "",
        ]
        lines.append("| Criterion | " + catalog.platforms.map { $0.id.displayName }.joined(separator: " | ") + " |")
        lines.append("|---|" + catalog.platforms.map { _ in "---|" }.joined())
        for criterion in Criterion.allCases {
            let cells = catalog.platforms.map { entry in entry.cell(criterion).map { "\($0.score) (\($0.fact))" } ?? "–" }
            lines.append("| `\(criterion.rawValue)` | " + cells.joined(separator: " | ") + " |")
        }
        for entry in catalog.platforms {
            lines += platformSection(entry)
        }
        lines += ["", "## Facts", "", "| Id | Fact | Source | Status |", "|---|---|---|---|"]
        for fact in catalog.facts {
            lines.append("| \(fact.id) | \(escaped(fact.statement)) | \(escaped(fact.source)) | \(fact.status) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func platformSection(_ entry: PlatformEntry) -> [String] {
        let facts = entry.facts
        let limit = facts.maxNodesPerCluster.map { "\($0) nodes per cluster" } ?? "none documented"
        var lines = [
            "",
            "## \(entry.id.displayName) (`\(entry.id.rawValue)`)",
            "",
            entry.summary,
            "",
            "- Hosting: \(facts.hosting) (\(facts.hostingFact))",
            "- Node limit: \(limit): \(escaped(facts.nodeLimitNote)) (\(facts.nodeLimitFact))",
            "- Runs on: \(facts.clouds.joined(separator: ", ")) (\(facts.cloudsFact))",
            "",
            "| Capability | Support | Detail | Fact |",
            "|---|---|---|---|",
        ]
        for capability in facts.capabilities {
            lines.append("| `\(capability.capability.rawValue)` | \(capability.support.rawValue) | \(escaped(capability.note)) | \(capability.fact) |")
        }
        lines += ["", "| Criterion | Score | Why | Fact |", "|---|---|---|---|"]
        for cell in entry.cells {
            lines.append("| `\(cell.criterion.rawValue)` | \(cell.score) | \(escaped(cell.justification)) | \(cell.fact) |")
        }
        return lines
    }

    /// Table-safe text: pipes escaped.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
