import FleetModel
import TerminalCore
@testable import FleetTUI

/// The minimal template with a second profile, `batch`, that no cluster uses, and with
/// the workbench sized `width`×`height` and focused on the Profiles pane.
func profilesState(width: Int = 120, height: Int = 40) -> AppState {
    var project = cleanProject()
    project.profiles.append(ClusterProfile(name: "batch", provider: .gcp, node: NodeShape(vcpu: 4, memoryGiB: 16),
                                           workload: WorkloadMix(pods: 40)))
    var s = state(project)
    s.width = width
    s.height = height
    press(&s, "2")
    return s
}
