import FleetEngine
import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// The cluster form's workload and range fields, and ranges kept across edits.
@Suite struct ClusterFormPlanTests {
    /// The Topology pane with the form of dev-eu open.
    func devForm() -> AppState {
        var s = topologyState()
        press(&s, "j", "j", "j", "Enter")
        return s
    }

    @Test func theFormShowsTheWorkloadAndTheAllocatedRanges() throws {
        let s = devForm()
        let form = try #require(openForm(s))
        let ranges = try #require(FleetPlan(s.project).allocation.ranges(of: "dev-eu"))
        #expect(form.value("pods") == "profile (1800)")
        #expect(form.value("percent") == "10")
        #expect(form.value("podCIDR") == "auto (\(ranges[.pod]!.range!))")
        #expect(form.value("serviceCIDR") == "auto (\(ranges[.service]!.range!))")
    }

    @Test func workloadAndRangeFieldsEditTheCluster() {
        var s = devForm()
        press(&s, Array(repeating: "Tab", count: 10) + ["C-u"])
        type(&s, "400")
        press(&s, "Tab", "C-u")
        type(&s, "50")
        press(&s, "Tab", "Tab", "C-u")
        type(&s, "10.200.0.0/16")
        press(&s, "Enter")
        #expect(s.topology.dialog == nil)
        let dev = s.project.topology.clusters[1]
        #expect(dev.workload == ClusterWorkload(pods: 400, percent: 50))
        #expect(dev.podCIDR == "10.200.0.0/16")
        #expect(dev.nodeCIDR == nil && dev.serviceCIDR == nil)
        #expect(FleetPlan(s.project).sizing(of: "dev-eu")?.pods == 200)
        press(&s, "u")
        #expect(s.project.topology.clusters[1].workload == ClusterWorkload(percent: 10))
    }

    @Test func aRangeWithHostBitsOrAWrongPodCountIsRefusedInTheForm() throws {
        var s = devForm()
        press(&s, Array(repeating: "Tab", count: 13) + ["C-u"])
        type(&s, "10.200.0.1/16")
        press(&s, "Enter")
        let problem = try #require(openForm(s)?.problem)
        #expect(problem.contains("host bits") && problem.contains("10.200.0.0/16"))
        press(&s, "C-u")
        type(&s, "auto")
        press(&s, "S-Tab", "S-Tab", "S-Tab", "C-u")
        type(&s, "many")
        press(&s, "Enter")
        #expect(openForm(s)?.problem?.contains("pods must be a whole number") == true)
    }

    @Test func choosingAutoUnpinsARange() {
        var project = ProjectTemplate.multiRegion.project(named: "shop")
        project.topology.clusters[1].serviceCIDR = "10.99.0.0/24"
        var s = topologyState(project)
        press(&s, "j", "j", "j", "Enter")
        #expect(openForm(s)?.value("serviceCIDR") == "10.99.0.0/24")
        press(&s, Array(repeating: "Tab", count: 14) + ["C-u"])
        type(&s, "auto")
        press(&s, "Enter")
        #expect(s.project.topology.clusters[1].serviceCIDR == nil)
    }

    @Test func deletingAClusterPinsTheRangesThatWouldMoveAndSaysSo() throws {
        var s = topologyState()
        let before = FleetPlan(s.project).allocation
        press(&s, "j", "j", "j", "x", "y")
        #expect(s.project.topology.cluster(named: "dev-eu") == nil)
        #expect(s.message?.text.contains("deleted dev-eu; pinned the ranges of staging-eu, prod-eu so they do not move") == true)
        let after = FleetPlan(s.project).allocation
        for name in ["mgmt", "staging-eu", "prod-eu", "prod-us"] {
            for kind in AddressKind.allCases {
                #expect(after.ranges(of: name)?[kind]?.range == before.ranges(of: name)?[kind]?.range, "\(name) \(kind)")
            }
        }
        let staging = try #require(s.project.topology.cluster(named: "staging-eu"))
        // Its node range would have moved into dev-eu's place; its pod range would not, and stays unpinned.
        #expect(staging.nodeCIDR == before.ranges(of: "staging-eu")?[.node]?.range?.description)
        #expect(staging.podCIDR == nil)
        #expect(s.project.topology.cluster(named: "mgmt")?.podCIDR == nil, "clusters before it do not move and stay unpinned")
    }

    @Test func theFormAt120x40ShowsEveryNewFieldWithItsValue() {
        let rows = render(devForm()).buffer.rows
        let text = rows.joined(separator: "\n")
        for line in ["│ Pods          profile (1800)", "│ Workload %    10", "│ Node range    auto (10.0.1.0/24)",
                     "│ Pod range     auto (10.128.32.0/19)", "│ Service range auto (10.96.4.0/22)"] {
            #expect(text.contains(line), "\(line)")
        }
        // The last field sits above the form's key line, inside its border.
        let last = rows.firstIndex { $0.contains("│ Service range") }!
        #expect(rows[last + 2].contains("Enter apply  Esc cancel"))
    }
}
