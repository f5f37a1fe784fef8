import FleetEngine
import FleetModel
import Testing
@testable import FleetTUI

/// A weight change on a project whose ranking is computed off the key loop: the message
/// never names a winner from before the change, and names the new one once it lands.
@Suite struct MatrixDeferredReportTests {
    /// Raises the Complexity weight step by step, landing each ranking as the runtime would.
    @Test func theFlipIsReportedWhenTheRankingLands() throws {
        var s = matrixState(ProjectTemplate.minimal.project(named: "demo"))
        _ = s.matrixDerived   // the first ranking, computed in place
        // Every later ranking takes longer than the budget, so it is computed off the loop.
        let first = try #require(s.matrixDerived.evaluation?.winner)
        s.deferDerivedData(over: -1)
        _ = s.matrixDerived
        var flipped: PlatformID?
        for _ in 0..<10 {
            press(&s, "+")
            let weight = s.project.matrix.weights[.complexity] ?? 0
            #expect(s.message?.text == "Complexity weight \(weight)", "no winner is named before the ranking lands")
            #expect(s.derived.hasPending)
            s.derived.computePending()
            _ = reduce(&s, .derivedDataUpdated)
            let winner = try #require(s.matrixDerived.evaluation?.winner)
            if winner != (flipped ?? first) {
                #expect(s.message?.text == "Complexity weight \(weight): \(winner.displayName) now ranks first")
                flipped = winner
                break
            }
            #expect(s.message?.text == "Complexity weight \(weight)")
        }
        #expect(flipped != nil, "some Complexity weight changes the winner of the minimal template")
    }
}
