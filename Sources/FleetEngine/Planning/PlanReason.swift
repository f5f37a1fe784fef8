/// Why a planned setting has its value, and the upstream fact it rests on.
///
/// `path` names the setting inside the plan: `kubelet.maxPods`,
/// `apiServer.--max-requests-inflight`, `capacity.podsPerNode`, `istio.sidecar.concurrency`.
public struct PlanReason: Sendable, Equatable {
    /// The setting the reason explains.
    public var path: String
    /// Why the value was chosen, in a sentence.
    public var reason: String
    /// The fact the value rests on; `nil` for Fleetplan's own planning rules (documented in
    /// `docs/tuning.md` and `docs/capacity.md`).
    public var source: PlanSource?

    public init(_ path: String, _ reason: String, source: PlanSource? = nil) {
        self.path = path
        self.reason = reason
        self.source = source
    }
}

/// A component's emitted configuration and the reasons for its values.
public struct TunedComponent: Sendable, Equatable {
    /// The emitted configuration (a map).
    public var value: ConfigValue
    /// The reasons for its values, in emission order.
    public var reasons: [PlanReason]

    public init(value: ConfigValue, reasons: [PlanReason]) {
        self.value = value
        self.reasons = reasons
    }
}

/// Builds an ordered map and its reasons together, so a value is never added without one.
struct TunedMapBuilder {
    let component: String
    private(set) var entries: [ConfigEntry] = []
    private(set) var reasons: [PlanReason] = []

    init(component: String) {
        self.component = component
    }

    /// Adds a key without a reason (type metadata such as `apiVersion`).
    mutating func add(_ key: String, _ value: ConfigValue) {
        entries.append(ConfigEntry(key, value))
    }

    /// Adds a key with the reason for its value.
    mutating func add(_ key: String, _ value: ConfigValue, _ reason: String, source: PlanSource? = nil) {
        entries.append(ConfigEntry(key, value))
        reasons.append(PlanReason("\(component).\(key)", reason, source: source))
    }

    /// Adds a reason for a nested path without adding a key.
    mutating func explain(_ subpath: String, _ reason: String, source: PlanSource? = nil) {
        reasons.append(PlanReason("\(component).\(subpath)", reason, source: source))
    }

    var tuned: TunedComponent { TunedComponent(value: .map(entries), reasons: reasons) }
}
