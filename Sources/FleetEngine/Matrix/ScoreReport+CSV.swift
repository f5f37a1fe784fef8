import FleetModel

extension ScoreReport {
    /// The matrix as CSV (RFC 4180, LF line endings), one row per platform and criterion.
    ///
    /// Columns: `platform,status,rank,score,criterion,weight,criterionScore,contribution,note`.
    /// `status` is `ranked` or `eliminated`; `rank` is empty for eliminated platforms; `note`
    /// holds the override note. Platforms follow the ranking, then the eliminated ones.
    public func csv() -> String {
        var lines = ["platform,status,rank,score,criterion,weight,criterionScore,contribution,note"]
        for platform in evaluation.ranking + evaluation.eliminated {
            let result = evaluation[platform]
            let rank = evaluation.ranking.firstIndex(of: platform).map { String($0 + 1) } ?? ""
            let status = result.status.isEliminated ? "eliminated" : "ranked"
            for cell in result.cells {
                let fields = [platform.rawValue, status, rank, result.score.fixedPoint(2), cell.criterion.rawValue,
                              String(cell.weight), String(cell.score), cell.contribution.fixedPoint(2), cell.overrideNote ?? ""]
                lines.append(fields.map(Self.csvField).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A field quoted when it holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
