import Foundation
import FleetModel
import Testing
@testable import FleetStore

/// The generated parts of the documentation stay current. Re-record with `RECORD_SNAPSHOTS=1 swift test`.
@Suite struct DocumentationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let begin = "<!-- BEGIN GENERATED: field reference -->\n"
    static let end = "<!-- END GENERATED -->"

    @Test func fileFormatReferenceIsCurrent() throws {
        let url = Self.root.appendingPathComponent("docs/file-format.md")
        let document = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(document.range(of: Self.begin))
        let stop = try #require(document.range(of: Self.end))
        let generated = SchemaReference.markdown()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try (String(document[..<start.upperBound]) + generated + String(document[stop.lowerBound...]))
                .write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(document[start.upperBound..<stop.lowerBound]) == generated,
                "docs/file-format.md is out of date: run RECORD_SNAPSHOTS=1 swift test --filter DocumentationTests")
    }

    /// Every integer range the schema (and so the docs and JSON Schema) states is the one the reader enforces.
    @Test func integerRangesMatchValidation() throws {
        let base = ProjectWriter().text(for: ProjectTemplate.multiRegion.project(named: "demo"))
        let fields: [(String, String, ClosedRange<Int>)] = [
            ("    zonesPerRegion: 3\n", "zonesPerRegion", 1...6),
            ("      maxPodsPerNode: 110\n", "maxPodsPerNode", 1...1024),
            ("      podCIDRMaskSize: 24\n", "podCIDRMaskSize", 16...28),
            ("      headroomPercent: 20\n", "headroomPercent", 0...90),
            ("      node: {vcpu: 8, memoryGiB: 32}\n", "vcpu", 1...1024),
        ]
        for (line, key, range) in fields {
            let schemaRange = try #require(Self.integerRange(of: key), "\(key) has no integer range in the schema")
            #expect(schemaRange == range)
            for (value, valid) in [(range.lowerBound, true), (range.upperBound, true), (range.lowerBound - 1, false), (range.upperBound + 1, false)] {
                let replaced = line.contains("vcpu") ? line.replacingOccurrences(of: "vcpu: 8", with: "vcpu: \(value)")
                    : line.replacing(#/: \d+/#, with: ": \(value)")
                let result = ProjectReader().read(Data(base.replacingOccurrences(of: line, with: replaced).utf8), file: "t")
                #expect((result.project != nil) == valid, "\(key) = \(value)")
            }
        }
    }

    static func integerRange(of key: String, in type: SchemaType = ProjectSchema.document) -> ClosedRange<Int>? {
        switch type {
        case .object(let fields):
            for field in fields {
                if field.name == key, case .integer(let range) = field.type { return range }
                if let found = integerRange(of: key, in: field.type) { return found }
            }
            return nil
        case .list(let item): return integerRange(of: key, in: item)
        default: return nil
        }
    }
}
