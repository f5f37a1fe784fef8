import FleetModel
import Testing
@testable import FleetEngine

/// A deterministic pseudo-random generator (SplitMix64), so every run checks the same cases.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct SensitivityPropertyTests {
    static func randomProject(_ rng: inout SplitMix64) -> Project {
        var project = ProjectTemplate.multiRegion.project(named: "random")
        let regions = ["eu-west-1", "us-east-1", "ap-south-1"]
        project.requirements = Requirements(
            environments: ["dev", "prod"],
            regions: Array(regions.prefix(Int.random(in: 1...3, using: &rng))),
            zonesPerRegion: 3,
            multiCloud: Int.random(in: 0..<5, using: &rng) == 0,
            onPremises: Int.random(in: 0..<5, using: &rng) == 0,
            currentPlatform: Bool.random(using: &rng) ? PlatformID.allCases.randomElement(using: &rng) : nil,
            teamExperience: TeamExperience.allCases.randomElement(using: &rng)!,
            workloads: WorkloadKind.allCases.filter { _ in Bool.random(using: &rng) },
            gpu: Int.random(in: 0..<6, using: &rng) == 0,
            windows: Int.random(in: 0..<6, using: &rng) == 0,
            mtlsRequired: Bool.random(using: &rng),
            expectedNodes: [10, 120, 400, 1500, 6000, 12_000].randomElement(using: &rng)!,
            expectedServices: [20, 150, 600].randomElement(using: &rng)!
        )
        var weights: [Criterion: Int] = [:]
        for criterion in Criterion.allCases where Int.random(in: 0..<3, using: &rng) > 0 {
            // Small weights make ties and zero totals common.
            weights[criterion] = Bool.random(using: &rng) ? Int.random(in: 0...2, using: &rng) : Int.random(in: 0...10, using: &rng)
        }
        var overrides: [ScoreOverride] = []
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
            overrides.append(ScoreOverride(
                platform: PlatformID.allCases.randomElement(using: &rng)!,
                criterion: Criterion.allCases.randomElement(using: &rng)!,
                score: Int.random(in: 1...5, using: &rng), note: "random"))
        }
        project.matrix = Matrix(weights: weights, overrides: overrides)
        return project
    }

    static func winner(_ project: Project, _ criterion: Criterion, _ weight: Int, _ catalog: Catalog) -> PlatformID? {
        var changed = project
        changed.matrix.weights[criterion] = weight
        return MatrixEvaluation.evaluate(changed, catalog: catalog).winner
    }

    @Test func reportedFlipsAreExactAndNearest() throws {
        let catalog = try MatrixFixtures.bundled()
        var rng = SplitMix64(state: 20_261_123)
        var checkedFlips = 0
        var checkedNulls = 0
        for _ in 0..<400 {
            let project = Self.randomProject(&rng)
            let evaluation = MatrixEvaluation.evaluate(project, catalog: catalog)
            let sensitivity = Sensitivity.analyse(evaluation)
            guard let current = evaluation.winner else {
                #expect(sensitivity.isEmpty)
                continue
            }
            for entry in sensitivity {
                let w0 = entry.currentWeight
                #expect(w0 == evaluation.weights[entry.criterion])
                for (flip, range) in [(entry.increase, Array(stride(from: w0 + 1, through: 10, by: 1))),
                                      (entry.decrease, Array(stride(from: w0 - 1, through: 0, by: -1)))] {
                    if let flip {
                        // Setting the weight to the flip makes the new winner win …
                        #expect(Self.winner(project, entry.criterion, flip.weight, catalog) == flip.newWinner)
                        #expect(flip.newWinner != current)
                        // … and every weight strictly between keeps the current winner.
                        for weight in range.prefix(while: { $0 != flip.weight }) {
                            #expect(Self.winner(project, entry.criterion, weight, catalog) == current,
                                    "\(entry.criterion) at \(weight) should keep \(current)")
                        }
                        checkedFlips += 1
                    } else {
                        for weight in range {
                            #expect(Self.winner(project, entry.criterion, weight, catalog) == current,
                                    "\(entry.criterion) at \(weight) should keep \(current)")
                        }
                        checkedNulls += 1
                    }
                }
                // The reported flip is the nearer side.
                if let flip = entry.flipAt {
                    let distance = abs(flip - w0)
                    for weight in 0...10 where abs(weight - w0) < distance {
                        #expect(Self.winner(project, entry.criterion, weight, catalog) == current)
                    }
                }
            }
        }
        // The generator must exercise both outcomes, or the property says nothing.
        #expect(checkedFlips > 200)
        #expect(checkedNulls > 200)
    }
}
