#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Tells a driver outside the process (the end-to-end tests, a benchmark) when the
/// workbench is idle: every key read has been handled, every background effect and every
/// derived computation has landed, and the frame on the terminal is the final one.
///
/// Enabled by `FLEETPLAN_IDLE_FILE=PATH`. The file is replaced atomically (written beside
/// it, then renamed) on every change between busy and idle:
///
///     busy 17
///
/// or
///
///     idle 17
///     <the frame's text, one line per row>
///
/// The number counts the reports. `busy` is written before the loop handles an input
/// event, so a screen that shows a key's effect was drawn after a `busy` report; the
/// `idle` report that follows carries the text of the frame drawn last, which a driver
/// compares with what the terminal shows to know that the terminal caught up too.
final class IdleReport {
    private let path: String
    private var sequence = 0
    private var idle: Bool?

    init?(environment: [String: String]) {
        guard let path = environment["FLEETPLAN_IDLE_FILE"], !path.isEmpty else { return nil }
        self.path = path
        // Numbers keep counting up when a later screen takes over the file (the problems screen,
        // then the workbench), so a driver never sees them go back.
        if let text = try? String(contentsOfFile: path, encoding: .utf8),
           let number = text.split(separator: "\n").first?.split(separator: " ").last.flatMap({ Int($0) }) {
            sequence = number
        }
    }

    /// Reports that work has started (no write when already busy).
    func busy() {
        guard idle != false else { return }
        idle = false
        write("busy \(next())\n")
    }

    /// Reports idle with the frame drawn last (`rows`); rewritten when the frame changed.
    func idle(frame rows: [String]) {
        let text = rows.joined(separator: "\n")
        guard idle != true || text != lastFrame else { return }
        idle = true
        lastFrame = text
        write("idle \(next())\n" + text + "\n")
    }

    private var lastFrame = ""

    private func next() -> Int {
        sequence += 1
        return sequence
    }

    private func write(_ text: String) {
        let temporary = path + ".tmp"
        guard let data = text.data(using: .utf8) else { return }
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        _ = rename(temporary, path)
    }
}
