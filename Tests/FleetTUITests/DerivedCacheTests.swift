import FleetEngine
import FleetModel
import Testing
@testable import FleetTUI

@Suite struct DerivedCacheTests {
    @Test func overBudgetValuesAreServedStaleAndComputedLater() {
        let cache = DerivedCache(budget: 0)
        let broken = brokenProject()
        let clean = cleanProject()
        let first = cache.value("findings", for: broken, compute: Lint.findings(for:))
        #expect(first == Lint.findings(for: broken))
        #expect(!cache.hasPending)
        // The first computation took more than 0 s: the next project's value is queued.
        #expect(cache.value("findings", for: clean, compute: Lint.findings(for:)) == first)
        #expect(cache.hasPending)
        #expect(!cache.contains("findings", for: clean))
        #expect(cache.computePending() == ["findings"])
        #expect(cache.contains("findings", for: clean))
        #expect(cache.value("findings", for: clean, compute: Lint.findings(for:)) == Lint.findings(for: clean))
    }

    @Test func withoutABudgetEveryValueIsComputedInPlace() {
        let cache = DerivedCache()
        _ = cache.value("findings", for: brokenProject(), compute: Lint.findings(for:))
        #expect(cache.value("findings", for: cleanProject(), compute: Lint.findings(for:)).isEmpty)
        #expect(!cache.hasPending)
    }

    @Test func derivedDataUpdatedKeepsSelectionsInRange() {
        var s = state(brokenProject())
        s.focus = .findings
        s.selectedFinding = 50
        _ = reduce(&s, .derivedDataUpdated)
        #expect(s.selectedFinding == s.findings.count - 1)
    }
}
