import Foundation
import Testing

/// Compares `text` with the golden file `Golden/<name>` next to this file.
///
/// A missing golden file, or any run with `RECORD_SNAPSHOTS=1`, writes the file and fails
/// the test once, so a new baseline is always recorded on purpose and reviewed in the diff.
func expectSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            Issue.record("Recorded a new baseline at \(url.path); check it and run again", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Cannot write the baseline \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    if expected == text { return }
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = text.split(separator: "\n", omittingEmptySubsequences: false)
    var diff: [String] = []
    for line in 0..<max(want.count, got.count) where want[safe: line] != got[safe: line] {
        diff.append("line \(line + 1):\n- \(want[safe: line] ?? "<none>")\n+ \(got[safe: line] ?? "<none>")")
        if diff.count == 8 { break }
    }
    Issue.record("\(name) differs from its golden file (RECORD_SNAPSHOTS=1 re-records):\n\(diff.joined(separator: "\n"))",
                 sourceLocation: sourceLocation)
}

extension Array {
    subscript(safe position: Int) -> Element? {
        indices.contains(position) ? self[position] : nil
    }
}
