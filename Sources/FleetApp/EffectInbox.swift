import FleetTUI
import Foundation
import Synchronization

/// Effects running off the key loop, and the messages they reported, waiting for the loop.
///
/// Effect threads post their reply here; the loop drains it between key presses, so a
/// slow save or export never delays a key. Effects on one lane run one at a time, in the
/// order they were started: a recovery copy written before a save is never written after
/// the save removed it.
final class EffectInbox: Sendable {
    /// A serial queue of effects.
    enum Lane: Sendable {
        /// Project files and recovery copies.
        case disk
        /// Building and writing the design bundle.
        case export
        /// Derived data (the lint of a large project).
        case derive
    }

    private struct Contents {
        var running = 0
        var replies: [Msg] = []
    }

    private let contents = Mutex(Contents())
    /// Signalled whenever an effect finishes, for ``waitForReply(until:)``.
    private let finished = DispatchSemaphore(value: 0)
    private let disk = DispatchQueue(label: "fleetplan.effects.disk", qos: .userInitiated)
    private let export = DispatchQueue(label: "fleetplan.effects.export", qos: .userInitiated)
    private let derive = DispatchQueue(label: "fleetplan.effects.derive", qos: .userInitiated)

    /// Runs `work` on the lane's thread; its reply (if any) waits here for ``drain()``.
    func start(on lane: Lane, _ work: @escaping @Sendable () -> Msg?) {
        contents.withLock { $0.running += 1 }
        let queue = switch lane {
        case .disk: disk
        case .export: export
        case .derive: derive
        }
        queue.async {
            let reply = work()
            self.contents.withLock {
                $0.running -= 1
                if let reply { $0.replies.append(reply) }
            }
            self.finished.signal()
        }
    }

    /// Blocks until some effect finishes (or `deadline`); returns at once if one finished
    /// since the last wait. For the tests' wait for idle, never on the key loop.
    func waitForReply(until deadline: ContinuousClock.Instant) {
        let remaining = ContinuousClock.now.duration(to: deadline)
        guard remaining > .zero else { return }
        let nanoseconds = remaining.components.seconds * 1_000_000_000 + remaining.components.attoseconds / 1_000_000_000
        _ = finished.wait(timeout: .now() + .nanoseconds(Int(min(nanoseconds, Int64(Int.max)))))
    }

    /// The replies so far, oldest first, removed from the inbox.
    func drain() -> [Msg] {
        contents.withLock {
            let replies = $0.replies
            $0.replies = []
            return replies
        }
    }

    /// True while an effect runs or a reply waits.
    var isBusy: Bool { contents.withLock { $0.running > 0 || !$0.replies.isEmpty } }

    /// True while an effect runs.
    var isRunning: Bool { contents.withLock { $0.running > 0 } }
}
