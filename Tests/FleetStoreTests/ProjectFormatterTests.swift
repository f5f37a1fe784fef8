import FleetModel
import Foundation
import Testing
@testable import FleetStore

/// `fleetplan fmt`: the canonical layout with the file's comments on the fields they belong to.
@Suite struct ProjectFormatterTests {
    static func format(_ text: String) throws -> ProjectFormatter.Result {
        let project = try #require(ProjectReader().read(Data(text.utf8), file: "x").project)
        let result = ProjectFormatter().format(text, project: project)
        #expect(ProjectReader().read(Data(result.text.utf8), file: "x").project == project, "formatting never changes the project")
        return result
    }

    @Test func theBlockStyleCorpusFileBecomesCanonicalWithEveryComment() throws {
        let path = PreservingWriterPropertyTests.corpus[0]
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let result = try Self.format(text)
        let project = try #require(ProjectReader().read(Data(text.utf8), file: "x").project)
        // The canonical layout, once the comments are taken out again.
        let stripped = result.text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") { return nil }
            guard let comment = line.range(of: "  #") else { return String(line) }
            return String(line[..<comment.lowerBound]).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }.joined(separator: "\n")
        #expect(stripped == ProjectWriter().text(for: project))
        for comment in ["# A hand-written project", "# What the platform must do.", "# The only profile.", "# the default",
                        "# the team is small", "# Shared services.", "# Development."] {
            #expect(result.text.contains(comment), "\(comment)")
        }
        #expect(result.dropped.isEmpty)
        // Each comment stays with its field.
        #expect(result.text.contains("  # What the platform must do.\n  requirements:"))
        #expect(result.text.split(separator: "\n").contains { $0.hasPrefix("      complexity: 6 ") && $0.hasSuffix(" # the team is small") })
        #expect(result.text.contains("      # Development.\n      - {name: dev,"))
        #expect(try Self.format(result.text).text == result.text, "formatting is idempotent")
    }

    @Test func theCanonicalExampleKeepsItsAlignedComments() throws {
        let text = try String(contentsOfFile: PreservingWriterTests.examplePath, encoding: .utf8)
        let result = try Self.format(text)
        let diff = PreservingWriterTests.changes(text, result.text)
        #expect(diff.removed.isEmpty && diff.added == ["      scheduling: spread"], "only the default the canonical layout writes: \(diff)")
    }

    @Test func aMovedListItemKeepsItsComment() throws {
        let text = """
            apiVersion: fleetplan/v1
            kind: Project
            metadata: {name: x}
            spec:
              kubernetesVersion: "1.34"
              profiles:
                - {name: general, node: {vcpu: 4, memoryGiB: 16}}
              topology:
                clusters:
                  # the one that pays the bills
                  - {name: prod, environment: prod, region: eu-west-1, profile: general, network: n}
                  - {name: mgmt, role: management, environment: shared, region: eu-west-1, profile: general, network: n}  # ops

            """
        let result = try Self.format(text)
        #expect(result.text.contains("# the one that pays the bills\n      - {name: prod,"))

        let mgmtLine = try #require(result.text.split(separator: "\n").first { $0.contains("name: mgmt") })
        #expect(mgmtLine.hasSuffix("# ops"))
    }

    @Test func aCommentWithoutAPlaceIsReported() throws {
        let text = """
            apiVersion: fleetplan/v1
            kind: Project
            metadata:
              name: x
              # to be written
              description: ""   # empty for now
            spec:
              kubernetesVersion: "1.34"
              profiles:
                - {name: general, node: {vcpu: 4, memoryGiB: 16}}

            """
        let result = try Self.format(text)
        #expect(result.dropped.map(\.line) == [5, 6], "\(result.dropped)")
        #expect(result.dropped.map(\.text) == ["# to be written", "# empty for now"])
    }
}
