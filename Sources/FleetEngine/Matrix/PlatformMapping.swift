import FleetModel

/// How a design's topology maps onto the platform its bundle is built for, when that platform is
/// not Kubernetes: the report's platform section and the Topology pane say it in the platform's
/// own nouns.
public enum PlatformMapping {
    /// One line for the Topology pane: `regions → Nomad regions, clusters → datacenters`.
    public static func short(_ platform: PlatformID) -> String? {
        switch platform {
        case .kubernetes: nil
        case .ecs: "each region an ECS cluster on Fargate, each profile a service and task definition per region; no nodes or mesh"
        case .cloudRun: "each region a Cloud Run region, each profile a service per region; no clusters, nodes or mesh"
        case .nomad: "each region a Nomad region and datacenter (servers and clients), each profile a job per region"
        case .dockerSwarm: "each region a swarm with its own stack, each profile a service; a swarm does not span regions"
        }
    }

    /// The topology in the platform's nouns, for the report: what each region, cluster and
    /// profile becomes, and which bundle files hold it. Empty for Kubernetes.
    public static func summary(_ platform: PlatformID, regions: [String]) -> String {
        let lead = regions.count == 1 ? "The design's one region" : "Each of the design's \(regions.count) regions"
        switch platform {
        case .ecs:
            return "\(lead) is an ECS cluster on Fargate (`<region>/cluster.json`); each profile's workload is a task "
                + "definition and a service in every region (`<region>/<service>/`), its task size the smallest Fargate size that holds "
                + "the profile's pod. Nodes, node pools and the mesh do not exist on Fargate; the management cluster's role goes to the "
                + "deployment pipeline."
        case .cloudRun:
            return "\(lead) is a Cloud Run region; each profile's workload is a Cloud Run service per region "
                + "(`<region>/<service>/service.yaml`, Knative form for `gcloud run services replace`), scaling from a warm floor to the "
                + "workload's pods. Clusters, nodes and the mesh do not exist on Cloud Run; the management cluster's role goes to the "
                + "deployment pipeline and Cloud Monitoring."
        case .nomad:
            return "\(lead) is a Nomad region with one datacenter of the same name, its servers and its clients "
                + "(`<region>/server.hcl`, `<region>/client.hcl`); each profile's workload is a job per region "
                + "(`<region>/<service>.nomad.hcl`: count from the workload, canary updates, Consul service mesh when mTLS is required). "
                + "The design's environments share a region's clients; separate them with Nomad namespaces."
        case .dockerSwarm:
            return "\(lead) is a swarm with its own stack (`<region>/stack.yaml`); a swarm does not span regions."
        case .kubernetes:
            return ""
        }
    }
}
