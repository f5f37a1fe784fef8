import FleetModel

/// Every finding about a project, from every rule set, in a stable order.
///
/// `fleetplan check`, the Findings pane and the exported report all call this one
/// function, so they can never disagree. Structural problems come from
/// `Project.validate()`; design rules come from the engines' rule sets, each of which
/// is a pure function of the project.
public enum Lint {
    /// The rule sets run after structural validation, in order.
    static let ruleSets: [@Sendable (Project) -> [Finding]] = [
        PlanningRules.findings(for:),
        MatrixLint.bundledFindings,
        TopologyRules.findings,
        FleetRules.findings(for:),
    ]

    /// All findings, sorted by severity (errors first), then code, then field path.
    ///
    /// Design rules only run on a structurally valid project: a rule set may rely on
    /// references being resolved and values being in range.
    ///
    /// - Complexity: the sum of the rule sets' costs, plus O(*f* log *f*) for *f* findings.
    public static func findings(for project: Project) -> [Finding] {
        let structural = project.validate()
        if structural.hasErrors { return sorted(structural) }
        return sorted(structural + ruleSets.flatMap { $0(project) })
    }

    /// Findings in the order every report uses.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if a.severity != b.severity { return a.severity < b.severity }
            if a.code != b.code { return a.code < b.code }
            if a.path.description != b.path.description { return a.path.description < b.path.description }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
