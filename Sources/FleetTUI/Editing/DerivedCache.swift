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
///
/// With a `budget`, a value whose last computation took longer than the budget is not
/// recomputed on the key loop: the lookup returns the previous project's value and
/// queues the computation, which the runtime runs on another thread
/// (``computePending()``) before it sends `Msg.derivedDataUpdated`. The default budget
/// (infinite) always computes in place, which keeps tests deterministic.
public final class DerivedCache: Sendable, Equatable {
    private struct Slot: @unchecked Sendable {
        // `Any` holds only the `Sendable` values passed to `value(_:for:compute:)`.
        var project: Project
        var value: Any
        var seconds: Double
    }

    private struct Pending: @unchecked Sendable {
        var project: Project
        var compute: @Sendable (Project) -> Any
    }

    private struct Storage {
        var slots: [String: Slot] = [:]
        var pending: [String: Pending] = [:]
    }

    private let storage = Mutex(Storage())
    /// Seconds a computation may take on the key loop before it moves off it.
    public let budget: Double

    public init(budget: Double = .infinity) {
        self.budget = budget
    }

    /// The value stored under `key` for `project`, computed (and stored) when missing or stale.
    ///
    /// - Complexity: O(1) plus a project comparison on a hit; `compute`'s cost on a miss,
    ///   or O(1) when the computation is over budget and queued.
    public func value<Value: Sendable>(_ key: String, for project: Project,
                                       compute: @escaping @Sendable (Project) -> Value) -> Value {
        let slot = storage.withLock { $0.slots[key] }
        if let slot, let value = slot.value as? Value {
            if slot.project == project { return value }
            if slot.seconds > budget {
                storage.withLock { $0.pending[key] = Pending(project: project, compute: compute) }
                return value
            }
        }
        let start = ContinuousClock.now
        let value = compute(project)
        store(value, key: key, for: project, seconds: Self.seconds(since: start))
        return value
    }

    /// True when `key` holds a value for exactly `project`.
    public func contains(_ key: String, for project: Project) -> Bool {
        storage.withLock { $0.slots[key] }.map { $0.project == project } ?? false
    }

    /// True when a lookup returned an older value and queued the computation.
    public var hasPending: Bool { storage.withLock { !$0.pending.isEmpty } }

    /// Runs the queued computations (on any thread) and stores their values.
    ///
    /// - Returns: the keys computed.
    @discardableResult
    public func computePending() -> [String] {
        let pending = storage.withLock { storage in
            defer { storage.pending = [:] }
            return storage.pending
        }
        for (key, job) in pending.sorted(by: { $0.key < $1.key }) {
            let start = ContinuousClock.now
            let value = job.compute(job.project)
            store(value, key: key, for: job.project, seconds: Self.seconds(since: start))
        }
        return pending.keys.sorted()
    }

    private func store(_ value: Any, key: String, for project: Project, seconds: Double) {
        storage.withLock { $0.slots[key] = Slot(project: project, value: value, seconds: seconds) }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Caches never make two states differ.
    public static func == (lhs: DerivedCache, rhs: DerivedCache) -> Bool { true }
}
