import FleetEngine
import FleetModel

extension IstioDocuments {
    /// Outlier detection that lets locality failover happen: Envoy moves traffic to the next
    /// priority only when it ejects the unhealthy endpoints, so a `localityLbSetting` without
    /// `outlierDetection` never fails over (istio.io `tasks/traffic-management/locality-load-balancing/failover`).
    /// Five consecutive 5xx within a 10 s sweep eject an endpoint for 30 s (doubling on each
    /// ejection), and every endpoint of a failed locality may be ejected.
    static let outlierDetection: [ConfigEntry] = [
        ConfigEntry("consecutive5xxErrors", 5),
        ConfigEntry("interval", "10s"),
        ConfigEntry("baseEjectionTime", "30s"),
        ConfigEntry("maxEjectionPercent", 100),
    ]

    /// The mesh-wide `DestinationRule` that applies `mesh.failover`: one `failover` entry per
    /// rule, from its region to its first fallback region, with the outlier detection failover
    /// needs. Istio uses the first entry whose `from` matches the client's region and puts every
    /// other region at the next priority (istio/istio `pilot/pkg/networking/core/loadbalancer/
    /// loadbalancer.go`, `applyLocalityFailover`), so the later fallbacks of a rule follow
    /// after the first without an entry of their own.
    ///
    /// `host: "*.local"` in the root namespace makes it the default for every service of the
    /// mesh; a service's own `DestinationRule` replaces it. `nil` on a remote (its istiod reads
    /// configuration from the primary) or without rules.
    public var localityFailover: ConfigValue? {
        let entries: [ConfigValue] = failover.compactMap { rule in
            guard let to = rule.to.first else { return nil }
            return .map([ConfigEntry("from", .string(rule.from)), ConfigEntry("to", .string(to))])
        }
        guard holdsConfiguration, !entries.isEmpty else { return nil }
        return .map([
            ConfigEntry("apiVersion", "networking.istio.io/v1"),
            ConfigEntry("kind", "DestinationRule"),
            ConfigEntry("metadata", .map([
                ConfigEntry("name", "locality-failover"),
                ConfigEntry("namespace", .string(Self.namespace)),
            ])),
            ConfigEntry("spec", .map([
                ConfigEntry("host", "*.local"),
                ConfigEntry("trafficPolicy", .map([
                    ConfigEntry("loadBalancer", .map([
                        ConfigEntry("localityLbSetting", .map([
                            ConfigEntry("enabled", true),
                            ConfigEntry("failover", .list(entries)),
                        ])),
                    ])),
                    ConfigEntry("outlierDetection", .map(Self.outlierDetection)),
                ])),
            ])),
        ])
    }
}
