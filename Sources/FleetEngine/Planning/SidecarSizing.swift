/// The Envoy sidecar's worker threads and resources for a given connection load.
///
/// Istio's published load test (Istio 1.15.3, UP-ISTIO-PERF) measured 0.35 vCPU and 40 MB of
/// memory per 1,000 requests per second through one proxy. Fleetplan plans for one request
/// per second per open connection at peak, so the profile's peak concurrent connections stand
/// in for the peak request rate, and the measured cost is ⌈connections × 0.35m⌉. Then:
///
/// - `concurrency` = ⌈connections ÷ 2,000⌉, clamped to 1…4: 2 workers (Istio's long-time
///   default) carry up to 4,000 connections. Always written, since Istio otherwise derives the
///   worker count from the CPU limit.
/// - CPU request = max(100m, 50m × workers): Istio's default request (100m) covers 2 workers.
///   The pod is Burstable: the request is what the capacity plan reserves; the peak rides on
///   the limit, and FP123 says when the measured peak passes 2 CPUs.
/// - CPU limit = the measured cost rounded up to 100m, at least 1000m × workers.
/// - memory request = 128Mi (Istio's default) + 40Mi per started 1,000 connections;
///   memory limit = max(1024Mi, 2 × the request): Istio's default limit is 1Gi.
///
/// `guaranteed` (profiles whose nodes run the static CPU manager) sizes the sidecar so its pod
/// can be Guaranteed: requests equal limits, CPU in whole cores (⌈measured ÷ 1000m⌉, at least
/// one), memory 2 × the planned need; the static CPU manager gives exclusive cores only to
/// containers of Guaranteed pods with integer CPU requests.
///
/// ```swift
/// let sidecar = SidecarSizing(connections: 4000)
/// sidecar.measuredCPUMillis // 1400 (4,000 req/s × 0.35m)
/// sidecar.cpuRequestMillis  // 100
/// sidecar.concurrency       // 2
/// sidecar.memoryRequestMi   // 288
/// SidecarSizing(connections: 4000, guaranteed: true).cpuLimitMillis // 2000, as the request
/// ```
public struct SidecarSizing: Sendable, Equatable {
    /// Measured millicores per request per second, as a fraction of 100: 0.35m (UP-ISTIO-PERF).
    static let millicoresPerHundredRPS: Int64 = 35

    /// The peak concurrent connections sized for.
    public var connections: Int
    /// True when requests equal limits with whole CPUs (a Guaranteed pod's sidecar).
    public var guaranteed: Bool
    /// The measured cost at peak, ⌈connections × 0.35m⌉, in millicores.
    public var measuredCPUMillis: Int64
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
    public init(connections: Int, guaranteed: Bool = false) {
        let load = Int64(max(0, connections))
        // Saturating: a connection count near Int.max gives huge numbers, which validation reports.
        let thousands = load.saturatingDivideRoundingUp(1000)
        self.connections = Int(load)
        self.guaranteed = guaranteed
        let measured = load.saturatingMultiply(Self.millicoresPerHundredRPS).saturatingDivideRoundingUp(100)
        measuredCPUMillis = measured
        let memoryNeed = thousands.saturatingMultiply(40).saturatingAdd(128)
        if guaranteed {
            let cores = max(1, measured.saturatingDivideRoundingUp(1000))
            cpuRequestMillis = cores.saturatingMultiply(1000)
            cpuLimitMillis = cpuRequestMillis
            concurrency = Int(min(4, cores))
            memoryRequestMi = memoryNeed.saturatingMultiply(2)
            memoryLimitMi = memoryRequestMi
        } else {
            let workers = min(4, max(1, load.saturatingDivideRoundingUp(2000)))
            concurrency = Int(workers)
            cpuRequestMillis = max(100, 50 * workers)
            cpuLimitMillis = max(measured.saturatingDivideRoundingUp(100).saturatingMultiply(100), 1000 * workers)
            memoryRequestMi = memoryNeed
            memoryLimitMi = max(1024, memoryNeed.saturatingMultiply(2))
        }
    }
}
