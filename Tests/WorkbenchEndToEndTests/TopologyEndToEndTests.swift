import FleetModel
import FleetStore
import Foundation
import Testing

extension WorkbenchEndToEndTests {
    /// The digit of the Topology tab, read from the tab row (it moves as panes are added).
    func topologyDigit(in screen: String) throws -> String {
        let match = try #require(screen.firstMatch(of: /(\d) Topology/))
        return String(match.1)
    }

    @Test func addAClusterAndSeeItInTheDiagram() throws {
        let (session, path) = try demoSession()
        session.send(try topologyDigit(in: try session.waitFor("[0-9] Topology")))
        try session.waitFor("Topology: 3 cluster\\(s\\) in 1 region\\(s\\)", timeout: 20)
        try session.waitFor("╔═ eu-west-1 ═", timeout: 20)
        session.send("a", "C-u")
        session.type("edge")
        session.send("Tab", "Tab", "C-u")
        session.type("eu-central-1")
        session.send("Enter")
        try session.waitFor("added edge in eu-central-1", timeout: 20)
        let screen = try session.waitFor("╔═ eu-central-1 \\(not requi", timeout: 20)   // the new region's box, cut at the window
        #expect(screen.contains("│ edge "))                                // the cluster's box inside it
        #expect(screen.contains("! FP317 "))
        session.send("C-s")
        try session.waitFor("saved demo.fleet.yaml", timeout: 20)
        let saved = try ProjectFile.load(path).project
        #expect(saved.topology.cluster(named: "edge")?.region == "eu-central-1")
        #expect(saved.topology.cluster(named: "edge")?.network == "net-eu-central-1")
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }

    @Test func editAClustersWorkloadAndSeeTheFleetTotalChange() throws {
        let (session, path) = try demoSession(width: 120, height: 40)
        session.send(try topologyDigit(in: try session.waitFor("[0-9] Topology")))
        // dev runs a quarter of the profile's 200 pods on 3 nodes; prod 12, mgmt 3.
        try session.waitFor("fleet 18 nodes, 144 vCPU, 576 GiB, 280 pods")
        session.send("j", "j")
        try session.waitFor("50 pods \\(own: 25%\\), 2 nodes required, 3 planned")
        session.send("Enter")
        try session.waitFor("Edit cluster")
        // Tab from the name to the workload percent (the twelfth field), replace it with 50.
        for _ in 0..<11 { session.send("Tab") }
        session.send("C-u")
        session.type("50")
        session.send("Enter")
        try session.waitFor("updated dev")
        let screen = try session.waitFor("fleet 21 nodes, 168 vCPU, 672 GiB, 330 pods")
        #expect(screen.contains("100 pods (own: 50%), 4 nodes required, 6 planned"))
        session.send("C-s")
        try session.waitFor("saved demo.fleet.yaml")
        let saved = try ProjectFile.load(path).project
        #expect(saved.topology.cluster(named: "dev")?.workload == ClusterWorkload(percent: 50))
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }
}
