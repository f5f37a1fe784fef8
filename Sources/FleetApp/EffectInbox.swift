import FleetTUI
import Foundation
import Synchronization

/// Effects running off the key loop, and the messages they reported, waiting for the loop.
///
/// Effect threads post their reply here; the loop drains it between key presses, so a
/// slow save or export never delays a key.
final class EffectInbox: Sendable {
    private struct Contents {
        var running = 0
        var replies: [Msg] = []
    }

    private let contents = Mutex(Contents())

    /// Runs `work` on a background thread; its reply (if any) waits here for ``drain()``.
    func start(_ work: @escaping @Sendable () -> Msg?) {
        contents.withLock { $0.running += 1 }
        DispatchQueue.global(qos: .userInitiated).async {
            let reply = work()
            self.contents.withLock {
                $0.running -= 1
                if let reply { $0.replies.append(reply) }
            }
        }
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
