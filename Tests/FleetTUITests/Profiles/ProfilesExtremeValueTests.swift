import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// Typing a huge quantity into the Profiles form trapped in the capacity arithmetic (SIGILL)
/// and lost every unsaved edit; now the plan saturates and validation names the field.
@Suite struct ProfilesExtremeValueTests {
    @Test(arguments: ["8E", "10P", "1e18", "9223372036854775807m"])
    func aHugePodCPUIsAFindingNotACrash(_ text: String) {
        var s = profilesState()
        s.project.profiles[0].mesh.enabled = true
        s.profiles.region = .form
        s.profiles.field = .podCPU
        press(&s, "Enter", "C-u")
        type(&s, text)
        press(&s, "Enter")
        #expect(s.project.profiles[0].workload.podCPU == Quantity(parsing: text))
        let rows = render(s).buffer.rows
        #expect(!rows.isEmpty)
        #expect(s.findings.contains { $0.code == "FP012" && $0.path.description == "spec.profiles[0].workload.podCPU" })
    }

    @Test(arguments: [Int.max, Int.min])
    func extremeNodeShapesRender(_ value: Int) {
        var s = profilesState()
        s.project.profiles[0].node = NodeShape(vcpu: value, memoryGiB: value)
        s.project.profiles[0].maxPodsPerNode = value
        s.project.profiles[0].podCIDRMaskSize = value
        #expect(!render(s).buffer.rows.isEmpty)
    }

    /// Every pane draws a project whose numbers are at the extremes of their types.
    @Test(arguments: [Int.max, Int.min, -1])
    func everyPaneDrawsExtremeNumbers(_ value: Int) {
        var s = profilesState()
        for index in s.project.profiles.indices {
            s.project.profiles[index].mesh.enabled = true
            s.project.profiles[index].workload.pods = value
            s.project.profiles[index].headroomPercent = value
            s.project.profiles[index].mesh.maxConcurrentConnections = value
            s.project.profiles[index].workload.podMemory = Quantity(parsing: "100Ei")!
        }
        s.project.requirements.zonesPerRegion = value
        s.project.requirements.expectedNodes = value
        s.project.requirements.expectedServices = value
        for index in s.project.topology.clusters.indices { s.project.topology.clusters[index].zones = value }
        for pane in ["1", "2", "3", "4", "5"] {
            press(&s, pane)
            #expect(!render(s).buffer.rows.isEmpty, "pane \(pane)")
        }
    }
}
