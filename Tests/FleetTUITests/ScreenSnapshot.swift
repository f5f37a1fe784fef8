import Foundation
import Testing

/// Compares a rendered screen with a recorded text file under `Snapshots/`.
///
/// Re-record on purpose with `RECORD_SNAPSHOTS=1 swift test --filter <Suite>`; review
/// the diff before committing.
func expectSnapshot(_ rows: [String], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots/\(name).txt").path
    let text = rows.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let recorded = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "(no snapshot at \(path))"
    #expect(text == recorded, "screen differs from Snapshots/\(name).txt (RECORD_SNAPSHOTS=1 re-records)",
            sourceLocation: sourceLocation)
}
