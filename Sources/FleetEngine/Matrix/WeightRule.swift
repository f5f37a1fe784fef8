import FleetModel

/// A documented rule that moves a criterion's default weight when a requirement holds.
///
/// Every criterion starts at `WeightRule.baseWeight`; each rule that applies adds its
/// adjustments; the sum is clamped to 0–10. The project's `matrix.weights` then override
/// criteria one by one. `docs/scoring.md` lists the same rules.
public struct WeightRule: Sendable {
    /// The weight every criterion starts from.
    public static let baseWeight = 5

    /// A stable id such as `W01`, shown next to the weights it moved.
    public var id: String
    /// When the rule applies, in words (e.g. `teamExperience is none`).
    public var condition: String
    /// Criterion → amount added to its weight.
    public var adjustments: [(criterion: Criterion, delta: Int)]
    /// Why, in one line.
    public var rationale: String
    let applies: @Sendable (Requirements) -> Bool

    /// The rules, in the order they are applied and documented.
    public static let all: [WeightRule] = [
        WeightRule("W01", "teamExperience is none", [(.complexity, 4), (.operationalOverhead, 4)],
                   "a team new to orchestration needs a gentle learning curve and little to operate") { $0.teamExperience == .none },
        WeightRule("W02", "teamExperience is low", [(.complexity, 2), (.operationalOverhead, 2)],
                   "a team with little experience pays for every extra component") { $0.teamExperience == .low },
        WeightRule("W03", "teamExperience is high", [(.complexity, -2), (.operationalOverhead, -1)],
                   "an experienced team absorbs a steeper learning curve") { $0.teamExperience == .high },
        WeightRule("W04", "multiCloud is true", [(.multiCloud, 4)],
                   "one API on several clouds is a stated goal") { $0.multiCloud },
        WeightRule("W05", "multiCloud and onPremises are both false", [(.multiCloud, -2)],
                   "portability matters less when everything runs on one cloud") { !$0.multiCloud && !$0.onPremises },
        WeightRule("W06", "onPremises is true", [(.multiCloud, 2)],
                   "the same platform must run on your own hardware") { $0.onPremises },
        WeightRule("W07", "workloads include stateful", [(.statefulSupport, 3)],
                   "databases and queues need first-class volumes") { $0.workloads.contains(.stateful) },
        WeightRule("W08", "workloads do not include stateful", [(.statefulSupport, -3)],
                   "volumes matter little to stateless services") { !$0.workloads.contains(.stateful) },
        WeightRule("W09", "workloads include batch", [(.flexibility, 1)],
                   "jobs next to services need more than one workload kind") { $0.workloads.contains(.batch) },
        WeightRule("W10", "gpu is true", [(.flexibility, 2)],
                   "GPU scheduling needs device support") { $0.gpu },
        WeightRule("W11", "windows is true", [(.flexibility, 2)],
                   "Windows containers need Windows nodes") { $0.windows },
        WeightRule("W12", "mtlsRequired is true", [(.security, 3)],
                   "workload identity and mTLS are required") { $0.mtlsRequired },
        WeightRule("W13", "expectedNodes is 1,000 or more", [(.scalability, 3)],
                   "large fleets approach documented cluster limits") { $0.expectedNodes >= 1000 },
        WeightRule("W14", "expectedNodes is 200 to 999", [(.scalability, 1)],
                   "a mid-sized fleet grows into limits") { (200..<1000).contains($0.expectedNodes) },
        WeightRule("W15", "expectedNodes is below 50", [(.scalability, -2)],
                   "a small fleet is far from every limit") { $0.expectedNodes < 50 },
        WeightRule("W16", "expectedServices is 100 or more", [(.observability, 2), (.autoscaling, 1)],
                   "many services need tracing, dashboards and automatic scaling") { $0.expectedServices >= 100 },
        WeightRule("W17", "regions lists 2 or more regions", [(.operationalOverhead, 1)],
                   "every extra region multiplies the clusters to operate") { $0.regions.count >= 2 },
    ]

    init(_ id: String, _ condition: String, _ adjustments: [(Criterion, Int)], _ rationale: String,
         applies: @escaping @Sendable (Requirements) -> Bool) {
        self.id = id
        self.condition = condition
        self.adjustments = adjustments.map { (criterion: $0.0, delta: $0.1) }
        self.rationale = rationale
        self.applies = applies
    }

    /// The adjustments as written in docs: `complexity +4, operationalOverhead +4`.
    public var adjustmentText: String {
        adjustments.map { "\($0.criterion.rawValue) \($0.delta >= 0 ? "+" : "")\($0.delta)" }.joined(separator: ", ")
    }

    /// True when the rule applies to the requirements.
    public func applies(to requirements: Requirements) -> Bool { applies(requirements) }
}
