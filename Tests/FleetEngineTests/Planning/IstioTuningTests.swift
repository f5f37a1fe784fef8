import FleetModel
import Testing
@testable import FleetEngine

@Suite struct IstioTuningTests {
    @Test func meshOffMeansNoIstio() {
        #expect(IstioTuning.configuration(for: ClusterProfile(name: "p"), zones: 3) == nil)
    }

    @Test(arguments: [
        // connections → workers, CPU request, CPU limit, memory request, memory limit
        (0, 1, 100, 1000, 128, 1024),
        (1, 1, 100, 1000, 168, 1024),
        (2000, 1, 100, 1000, 208, 1024),
        (2001, 2, 100, 2000, 248, 1024),
        (4000, 2, 100, 2000, 288, 1024),
        (6000, 3, 150, 3000, 368, 1024),
        (8000, 4, 200, 4000, 448, 1024),
        (10_000, 4, 200, 4000, 528, 1056),
        (20_000, 4, 200, 7000, 928, 1856),
    ] as [(Int, Int, Int64, Int64, Int64, Int64)])
    func sidecarSizing(connections: Int, workers: Int, cpu: Int64, cpuLimit: Int64, memory: Int64, memoryLimit: Int64) {
        let sidecar = SidecarSizing(connections: connections)
        #expect(sidecar.concurrency == workers)
        #expect(sidecar.cpuRequestMillis == cpu)
        #expect(sidecar.cpuLimitMillis == cpuLimit)
        #expect(sidecar.memoryRequestMi == memory)
        #expect(sidecar.memoryLimitMi == memoryLimit)
        // The limit carries the stated load model: 0.35 vCPU per 1,000 req/s, 1 req/s per connection.
        #expect(sidecar.measuredCPUMillis == (Int64(connections) * 35 + 99) / 100)
        #expect(sidecar.cpuLimitMillis >= sidecar.measuredCPUMillis)
    }

    @Test(arguments: [(0, 1000, 1), (1000, 1000, 1), (4000, 2000, 2), (8000, 3000, 3), (20_000, 7000, 4)] as [(Int, Int64, Int)])
    func guaranteedSidecarHasWholeCPUsAndEqualLimits(connections: Int, cpu: Int64, workers: Int) {
        let sidecar = SidecarSizing(connections: connections, guaranteed: true)
        #expect(sidecar.cpuRequestMillis == cpu)
        #expect(sidecar.cpuLimitMillis == sidecar.cpuRequestMillis)
        #expect(sidecar.cpuRequestMillis % 1000 == 0)
        #expect(sidecar.memoryLimitMi == sidecar.memoryRequestMi)
        #expect(sidecar.concurrency == workers)
    }

    @Test func canonicalExample() throws {
        let istio = try #require(IstioTuning.configuration(for: CapacityPlanTests.payments(), zones: 3)).value
        #expect(istio.value(at: ["istiod", "autoscaling", "minReplicas"]) == 3)
        #expect(istio.value(at: ["istiod", "autoscaling", "maxReplicas"]) == 6)
        #expect(istio.value(at: ["istiod", "resources", "requests", "cpu"]) == "500m")
        #expect(istio.value(at: ["sidecar", "concurrency"]) == 2)
        #expect(istio.value(at: ["sidecar", "resources", "requests", "cpu"]) == "100m")
        #expect(istio.value(at: ["sidecar", "resources", "requests", "memory"]) == "288Mi")
        #expect(istio.value(at: ["ingressGateway", "autoscaling", "minReplicas"]) == 3)
        #expect(istio.value(at: ["telemetry", "apiVersion"]) == "telemetry.istio.io/v1")
        #expect(istio.value(at: ["telemetry", "kind"]) == "Telemetry")
    }

    @Test(arguments: [(1, 100, 2, 4, "500m"), (2, 5000, 3, 6, "900m"), (3, 20_000, 10, 20, "1")])
    func istiodScalesWithSidecarsAndZones(zones: Int, pods: Int, minimum: Int, maximum: Int, cpu: String) throws {
        let profile = ClusterProfile(name: "p", workload: WorkloadMix(pods: pods), mesh: MeshLoad(enabled: true))
        let istio = try #require(IstioTuning.configuration(for: profile, zones: zones)).value
        #expect(istio.value(at: ["istiod", "autoscaling", "minReplicas"]) == .int(minimum))
        #expect(istio.value(at: ["istiod", "autoscaling", "maxReplicas"]) == .int(maximum))
        #expect(istio.value(at: ["istiod", "resources", "requests", "cpu"]) == .string(cpu))
    }

    @Test func onlyIstiodIsEverNamedAsControlPlane() throws {
        let profile = ClusterProfile(name: "p", mesh: MeshLoad(enabled: true))
        let istio = try #require(IstioTuning.configuration(for: profile, zones: 3))
        let text = (istio.value.json() + istio.reasons.map(\.reason).joined()).lowercased()
        for retired in ["pilot", "citadel", "galley", "mixer", "stackdriver", "telemetry.v2"] {
            #expect(!text.contains(retired), "\(retired)")
        }
    }
}
