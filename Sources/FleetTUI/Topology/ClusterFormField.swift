/// The fields of the cluster form, in the order they are shown.
public enum ClusterFormField: String, Sendable, CaseIterable {
    case name, description, region, role, environment, profile, network, zones, meshRole, primary

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
        }
    }
}
