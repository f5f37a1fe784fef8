import Foundation
import Testing

/// Every file of `Corpus/` is broken in one way; each must give its expected
/// `FILE:LINE:COLUMN` finding and exit 65, never a crash or a hang.
@Suite(.serialized) struct BrokenFileTests {
    static let corpus = CLI.packageRoot.appendingPathComponent("Tests/fleetplanTests/Corpus")

    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var expected: String
        var testDescription: String { file }
    }

    static let cases: [Case] = {
        let manifest = (try? String(contentsOf: corpus.appendingPathComponent("expected.txt"), encoding: .utf8)) ?? ""
        return manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return Case(file: parts[0], expected: parts.count > 1 ? parts[1] : "")
        }
    }()

    @Test func corpusIsLargeAndComplete() throws {
        #expect(Self.cases.count >= 30)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".fleet.yaml") }
        #expect(Set(files) == Set(Self.cases.map(\.file)), "every corpus file needs a line in expected.txt")
    }

    @Test(.timeLimit(.minutes(1)), arguments: cases)
    func brokenFileIsReportedWithItsLocation(_ item: Case) throws {
        let path = "Tests/fleetplanTests/Corpus/\(item.file)"
        let result = try CLI.run(["check", path])
        #expect(result.status == 65, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("\(path):\(item.expected)") }, "got:\n\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    @Test(.timeLimit(.minutes(1)))
    func fiftyMegabyteFileIsRefusedQuickly() throws {
        let directory = try CLI.temporaryDirectory()
        let path = directory.appendingPathComponent("huge.fleet.yaml")
        var text = "apiVersion: fleetplan/v1\nkind: Project\nmetadata:\n  name: huge\n  description: \""
        text += String(repeating: "x", count: 50 * 1024 * 1024)
        text += "\"\n"
        try text.write(to: path, atomically: false, encoding: .utf8)
        let result = try CLI.run(["check", "huge.fleet.yaml"], in: directory)
        #expect(result.status == 65)
        #expect(result.stdout.hasPrefix("huge.fleet.yaml:1:1: error FP007: the file is "))
        try FileManager.default.removeItem(at: directory)
    }

    @Test func everyProblemInOneRun() throws {
        let path = "Tests/fleetplanTests/Corpus/../Corpus/bad-enum.fleet.yaml"
        let result = try CLI.run(["check", path])
        #expect(result.stdout.split(separator: "\n").last?.hasSuffix("1 error, 0 warnings, 0 info") == true)
    }
}
