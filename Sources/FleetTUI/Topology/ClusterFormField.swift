import FleetModel

/// The fields of the cluster form, in the order they are shown.
public enum ClusterFormField: String, Sendable, CaseIterable {
    case name, description, region, role, environment, profile, network, zones, meshRole, primary
    case pods, percent, nodeCIDR, podCIDR, serviceCIDR

    /// The label in the form.
    public var label: String {
        switch self {
        case .name: "Name"
        case .description: "Description"
        case .region: "Region"
        case .role: "Role"
        case .environment: "Environment"
        case .profile: "Profile"
        case .network: "Network"
        case .zones: "Zones"
        case .meshRole: "Mesh role"
        case .primary: "Primary"
        case .pods: "Pods"
        case .percent: "Workload %"
        case .nodeCIDR: "Node range"
        case .podCIDR: "Pod range"
        case .serviceCIDR: "Service range"
        }
    }

    /// The range kind a range field edits.
    var addressKind: AddressKind? {
        switch self {
        case .nodeCIDR: .node
        case .podCIDR: .pod
        case .serviceCIDR: .service
        default: nil
        }
    }
}
