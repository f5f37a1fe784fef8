import Foundation
import FleetModel

extension FleetPlan {
    /// The load balancers a cluster's design creates: the Istio ingress gateway where the
    /// cluster runs Istio, and the east-west gateway where the mesh install gives it one (its
    /// network has east-west gateways, or it is a primary exposing istiod to remotes).
    ///
    /// - Complexity: O(1).
    public static func loadBalancers(of sizing: ClusterSizing, install: MeshInstall?) -> Int {
        guard sizing.runsMesh else { return 0 }
        let eastWest = install?.member(named: sizing.cluster.name)?.eastWestGateway ?? false
        return 1 + (eastWest ? 1 : 0)
    }

    /// Each cluster's monthly estimate (planned nodes, control-plane fee, load balancers),
    /// labelled with the cluster's name, in topology order.
    ///
    /// - Complexity: O(*n*) estimates for *n* clusters.
    public func costs(in project: Project, catalog: InstanceCatalog) -> FleetCost {
        let install = MeshInstall(project: project)
        return FleetCost(sizings.map { sizing in
            let request = CostRequest(profile: sizing.profile, region: sizing.cluster.region, nodes: sizing.plannedNodes,
                                      loadBalancers: Self.loadBalancers(of: sizing, install: install))
            return (sizing.cluster.name, CostEstimator.monthly(request, catalog: catalog))
        })
    }

    /// `costs(in:catalog:)` with the bundled instance catalog; `nil` when it cannot be read.
    public func costs(in project: Project) -> FleetCost? {
        (try? InstanceCatalog.bundled()).map { costs(in: project, catalog: $0) }
    }
}

extension Decimal {
    /// The amount rounded to cents, as plain text (`930.39`).
    public var dollars: String {
        var value = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        let text = "\(rounded)"
        guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        return decimals >= 2 ? text : text + String(repeating: "0", count: 2 - decimals)
    }
}
