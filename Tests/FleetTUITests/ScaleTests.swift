import FleetEngine
import FleetModel
import Foundation
import Testing
import TerminalCore
@testable import FleetTUI

/// A project the size of a large fleet: `clusters` workload clusters over `profiles`
/// profiles (the shape of `scripts/generate-large-project.py`, built in memory).
func largeProject(clusters: Int = 2000, profiles: Int = 200) -> Project {
    var project = ProjectTemplate.minimal.project(named: "large")
    let profile = project.profiles[0]
    project.profiles = (0..<profiles).map { index in
        var copy = profile
        copy.name = "profile-\(index)"
        copy.node.vcpu = [4, 8, 16, 32][index % 4]
        return copy
    }
    let cluster = project.topology.clusters[0]
    let environments = project.requirements.environments
    project.topology.clusters = (0..<clusters).map { index in
        var copy = cluster
        copy.name = "c-\(index)"
        copy.environment = environments[index % environments.count]
        copy.profile = "profile-\(index % profiles)"
        return copy
    }
    return project
}

/// Seconds `body` takes, the best of `runs`.
func seconds(runs: Int = 3, _ body: () -> Void) -> Double {
    (0..<runs).map { _ in
        let start = ContinuousClock.now
        body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }.min()!
}

@Suite struct ScaleTests {
    @Test func theGeneratedProjectIsLargeAndValid() {
        let project = largeProject()
        #expect(project.topology.clusters.count == 2000)
        #expect(project.profiles.count == 200)
        #expect(!project.validate().hasErrors)
    }

    /// Frames only read cached findings: drawing twice more costs no lint.
    @Test func framesDoNotRecomputeFindings() {
        var s = state(largeProject())
        _ = render(s)
        #expect(s.derived.contains("findings", for: s.project))
        let lint = seconds(runs: 1) { _ = Lint.findings(for: s.project) }
        let frame = seconds { _ = render(s) }
        print("2,000 clusters: lint \(Int(lint * 1000)) ms, cached frame \(Int(frame * 1000)) ms")
        // A frame with the findings cached is far cheaper than one lint.
        #expect(frame < lint)
        press(&s, "j")
        #expect(s.derived.contains("findings", for: s.project))
    }

    /// Moving the selection does not change the project, so it never recomputes the findings.
    @Test func movingCostsTheSameOnALargeProject() {
        var small = state()
        var large = state(largeProject())
        _ = render(small)
        _ = render(large)
        let smallMove = seconds(runs: 5) { press(&small, "j"); _ = render(small); press(&small, "k"); _ = render(small) }
        let largeMove = seconds(runs: 5) { press(&large, "j"); _ = render(large); press(&large, "k"); _ = render(large) }
        print("move + frame: small \(smallMove * 500) ms, large \(largeMove * 500) ms")
        #expect(largeMove < smallMove * 3 + 0.002)
    }

    @Test func clusterCountsAreCountedOncePerProject() {
        var s = state(largeProject())
        #expect(s.clusterCountsByProfile["profile-7"] == 10)
        #expect(s.derived.contains("clusters.byProfile", for: s.project))
        var edited = s.project
        edited.topology.clusters[7].profile = "profile-8"
        s.apply(edited, label: "move c-7")
        #expect(s.clusterCountsByProfile["profile-7"] == 9)
        #expect(s.clusterCountsByProfile["profile-8"] == 11)
    }

    @Test func undoOfALargeProjectSharesStorage() {
        var s = state(largeProject())
        for n in 0..<250 {
            var edited = s.project
            edited.requirements.expectedServices = n
            s.apply(edited, label: "services \(n)")
        }
        #expect(s.history.undoStack.count == 200)
        press(&s, "u")
        #expect(s.project.requirements.expectedServices == 248)
    }
}
