import FleetModel
import FleetStore
import Foundation
import Testing

/// The Matrix pane in the built binary under tmux: change a weight, watch the ranking.
@Suite(.serialized) struct MatrixEndToEndTests {
    /// The platform on the first ranking bar (`│ 1  Nomad   ███…`).
    func rankedFirst(_ screen: String) -> String? {
        guard let match = screen.range(of: "│ 1  [A-Za-z][A-Za-z ]*[a-z] ", options: .regularExpression) else { return nil }
        return String(screen[match].dropFirst(5)).trimmingCharacters(in: .whitespaces)
    }

    @Test func raisingAWeightUpdatesTheRankingAndSaves() throws {
        let directory = try TmuxSession.temporaryDirectory()
        let path = directory.appendingPathComponent("demo.fleet.yaml").path
        let original = ProjectTemplate.minimal.project(named: "demo")
        try ProjectFile.save(original, to: path)
        let session = try TmuxSession(["demo.fleet.yaml"], width: 100, height: 30, directory: directory)
        let start = try session.waitFor("Requirements: demo")
        // The tab row names the Matrix pane's digit.
        let tab = try #require(start.range(of: "[0-9] Matrix", options: .regularExpression))
        session.send(String(start[tab].prefix(1)))
        let grid = try session.waitFor("Criterion +Weight")
        let first = try #require(rankedFirst(grid))
        #expect(grid.contains("▸Complexity"))

        let row = try #require(grid.range(of: "▸Complexity +[0-9]+", options: .regularExpression))
        let derived = try #require(Int(grid[row].split(separator: " ").last ?? ""))
        var weight = derived
        var screen = grid
        while rankedFirst(screen) == first, weight < 10 {
            session.send("+")
            weight += 1
            screen = try session.waitFor("Complexity weight \(weight)")
        }
        let now = try #require(rankedFirst(screen))
        #expect(now != first, "some Complexity weight changes the winner of the minimal template")
        #expect(screen.contains("Complexity weight \(weight): \(now) now ranks first"))
        #expect(screen.contains("▸Complexity    \(weight) (\(derived))"))

        session.send("C-s")
        try session.waitFor("saved demo.fleet.yaml")
        let saved = try ProjectFile.load(path).project
        #expect(saved.matrix.weights.count == 1)
        #expect(saved.matrix.weights[.complexity] == weight)
        var expected = original
        expected.matrix.weights = [.complexity: weight]
        #expect(saved == expected)
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }
}
