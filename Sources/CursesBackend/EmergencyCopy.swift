import CursesShim

/// The recovery copy a fatal or terminating signal writes before the process ends.
///
/// The signal handlers (in the C shim) can only make async-signal-safe calls, so the copy
/// is prepared here in advance: whenever the project has unsaved changes the runtime arms
/// it with the bytes to write, and disarms it once nothing is unsaved. SIGTERM, SIGHUP,
/// SIGINT, SIGQUIT, the other terminating signals and the crash signals then write the
/// bytes to `PATH.partial`, rename it to `PATH`, restore the terminal and re-raise.
/// `kill -9` cannot be caught; the 30-second autosave covers it.
public enum EmergencyCopy {
    /// Arms the copy: `bytes` for `path` with permission bits `mode`. Returns `false` when
    /// memory ran out (nothing is armed then).
    @discardableResult
    public static func arm(path: String, bytes: [UInt8], mode: UInt32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            cs_emergency_copy_arm(path, buffer.baseAddress, buffer.count, mode) == 1
        }
    }

    /// Nothing is unsaved: a signal writes no copy.
    public static func disarm() {
        cs_emergency_copy_disarm()
    }
}
