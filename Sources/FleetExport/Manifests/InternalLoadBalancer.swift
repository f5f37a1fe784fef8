import FleetModel

/// The Service annotations that put a load balancer on the provider's private network
/// instead of the internet, for east-west gateways between privately connected networks.
///
/// Sources:
/// - AWS: AWS Load Balancer Controller, `docs/guide/service/annotations.md`
///   (kubernetes-sigs/aws-load-balancer-controller): `aws-load-balancer-type: external` hands
///   the Service to the controller, `aws-load-balancer-nlb-target-type: ip` targets pods,
///   `aws-load-balancer-scheme: internal` keeps the NLB inside the VPC.
/// - GCP: GKE "Internal passthrough Network Load Balancer" (cloud.google.com/kubernetes-engine/
///   docs/how-to/internal-load-balancing): `networking.gke.io/load-balancer-type: "Internal"`;
///   `networking.gke.io/internal-load-balancer-allow-global-access: "true"` lets clients in
///   other regions (the other clusters' gateways) reach it.
/// - Azure: cloud-provider-azure "Azure LoadBalancer" annotations
///   (kubernetes-sigs/cloud-provider-azure `site/content/en/topics/loadbalancer.md`):
///   `service.beta.kubernetes.io/azure-load-balancer-internal: "true"`.
/// - Bare metal: none; the load-balancer implementation's address pools (MetalLB, for
///   example) decide where the address lives.
enum InternalLoadBalancer {
    static func annotations(for provider: Provider?) -> [(String, String)] {
        switch provider {
        case .aws?:
            [
                ("service.beta.kubernetes.io/aws-load-balancer-type", "external"),
                ("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip"),
                ("service.beta.kubernetes.io/aws-load-balancer-scheme", "internal"),
            ]
        case .gcp?:
            [
                ("networking.gke.io/load-balancer-type", "Internal"),
                ("networking.gke.io/internal-load-balancer-allow-global-access", "true"),
            ]
        case .azure?:
            [("service.beta.kubernetes.io/azure-load-balancer-internal", "true")]
        case .bareMetal?, nil:
            []
        }
    }
}
