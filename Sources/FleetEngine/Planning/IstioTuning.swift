import FleetModel

/// Istio settings for a profile whose mesh is enabled: istiod, the sidecar, the ingress
/// gateway and mesh-wide telemetry.
///
/// Istio has one control-plane binary, istiod, since 1.5 (it absorbed config distribution,
/// certificate issuance and validation); there are no separate control-plane components to
/// size. Telemetry is configured through the Telemetry API (`telemetry.istio.io/v1`).
public enum IstioTuning {
    /// Sidecars one istiod replica served at 1 vCPU / 1.5 GB in Istio's load test (UP-ISTIO-PERF).
    static let sidecarsPerReplica = 2000

    /// The Istio settings, or `nil` when the profile's mesh is off; istiod is sized for
    /// `sidecars` sidecars (`nil`: one per pod of the profile's workload). A primary that
    /// serves remote clusters passes its own sidecars plus theirs.
    ///
    /// - Complexity: O(1).
    /// `guaranteedSidecar` (the nodes run the static CPU manager) sizes the sidecar with requests
    /// equal to limits in whole CPUs, so meshed pods can be Guaranteed.
    public static func configuration(for profile: ClusterProfile, zones: Int, sidecars served: Int? = nil,
                                     guaranteedSidecar: Bool = false) -> TunedComponent? {
        guard profile.mesh.enabled else { return nil }
        var map = TunedMapBuilder(component: "istio")
        let sidecars = max(0, served ?? profile.workload.pods)

        // Saturating: a pod count near Int.max gives huge replicas, which validation reports.
        let needed = max(1, sidecars.saturatingDivideRoundingUp(sidecarsPerReplica))
        let minReplicas = max(needed, 2, min(zones, 3))
        let maxReplicas = minReplicas.saturatingMultiply(2)
        let perReplica = sidecars.saturatingDivideRoundingUp(minReplicas)
        let cpu = max(500, roundUp(perReplica.saturatingMultiply(1000) / sidecarsPerReplica, to: 100))
        let memory = max(2048, roundUp(perReplica.saturatingMultiply(1536) / sidecarsPerReplica, to: 256))
        map.add("istiod", .map([
            ConfigEntry("autoscaling", .map([
                ConfigEntry("minReplicas", .int(minReplicas)),
                ConfigEntry("maxReplicas", .int(maxReplicas)),
                ConfigEntry("targetCPUUtilizationPercentage", 80),
            ])),
            ConfigEntry("resources", .map([
                ConfigEntry("requests", .map([
                    ConfigEntry("cpu", .string(Quantity(millis: Int64(cpu)).text)),
                    ConfigEntry("memory", .string("\(memory)Mi")),
                ])),
            ])),
        ]))
        map.explain("istiod", "the single Istio control plane (config, certificates, validation, injection)", source: .istiod)
        map.explain("istiod.autoscaling.minReplicas",
                    "\(sidecars) sidecars need \(needed) replica(s) at \(sidecarsPerReplica) each; at least 2 and one per zone (up to 3) for availability",
                    source: .istioPerformance)
        map.explain("istiod.autoscaling.maxReplicas", "room to double during push storms (rollouts, config churn)")
        map.explain("istiod.resources.requests",
                    "\(perReplica) sidecars per replica at 1 vCPU and 1.5 GB per \(sidecarsPerReplica); never below the chart default 500m / 2048Mi",
                    source: .istioPerformance)

        let sidecar = SidecarSizing(connections: profile.mesh.maxConcurrentConnections, guaranteed: guaranteedSidecar)
        map.add("sidecar", .map([
            ConfigEntry("concurrency", .int(sidecar.concurrency)),
            ConfigEntry("resources", .map([
                ConfigEntry("requests", .map([
                    ConfigEntry("cpu", .string(Quantity(millis: sidecar.cpuRequestMillis).text)),
                    ConfigEntry("memory", .string("\(sidecar.memoryRequestMi)Mi")),
                ])),
                ConfigEntry("limits", .map([
                    ConfigEntry("cpu", .string(Quantity(millis: sidecar.cpuLimitMillis).text)),
                    ConfigEntry("memory", .string("\(sidecar.memoryLimitMi)Mi")),
                ])),
            ])),
        ]))
        let cores = { (millis: Int64) in Quantity(millis: millis).text }
        map.explain("sidecar.concurrency",
                    sidecar.guaranteed
                        ? "one Envoy worker per exclusive core (\(cores(sidecar.cpuRequestMillis))), 1–4: \(sidecar.concurrency); set explicitly because Istio otherwise derives workers from the CPU limit"
                        : "\(sidecar.connections) peak connections per proxy: one Envoy worker per 2,000, 1–4: \(sidecar.concurrency); set explicitly because Istio otherwise derives workers from the CPU limit (older releases: 2)",
                    source: .istioProxyConfig)
        let load = "\(sidecar.connections) connections × 1 req/s × 0.35 vCPU per 1,000 req/s = \(sidecar.measuredCPUMillis)m measured at peak (Istio 1.15.3 load test: 0.35 vCPU and 40 MB per 1,000 req/s)"
        map.explain("sidecar.resources",
                    sidecar.guaranteed
                        ? "\(load); requests equal limits in whole CPUs (\(cores(sidecar.cpuRequestMillis)) / \(sidecar.memoryRequestMi)Mi) so meshed pods are Guaranteed and the static CPU manager can give the sidecar exclusive cores"
                        : "\(load); the limit \(cores(sidecar.cpuLimitMillis)) carries that peak (at least a full core per worker); the request \(cores(sidecar.cpuRequestMillis)) is Istio's default scaled by workers and is all the capacity plan reserves, so meshed pods are Burstable (FP123 when the peak passes 2 CPUs); memory \(sidecar.memoryRequestMi)Mi = 128Mi + 40Mi per started 1,000 connections, limit \(sidecar.memoryLimitMi)Mi",
                    source: .istioPerformance)

        let gatewayMin = max(2, min(zones, 3))
        map.add("ingressGateway", .map([
            ConfigEntry("autoscaling", .map([
                ConfigEntry("minReplicas", .int(gatewayMin)),
                ConfigEntry("maxReplicas", .int(gatewayMin.saturatingMultiply(3))),
                ConfigEntry("targetCPUUtilizationPercentage", 80),
            ])),
            ConfigEntry("resources", .map([
                ConfigEntry("requests", .map([ConfigEntry("cpu", "100m"), ConfigEntry("memory", "128Mi")])),
                ConfigEntry("limits", .map([ConfigEntry("cpu", "2"), ConfigEntry("memory", "1Gi")])),
            ])),
        ]))
        map.explain("ingressGateway.autoscaling",
                    "one replica per zone (2–3) so a zone loss keeps ingress up; up to 3× for traffic bursts at 80% CPU",
                    source: .istioValues)

        map.add("telemetry", .map([
            ConfigEntry("apiVersion", "telemetry.istio.io/v1"),
            ConfigEntry("kind", "Telemetry"),
            ConfigEntry("metadata", .map([ConfigEntry("name", "mesh-default"), ConfigEntry("namespace", "istio-system")])),
            ConfigEntry("spec", .map([
                ConfigEntry("metrics", .list([.map([ConfigEntry("providers", .list([.map([ConfigEntry("name", "prometheus")])]))])])),
                ConfigEntry("accessLogging", .list([.map([
                    ConfigEntry("providers", .list([.map([ConfigEntry("name", "envoy")])])),
                    ConfigEntry("filter", .map([ConfigEntry("expression", "response.code >= 400")])),
                ])])),
            ])),
        ]))
        map.explain("telemetry",
                    "mesh-wide Telemetry API resource: Prometheus metrics, access logs for failed requests only to bound log volume",
                    source: .istioTelemetry)
        return map.tuned
    }

    static func roundUp(_ value: Int, to step: Int) -> Int {
        max(0, value).saturatingDivideRoundingUp(step).saturatingMultiply(step)
    }
}
