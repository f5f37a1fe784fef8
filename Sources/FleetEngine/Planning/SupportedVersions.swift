import FleetModel

/// The Kubernetes minor releases the planning tables describe: 1.31 through 1.36.
///
/// Supporting a new minor means raising `newest` and extending the data tables (feature-gate stages
/// carry forward on their own; field and flag ranges are open-ended unless a field was
/// removed). No planning code changes.
public enum SupportedVersions {
    /// Every supported minor, oldest first.
    public static let all: [KubernetesVersion] = (oldest.minor...newest.minor).map { KubernetesVersion(minor: $0) }

    /// The oldest supported minor.
    public static let oldest = KubernetesVersion(minor: 31)
    /// The newest supported minor.
    public static let newest = KubernetesVersion(minor: 36)

    /// True when the planning tables describe `version`.
    public static func contains(_ version: KubernetesVersion) -> Bool {
        all.contains(version)
    }

    /// The supported minor the tables are read at for `version`: itself when supported, else
    /// the nearest end of the range (the plan then carries an FP100 error).
    public static func nearest(to version: KubernetesVersion) -> KubernetesVersion {
        if version < oldest { return oldest }
        if version > newest { return newest }
        return version
    }

    /// The range as printed in messages: `1.31–1.36`.
    public static let rangeDescription = "\(oldest)–\(newest)"
}
