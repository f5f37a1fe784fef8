import FleetModel

/// The feature gates a profile asks for, split into those the target release accepts (and
/// the planner writes) and those it must leave out.
///
/// A gate is written only when it exists in the target release and is not locked to its
/// default; a gate Fleetplan does not know is never written, since a kubelet refuses to start
/// on an unknown gate. An option gate (`CPUManagerPolicyAlphaOptions`, …) is written only when
/// the configuration sets the field whose options it unlocks: alone it changes nothing. Rules
/// FP112 and FP121 report every gate left out and why.
public struct FeatureGateSelection: Sendable {
    /// Why a requested gate is not written.
    public enum Omission: Sendable, Equatable {
        case unknown
        case notYetAdded(firstMinor: Int)
        case removed(sinceMinor: Int)
        case locked(defaultValue: Bool)
        /// An option gate whose options field the configuration does not set.
        case noOption(FeatureGate.OptionField)
    }

    /// Gates written into `KubeletConfiguration.featureGates`, sorted by name.
    public var kubelet: [(name: String, value: Bool)]
    /// Gates written into kube-apiserver `--feature-gates`, sorted by name.
    public var apiServer: [(name: String, value: Bool)]
    /// Requested gates that are not written, sorted by name.
    public var omitted: [(name: String, value: Bool, why: Omission)]
    /// Written gates that are alpha or deprecated in the target release.
    public var immature: [(name: String, stage: FeatureGate.Stage)]

    /// Splits `requested` for `version`; `options` are the option fields the configuration sets.
    ///
    /// - Complexity: O(*r* × *g*) for *r* requested and *g* known gates.
    public init(requested: [String: Bool], version: KubernetesVersion, options: Set<FeatureGate.OptionField> = []) {
        var kubelet: [(String, Bool)] = []
        var apiServer: [(String, Bool)] = []
        var omitted: [(String, Bool, Omission)] = []
        var immature: [(String, FeatureGate.Stage)] = []
        for name in requested.keys.sorted() {
            let value = requested[name]!
            guard let gate = FeatureGateTable.gate(named: name) else {
                omitted.append((name, value, .unknown))
                continue
            }
            switch gate.status(at: version) {
            case .notYetAdded(let first):
                omitted.append((name, value, .notYetAdded(firstMinor: first)))
            case .removed(let since):
                omitted.append((name, value, .removed(sinceMinor: since)))
            case .available(let step) where step.locked:
                omitted.append((name, value, .locked(defaultValue: step.defaultValue)))
            case .available where gate.unlocks.map { !options.contains($0) } ?? false:
                omitted.append((name, value, .noOption(gate.unlocks!)))
            case .available(let step):
                if gate.components.contains(.kubelet) { kubelet.append((name, value)) }
                if gate.components.contains(.apiServer) { apiServer.append((name, value)) }
                if step.stage == .alpha || step.stage == .deprecated { immature.append((name, step.stage)) }
            }
        }
        self.kubelet = kubelet
        self.apiServer = apiServer
        self.omitted = omitted
        self.immature = immature
    }
}
