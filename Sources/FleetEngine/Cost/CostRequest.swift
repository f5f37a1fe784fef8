import FleetModel

/// What to estimate: one cluster of a profile in a region.
public struct CostRequest: Sendable, Equatable {
    public var profile: ClusterProfile
    /// The provider's region name (`us-east-1`, `europe-west1`, `westeurope`).
    public var region: String
    /// Nodes in the cluster (the plan's count).
    public var nodes: Int
    /// Whether the provider runs the control plane; `nil` means managed on aws, gcp and
    /// azure and self-hosted on bare metal.
    public var managedControlPlane: Bool?
    /// The control-plane tier: `standard` (EKS standard support, GKE, AKS Standard),
    /// `extended` (EKS extended support) or `free` (AKS Free).
    public var controlPlaneTier: String
    /// Load balancers the design creates for this cluster (ingress, east-west gateways).
    public var loadBalancers: Int

    public init(profile: ClusterProfile, region: String, nodes: Int, managedControlPlane: Bool? = nil,
                controlPlaneTier: String = "standard", loadBalancers: Int = 0) {
        self.profile = profile
        self.region = region
        self.nodes = nodes
        self.managedControlPlane = managedControlPlane
        self.controlPlaneTier = controlPlaneTier
        self.loadBalancers = loadBalancers
    }

    /// `managedControlPlane`, or the provider's default.
    public var isManaged: Bool { managedControlPlane ?? profile.runsManagedControlPlane }
}
