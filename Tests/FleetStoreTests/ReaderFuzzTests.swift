import FleetModel
import Foundation
import Testing
@testable import FleetStore

/// The reader's fuzz harness, run in CI for a bounded number of inputs, and the corpus of
/// inputs fuzzing found (libFuzzer's `scripts/fuzz-reader.sh` or this harness) replayed as
/// regression tests. Every input: no crash, under a second, and an accepted project reads
/// back the same after a save.
@Suite struct ReaderFuzzTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let regressions = root.appendingPathComponent("Tests/FleetStoreTests/FuzzCorpus")

    static func files(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "expected.txt" }.sorted().map { directory.appendingPathComponent($0) }
    }

    static var seeds: [[UInt8]] {
        (files(in: root.appendingPathComponent("docs/examples")).filter { $0.path.hasSuffix(".fleet.yaml") }
            + files(in: root.appendingPathComponent("Tests/fleetplanTests/Corpus"))
            + files(in: regressions))
            .compactMap { try? [UInt8](Data(contentsOf: $0)) }
    }

    /// The property; returns what went wrong, or `nil`.
    static func problem(with bytes: [UInt8]) -> String? {
        let start = ContinuousClock.now
        let result = ProjectReader().read(Data(bytes), file: "fuzz.fleet.yaml")
        if let project = result.project {
            let text = ProjectWriter().text(for: project)
            if ProjectReader().read(Data(text.utf8), file: "fuzz.fleet.yaml").project != project {
                return "an accepted project does not read back the same after a save"
            }
        }
        let elapsed = ContinuousClock.now - start
        return elapsed > .seconds(1) ? "took \(elapsed)" : nil
    }

    @Test func everyRegressionInputHolds() throws {
        for file in Self.files(in: Self.regressions) {
            let bytes = try [UInt8](Data(contentsOf: file))
            #expect(Self.problem(with: bytes) == nil, "\(file.lastPathComponent)")
        }
    }

    /// `FLEETPLAN_FUZZ_INPUTS` sets the count (CI: the default); a failing input is saved to
    /// the regression corpus so it is replayed from then on.
    @Test(.timeLimit(.minutes(5))) func mutatedInputsHold() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["FLEETPLAN_FUZZ_INPUTS"].flatMap(Int.init) ?? 10_000
        let seed = environment["FLEETPLAN_FUZZ_SEED"].flatMap(UInt64.init) ?? 12
        let seeds = Self.seeds
        try #require(seeds.count >= 30)
        var mutator = ReaderMutator(seed: seed)
        var input = seeds[0]
        for index in 0..<count {
            if index % 8 == 0 { input = seeds[mutator.below(seeds.count)] }
            input = mutator.mutate(input, other: seeds[mutator.below(seeds.count)])
            if input.count > 65536 { input = Array(input.prefix(65536)) }
            if let problem = Self.problem(with: input) {
                let name = "found-\(seed)-\(index).fleet.yaml"
                try Data(input).write(to: Self.regressions.appendingPathComponent(name))
                Issue.record("input \(index) (seed \(seed)): \(problem); saved as FuzzCorpus/\(name)")
                return
            }
        }
    }
}
