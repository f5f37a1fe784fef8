import FleetEngine
import FleetModel
import Synchronization

/// Memoized derived data (findings, plans, the matrix evaluation) of one project value.
///
/// Views are pure functions of ``AppState`` and run on every frame; what they derive from
/// the project is computed once per project change, not once per frame. The cache is
/// keyed by the project value itself: a lookup compares the stored project with the
/// asked one (array storage shared between the two makes that cheap), so a copy of the
/// state that edits its project never sees the other copy's values. It is invisible to
/// `==` and holds nothing that is not a function of the project.
public final class DerivedCache: Sendable, Equatable {
    private struct Slot: @unchecked Sendable {
        // `Any` holds only the `Sendable` values passed to `value(_:for:compute:)`.
        var project: Project
        var value: Any
    }

    private let slots = Mutex<[String: Slot]>([:])

    public init() {}

    /// The value stored under `key` for `project`, computed (and stored) when missing or stale.
    ///
    /// - Complexity: O(1) plus a project comparison on a hit; `compute`'s cost on a miss.
    public func value<Value: Sendable>(_ key: String, for project: Project, compute: (Project) -> Value) -> Value {
        if let hit = slots.withLock({ $0[key] }), let value = hit.value as? Value, hit.project == project {
            return value
        }
        let value = compute(project)
        slots.withLock { $0[key] = Slot(project: project, value: value) }
        return value
    }

    /// Stores a value computed elsewhere (e.g. off the key loop) for `project`.
    public func store<Value: Sendable>(_ value: Value, key: String, for project: Project) {
        slots.withLock { $0[key] = Slot(project: project, value: value) }
    }

    /// True when `key` holds a value for exactly `project`.
    public func contains(_ key: String, for project: Project) -> Bool {
        slots.withLock { $0[key] }.map { $0.project == project } ?? false
    }

    /// Caches never make two states differ.
    public static func == (lhs: DerivedCache, rhs: DerivedCache) -> Bool { true }
}
