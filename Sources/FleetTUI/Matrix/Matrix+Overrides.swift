import FleetModel

extension Matrix {
    /// Sets the override of one platform and criterion: in place of the first earlier one
    /// (later duplicates are dropped), else at the end.
    mutating func setOverride(_ override: ScoreOverride) {
        let same = { (other: ScoreOverride) in other.platform == override.platform && other.criterion == override.criterion }
        guard let index = overrides.firstIndex(where: same) else {
            overrides.append(override)
            return
        }
        overrides = overrides.enumerated().compactMap { offset, other in
            offset == index ? override : same(other) ? nil : other
        }
    }

    /// The override of one platform and criterion, if the project sets one.
    func override(_ platform: PlatformID, _ criterion: Criterion) -> ScoreOverride? {
        overrides.last { $0.platform == platform && $0.criterion == criterion }
    }
}
