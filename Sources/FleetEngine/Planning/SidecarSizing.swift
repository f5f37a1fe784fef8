/// The Envoy sidecar's worker threads and resources for a given connection load.
///
/// Istio's published load test measured 0.35 vCPU and 40 MB of memory per 1,000 requests per
/// second through one proxy (UP-ISTIO-PERF). Fleetplan plans for one request per second per
/// open connection at peak, so the profile's peak concurrent connections stand in for the
/// peak request rate. Then:
///
/// - `concurrency` = ⌈connections ÷ 2,000⌉, clamped to 1…4: 2 workers (Istio's long-time default)
///   carry up to 4,000 connections; beyond 4 workers a sidecar is the wrong tool. It is always
///   written, since Istio otherwise derives the worker count from the CPU limit.
/// - CPU request = max(100m, 50m × workers): Istio's default request (100m) covers 2 workers.
/// - CPU limit = the measured cost at peak, ⌈connections × 0.35m⌉ rounded up to 100m, at
///   least 1000m × workers so every worker may use a full core in bursts.
/// - memory request = 128Mi (Istio's default) + 40Mi per started 1,000 connections.
/// - memory limit = max(1024Mi, 2 × the request): Istio's default limit is 1Gi.
///
/// ```swift
/// let sidecar = SidecarSizing(connections: 4000)
/// sidecar.concurrency     // 2
/// sidecar.cpuRequestMillis // 100
/// sidecar.memoryRequestMi  // 288
/// ```
public struct SidecarSizing: Sendable, Equatable {
    /// The peak concurrent connections sized for.
    public var connections: Int
    /// Envoy worker threads.
    public var concurrency: Int
    /// CPU request, in millicores.
    public var cpuRequestMillis: Int64
    /// CPU limit, in millicores.
    public var cpuLimitMillis: Int64
    /// Memory request, in MiB.
    public var memoryRequestMi: Int64
    /// Memory limit, in MiB.
    public var memoryLimitMi: Int64

    /// Sizes a sidecar for `connections` peak concurrent connections (negative counts as 0).
    ///
    /// - Complexity: O(1).
    public init(connections: Int) {
        let load = Int64(max(0, connections))
        // Saturating: a connection count near Int.max gives huge numbers, which validation reports.
        let thousands = load.saturatingDivideRoundingUp(1000)
        self.connections = Int(load)
        let workers = Int(min(4, max(1, load.saturatingDivideRoundingUp(2000))))
        concurrency = workers
        cpuRequestMillis = max(100, 50 * Int64(workers))
        let measured = load.saturatingMultiply(35).saturatingDivideRoundingUp(100)
        let roundedUp = measured.saturatingDivideRoundingUp(100).saturatingMultiply(100)
        cpuLimitMillis = max(roundedUp, 1000 * Int64(workers))
        memoryRequestMi = thousands.saturatingMultiply(40).saturatingAdd(128)
        memoryLimitMi = max(1024, memoryRequestMi.saturatingMultiply(2))
    }
}
