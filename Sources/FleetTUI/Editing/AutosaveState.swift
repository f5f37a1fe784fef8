/// When the recovery copy of the project is written, and whether one is on disk.
///
/// The runtime sends ``Msg/tick(seconds:)`` about once a second. The first tick after an
/// unsaved change starts the clock; once `interval` seconds of unsaved changes have
/// passed, the reducer asks for the recovery copy (``Effect/writeRecovery(_:path:)``).
/// A successful save, or quitting without saving, removes it.
public struct AutosaveState: Sendable, Equatable {
    /// Seconds of unsaved changes before the recovery copy is written (30 by default;
    /// `FLEETPLAN_AUTOSAVE_SECONDS` sets it).
    public var interval: Double
    /// The runtime's clock at the last tick.
    public var lastTick: Double?
    /// When the changes not yet in the recovery copy began (the tick time), if any.
    public var pendingSince: Double?
    /// True while a recovery copy written by this session is on disk.
    public var recoveryOnDisk: Bool

    public init(interval: Double = 30) {
        self.interval = max(0, interval)
        self.lastTick = nil
        self.pendingSince = nil
        self.recoveryOnDisk = false
    }

    /// Notes that the project changed (the recovery copy is now behind).
    mutating func noteChange() {
        if pendingSince == nil { pendingSince = lastTick ?? 0 }
    }
}
