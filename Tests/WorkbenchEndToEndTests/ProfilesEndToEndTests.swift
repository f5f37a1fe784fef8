#if canImport(Glibc)
import Glibc
#endif
import FleetModel
import FleetStore
import Foundation
import Testing

/// The Profiles pane in the built binary under tmux: edit a profile field, see the derived
/// capacity follow, save.
@Suite(.serialized) struct ProfilesEndToEndTests {
    /// The minimal template's `general` profile is an AWS node of 8 vCPU / 32 GiB running 200
    /// pods of 250m / 512Mi with 20 % headroom over 3 zones, DaemonSets 200m / 256Mi.
    ///
    /// At 8 vCPU, EKS keeps 90m CPU (6 % + 1 % + 2 × 0.5 % + 4 × 0.25 % of a core): (8000 − 90 − 200) ÷ 250
    /// = 30 pods, limited by CPU; ⌈200 × 1.2 ÷ 30⌉ = 8 nodes. At 16 vCPU it keeps 110m: CPU allows
    /// (16000 − 110 − 200) ÷ 250 = 62 pods, memory (32768 − 1465 − 100 − 256)Mi ÷ 512Mi = 60,
    /// so 60 pods limited by memory, ⌈200 × 1.2 ÷ 60⌉ = 4 nodes, 5 after a node loss and
    /// ⌈4 ÷ 2⌉ × 3 = 6 after a zone loss.
    @Test func editVCPUAndSeeTheCapacityFollow() throws {
        let directory = try TmuxSession.temporaryDirectory()
        let path = directory.appendingPathComponent("demo.fleet.yaml").path
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "demo"), to: path)
        let session = try TmuxSession(["demo.fleet.yaml"], width: 120, height: 40, directory: directory)
        try session.waitFor("Requirements: demo")
        session.send("2")
        try session.waitFor("Derived: general")
        try session.waitFor("pods per node +30, limited by CPU")
        try session.waitFor("nodes required +8 ")
        session.send("]", "Enter", "C-u")
        session.type("16")
        session.send("Enter")
        try session.waitFor("Node vCPU +16  \\(1…1024\\)")
        try session.waitFor("pods per node +60, limited by memory")
        try session.waitFor("nodes required +4 ")
        try session.waitFor("after node loss +5 ")
        try session.waitFor("after zone loss +6 ")
        try session.waitFor("CPU +[^\\n]*·")
        session.send("C-s")
        try session.waitFor("saved demo.fleet.yaml")
        #expect(try ProjectFile.load(path).project.profiles[0].node.vcpu == 16)
        session.send("]", "j", "w")
        try session.waitFor("Why: Capacity pods per node")
        try session.waitFor("Source: CAP-21")
        session.send("Escape")
        try session.waitFor("DaemonSet memory  256Mi +--max-requests-inflight")   // a row the dialog covered
        #expect(!session.screen().contains("Why: Capacity"))
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }
    /// Choosing an instance type as a person would: open the picker on the form, narrow it
    /// by name, pick; the form, the derived capacity and the saved file follow. The minimal
    /// template's clusters run in eu-west-1, where the catalog lists no m6i price, so the
    /// status line names the region the price comes from.
    @Test func pickAnInstanceTypeAndSaveIt() throws {
        let directory = try TmuxSession.temporaryDirectory()
        let path = directory.appendingPathComponent("demo.fleet.yaml").path
        try ProjectFile.save(ProjectTemplate.minimal.project(named: "demo"), to: path)
        let session = try TmuxSession(["demo.fleet.yaml"], width: 120, height: 40, directory: directory)
        try session.waitFor("Requirements: demo")
        session.send("2", "]")
        try session.waitFor("▸ Profile general")
        session.send("j", "j", "j", "j", "Enter")
        try session.waitFor("Instance type for general")
        try session.waitFor("none \\(typed shape\\)")
        session.type("m6i.4x")
        try session.waitFor("1 type ")
        try session.waitFor("m6i\\.4xlarge +aws +16 +64 +234/234 +0\\.768 us-east-1")
        session.send("Enter")
        try session.waitFor("m6i\\.4xlarge: 16 vCPU, 64 GiB; VPC CNI allows 234 pods per node; USD 0\\.768/h in us-east-1")
        try session.waitFor("Instance type +m6i\\.4xlarge")
        try session.waitFor("Node vCPU +16 ")
        #expect(!session.screen().contains("Instance type for general"))
        // The shape comes from the type now: editing it is refused with the reason.
        session.send("g", "Enter")
        try session.waitFor("Node vCPU comes from instance type m6i\\.4xlarge")
        session.send("C-s")
        try session.waitFor("saved demo.fleet.yaml")
        #expect(try ProjectFile.load(path).project.profiles[0].instanceType == "m6i.4xlarge")
        // The file names the type and no shape: the catalog gives it (docs/format.md).
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("instanceType: m6i.4xlarge"))
        #expect(!text.contains("vcpu:"))
        session.send("q")
        #expect(try session.waitForExit().status == "EXITED rc=0")
    }
}
