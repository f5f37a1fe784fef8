import Foundation
import Testing

/// Compares text with a committed file; `RECORD_SNAPSHOTS=1` rewrites the file instead.
enum MatrixSnapshot {
    /// The repository root, found from this source file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Checks `text` against `relativePath` (from the repository root).
    static func check(_ text: String, at relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = root.appendingPathComponent(relativePath)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let recorded = try? String(contentsOf: url, encoding: .utf8)
        #expect(recorded == text, "\(relativePath) is out of date; run with RECORD_SNAPSHOTS=1 to regenerate", sourceLocation: sourceLocation)
    }
}
