import FleetModel

/// The printed forms of a file's findings, shared by `fleetplan check` and the other commands.
public enum FindingReport {
    /// One `FILE:LINE:COLUMN: path: severity CODE: message (hint)` line per finding, then a summary line.
    public static func text(_ findings: [LocatedFinding], file: String) -> String {
        var out = findings.map { $0.formatted + "\n" }.joined()
        let counts = Finding.Severity.allCases.map { severity in
            (severity, findings.filter { $0.finding.severity == severity }.count)
        }
        if findings.isEmpty {
            out += "\(file.singleLineSafe): no findings\n"
        } else {
            let parts = counts.map { "\($0.1) \($0.0.rawValue)\($0.1 == 1 || $0.0 == .info ? "" : "s")" }
            out += "\(file.singleLineSafe): \(parts.joined(separator: ", "))\n"
        }
        return out
    }

    /// `{"file": …, "findings": [{"severity", "code", "path", "line", "column", "message", "hint"}]}`.
    public static func json(_ findings: [LocatedFinding], file: String) -> JSONValue {
        .object([
            ("file", .string(file)),
            ("findings", .array(findings.map { located in
                .object([
                    ("severity", .string(located.finding.severity.rawValue)),
                    ("code", .string(located.finding.code)),
                    ("path", .string(located.finding.path.description)),
                    ("line", .int(located.location.line)),
                    ("column", .int(located.location.column)),
                    ("message", .string(located.finding.message)),
                    ("hint", .string(located.finding.hint)),
                ])
            })),
        ])
    }
}
