import FleetModel

/// Whether a platform survives the hard constraints, and why not.
public struct ConstraintStatus: Sendable, Equatable {
    /// Requirements the platform cannot meet; non-empty means eliminated.
    public var eliminations: [ConstraintReason] = []
    /// Requirements it meets only with conditions; shown, but it stays in the running.
    public var caveats: [ConstraintReason] = []

    public init(eliminations: [ConstraintReason] = [], caveats: [ConstraintReason] = []) {
        self.eliminations = eliminations
        self.caveats = caveats
    }

    /// True when at least one requirement rules the platform out.
    public var isEliminated: Bool { !eliminations.isEmpty }
}

/// One requirement's effect on one platform, with the fact behind it.
public struct ConstraintReason: Sendable, Equatable {
    /// The requirement's field, such as `spec.requirements.onPremises`.
    public var requirement: FieldPath
    /// What the platform lacks, in one line.
    public var text: String
    /// The catalog fact id it rests on.
    public var fact: String

    public init(requirement: FieldPath, text: String, fact: String) {
        self.requirement = requirement
        self.text = text
        self.fact = fact
    }
}
