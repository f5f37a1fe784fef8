import FleetModel

/// A Kubernetes feature gate's lifecycle: its stage, default and lock from each release on.
///
/// A kubelet or API server given a gate it does not know refuses to start, and one given a
/// locked gate at a non-default value does too; so the planner only emits gates whose status
/// at the target version is `.available` and not locked.
public struct FeatureGate: Sendable, Equatable {
    /// A gate's maturity.
    public enum Stage: String, Sendable {
        case alpha, beta, ga = "GA", deprecated
    }

    /// The components that read the gate.
    public enum Component: String, Sendable, CaseIterable {
        case kubelet, apiServer = "kube-apiserver"
    }

    /// A kubelet field whose values only a gate unlocks: an option gate does nothing without it.
    public enum OptionField: String, Sendable {
        case cpuManagerPolicyOptions, topologyManagerPolicyOptions
    }

    /// From `minor` on (until the next step), the gate is at `stage` with this default.
    public struct Step: Sendable, Equatable {
        /// The first minor release of this step (`31` for 1.31).
        public var minor: Int
        /// The maturity from that release on.
        public var stage: Stage
        /// Whether the feature is on when the gate is not set.
        public var defaultValue: Bool
        /// True when setting the gate to anything but its default is refused.
        public var locked: Bool

        public init(_ minor: Int, _ stage: Stage, default defaultValue: Bool, locked: Bool = false) {
            self.minor = minor
            self.stage = stage
            self.defaultValue = defaultValue
            self.locked = locked
        }
    }

    /// What a target release makes of the gate.
    public enum Status: Sendable, Equatable {
        /// The gate does not exist yet in this release.
        case notYetAdded(firstMinor: Int)
        /// The gate exists at this stage.
        case available(Step)
        /// The gate was removed in `sinceMinor`.
        case removed(sinceMinor: Int)
    }

    /// The gate's name, case-sensitive as upstream.
    public var name: String
    /// The components whose configuration takes the gate.
    public var components: [Component]
    /// Steps in release order; the last one carries forward.
    public var steps: [Step]
    /// The first minor release without the gate.
    public var removedInMinor: Int?
    /// The field whose options the gate unlocks; `nil` for a gate that switches a feature.
    public var unlocks: OptionField?
    /// The upstream file the lifecycle was read from.
    public var source: String

    public init(
        _ name: String, _ components: [Component], _ steps: [Step], removedIn: Int? = nil, unlocks: OptionField? = nil,
        source: String
    ) {
        self.name = name
        self.components = components
        self.steps = steps
        self.removedInMinor = removedIn
        self.unlocks = unlocks
        self.source = source
    }

    /// The gate's status at `version`.
    ///
    /// - Complexity: O(*s*) in the number of steps.
    public func status(at version: KubernetesVersion) -> Status {
        if let removed = removedInMinor, version.minor >= removed { return .removed(sinceMinor: removed) }
        guard let step = steps.last(where: { $0.minor <= version.minor }) else {
            return .notYetAdded(firstMinor: steps.first?.minor ?? version.minor + 1)
        }
        return .available(step)
    }

    /// True when a config naming the gate is accepted by `version` with `value`.
    public func accepts(_ value: Bool, at version: KubernetesVersion) -> Bool {
        guard case .available(let step) = status(at: version) else { return false }
        return !step.locked || step.defaultValue == value
    }

    /// True when the planner may write the gate into a config for `version`: it exists and is not locked.
    public func isEmittable(at version: KubernetesVersion) -> Bool {
        guard case .available(let step) = status(at: version) else { return false }
        return !step.locked
    }
}
