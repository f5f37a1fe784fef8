import FleetEngine

/// The API server's audit policy (`audit.k8s.io/v1` `Policy`), `clusters/<cluster>/audit-policy.yaml`.
///
/// The planner turns auditing on with `--audit-log-path`; without a policy file the API server
/// records nothing, so the bundle ships this one. It follows the shape of the upstream example
/// policy (kubernetes/website `content/en/examples/audit/audit-policy.yaml`) and of GKE's
/// (kubernetes/kubernetes `cluster/gce/gci/configure-helper.sh`): no `RequestReceived` stage,
/// nothing for health checks, kube-proxy's watches, Events and Leases (high volume, low
/// value: every kubelet renews its Lease every 10 s), metadata only for Secrets, ConfigMaps
/// and token reviews (their bodies hold credentials) and for reads, request bodies for the
/// remaining changes, metadata for everything else.
public enum AuditPolicy {
    /// The policy document.
    public static let document: ConfigValue = .map([
        ConfigEntry("apiVersion", "audit.k8s.io/v1"),
        ConfigEntry("kind", "Policy"),
        ConfigEntry("omitStages", .list(["RequestReceived"])),
        ConfigEntry("rules", .list([
            .map([
                ConfigEntry("level", "None"),
                ConfigEntry("users", .list(["system:kube-proxy"])),
                ConfigEntry("verbs", .list(["watch"])),
                ConfigEntry("resources", .list([.map([
                    ConfigEntry("group", ""),
                    ConfigEntry("resources", .list(["endpoints", "services", "services/status"])),
                ])])),
            ]),
            .map([
                ConfigEntry("level", "None"),
                ConfigEntry("nonResourceURLs", .list(["/healthz*", "/livez*", "/readyz*", "/version"])),
            ]),
            .map([
                ConfigEntry("level", "None"),
                ConfigEntry("resources", .list([
                    .map([ConfigEntry("group", ""), ConfigEntry("resources", .list(["events"]))]),
                    .map([ConfigEntry("group", "events.k8s.io"), ConfigEntry("resources", .list(["events"]))]),
                    .map([ConfigEntry("group", "coordination.k8s.io"), ConfigEntry("resources", .list(["leases"]))]),
                ])),
            ]),
            .map([
                ConfigEntry("level", "Metadata"),
                ConfigEntry("resources", .list([
                    .map([ConfigEntry("group", ""), ConfigEntry("resources", .list(["secrets", "configmaps"]))]),
                    .map([ConfigEntry("group", "authentication.k8s.io"), ConfigEntry("resources", .list(["tokenreviews"]))]),
                ])),
            ]),
            .map([
                ConfigEntry("level", "Metadata"),
                ConfigEntry("verbs", .list(["get", "list", "watch"])),
            ]),
            .map([
                ConfigEntry("level", "Request"),
                ConfigEntry("verbs", .list(["create", "update", "patch", "delete", "deletecollection"])),
            ]),
            .map([ConfigEntry("level", "Metadata")]),
        ])),
    ])
}
