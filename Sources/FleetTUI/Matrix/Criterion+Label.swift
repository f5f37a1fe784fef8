import FleetModel

extension Criterion {
    /// The criterion as the Matrix pane labels it: short enough for an 80-column grid.
    ///
    /// The project file and reports use `rawValue` (`operationalOverhead`); the detail
    /// line under the grid names both.
    var label: String {
        switch self {
        case .complexity: "Complexity"
        case .scalability: "Scalability"
        case .ecosystem: "Ecosystem"
        case .flexibility: "Flexibility"
        case .multiCloud: "Multi-cloud"
        case .operationalOverhead: "Ops overhead"
        case .costModel: "Cost model"
        case .statefulSupport: "Stateful"
        case .security: "Security"
        case .autoscaling: "Autoscaling"
        case .observability: "Observability"
        }
    }
}

extension PlatformID {
    /// A column header of at most seven cells.
    var shortName: String {
        switch self {
        case .kubernetes: "K8s"
        case .dockerSwarm: "Swarm"
        case .nomad: "Nomad"
        case .ecs: "ECS"
        case .cloudRun: "CldRun"
        }
    }
}
