import FleetModel
import Testing
@testable import FleetEngine

/// Allocatable checked against the CAP-xx vectors of the capacity reference notes.
@Suite struct NodeReservationTests {
    static let gibibyteKi: Int64 = 1_048_576

    /// Allocatable (CPU millicores, memory KiB) of a node of `vcpu` cores and `memoryKi`.
    func allocatable(_ provider: Provider, vcpu: Int64, memoryKi: Int64, maxPods: Int) -> (cpu: Int64, memoryKi: Int64) {
        let reservation = NodeReservation.forProvider(provider, cpuMillis: vcpu * 1000, memoryKi: memoryKi, maxPods: maxPods)
        return (vcpu * 1000 - reservation.cpuMillis, memoryKi - reservation.memoryKi)
    }

    // MARK: EKS (CAP-24, CAP-26, CAP-29, CAP-43–CAP-50, CAP-71, CAP-72)

    @Test(arguments: [(1, 60), (2, 70), (4, 80), (8, 90), (16, 110), (32, 150), (64, 230), (96, 310)])
    func eksCPUTiers(vcpu: Int64, reserved: Int64) {
        #expect(NodeReservation.tieredCPUMillis(vcpu * 1000) == reserved)
    }

    @Test(arguments: [
        ("CAP-43 m5.large", 2, 8, 29, 1930, 7518),
        ("CAP-44 c5.large", 2, 4, 29, 1930, 3422),
        ("CAP-45 m5.xlarge", 4, 16, 58, 3920, 15391),
        ("CAP-46 m5.2xlarge", 8, 32, 58, 7910, 31775),
        ("CAP-47 m5.4xlarge", 16, 64, 234, 15890, 62607),
        ("CAP-48 m5.8xlarge", 32, 128, 234, 31850, 128_143),
        ("CAP-50 8 vCPU / 32 GiB at 110 pods", 8, 32, 110, 7910, 31203),
    ] as [(String, Int64, Int64, Int, Int64, Int64)])
    func eksNominalShapes(id: String, vcpu: Int64, gib: Int64, maxPods: Int, cpu: Int64, memoryMi: Int64) {
        let result = allocatable(.aws, vcpu: vcpu, memoryKi: gib * Self.gibibyteKi, maxPods: maxPods)
        #expect(result.cpu == cpu, "\(id)")
        #expect(result.memoryKi == memoryMi * 1024, "\(id)")
    }

    @Test func eksMeasuredNodesMatchToTheByte() {
        // CAP-71 r5.xlarge: 33164840960 B capacity → 32123604992 B allocatable, CPU 3.92.
        let r5 = allocatable(.aws, vcpu: 4, memoryKi: 33_164_840_960 / 1024, maxPods: 58)
        #expect(r5.cpu == 3920)
        #expect(r5.memoryKi * 1024 == 32_123_604_992)
        // CAP-72 r5.4xlarge: 133523050496 B → 130451771392 B, CPU 15.89.
        let r5big = allocatable(.aws, vcpu: 16, memoryKi: 133_523_050_496 / 1024, maxPods: 234)
        #expect(r5big.cpu == 15890)
        #expect(r5big.memoryKi * 1024 == 130_451_771_392)
    }

    // MARK: GKE (CAP-14–CAP-16, CAP-73–CAP-78)

    @Test func gkeMeasuredN2Highmem4() {
        // CAP-73: capacity 32880872Ki → allocatable 29085928Ki, CPU 3920m. Our tiers give 27Ki less reserved.
        let node = allocatable(.gcp, vcpu: 4, memoryKi: 32_880_872, maxPods: 110)
        #expect(node.cpu == 3920)
        #expect(abs(node.memoryKi - 29_085_928) <= 64)
    }

    @Test(arguments: [
        ("CAP-75 n2-highmem-32", 32, Int64(270_473_359_360 / 1024), Int64(257_783_492_608 / 1024), Int64(31850)),
        ("CAP-76 n1-highmem-4", 4, Int64(27_328_200_704 / 1024), Int64(23_829_102_592 / 1024), Int64(3920)),
        ("CAP-74 n2-highmem-16", 16, Int64(131_919_220), Int64(122_210_676), Int64(15890)),
    ] as [(String, Int64, Int64, Int64, Int64)])
    func gkeMeasuredNodesWithinATenthOfAPercent(id: String, vcpu: Int64, capacityKi: Int64, measuredKi: Int64, cpu: Int64) {
        let node = allocatable(.gcp, vcpu: vcpu, memoryKi: capacityKi, maxPods: 110)
        #expect(node.cpu == cpu, "\(id)")
        #expect(abs(node.memoryKi - measuredKi) * 1000 <= measuredKi, "\(id): \(node.memoryKi) vs \(measuredKi)")
    }

    @Test func gkeComputedShapes() {
        // CAP-78 e2-standard-4 (4 vCPU / 16 GiB): 3920m, 16384 − 2662.4 − 100 ≈ 13622Mi.
        let e2 = allocatable(.gcp, vcpu: 4, memoryKi: 16 * Self.gibibyteKi, maxPods: 110)
        #expect(e2.cpu == 3920)
        #expect(abs(e2.memoryKi / 1024 - 13622) <= 1)
        // CAP-77 n1-standard-2 (7.5 GB = 7680Mi): 1930m, 7680 − 1740.8 − 100 ≈ 5839Mi.
        let n1 = allocatable(.gcp, vcpu: 2, memoryKi: 7680 * 1024, maxPods: 110)
        #expect(n1.cpu == 1930)
        #expect(abs(n1.memoryKi / 1024 - 5839) <= 1)
    }

    @Test func gkeSmallMachinesReserve255Mi() {
        let reservation = NodeReservation.forProvider(.gcp, cpuMillis: 1000, memoryKi: 600 * 1024, maxPods: 8)
        #expect(reservation.kubeMemoryKi == 255 * 1024)
        // Exactly 1 GiB is past the small-machine rule: 25% of it.
        #expect(NodeReservation.gkeMemoryKi(Self.gibibyteKi) == 262_144)
    }

    // MARK: AKS (CAP-51–CAP-53, CAP-61–CAP-65)

    @Test(arguments: [(1, 60), (2, 100), (4, 140), (8, 180), (16, 260), (32, 420), (64, 740)])
    func aksPublishedCPUTable(cores: Int64, reserved: Int64) {
        #expect(NodeReservation.aksCPUMillis(cores * 1000) == reserved)
    }

    @Test(arguments: [
        ("CAP-61", 4, 16, 30, 3860, 15634),
        ("CAP-62", 4, 16, 110, 3860, 14034),
        ("CAP-63", 4, 16, 250, 3860, 12188),
        ("CAP-65 110 pods", 8, 32, 110, 7820, 30418),
        ("CAP-65 250 pods", 8, 32, 250, 7820, 27618),
    ] as [(String, Int64, Int64, Int, Int64, Int64)])
    func aksShapes(id: String, vcpu: Int64, gib: Int64, maxPods: Int, cpu: Int64, memoryMi: Int64) {
        let node = allocatable(.azure, vcpu: vcpu, memoryKi: gib * Self.gibibyteKi, maxPods: maxPods)
        #expect(node.cpu == cpu, "\(id)")
        #expect(node.memoryKi == memoryMi * 1024, "\(id)")
    }

    @Test func aksPublishedMemoryExamples() {
        // CAP-53: 8 GB with 30 pods reserves 650; 4 GB with 70 pods hits the 25% cap.
        let eight = NodeReservation.forProvider(.azure, cpuMillis: 2000, memoryKi: 8 * Self.gibibyteKi, maxPods: 30)
        #expect(eight.kubeMemoryKi == 650 * 1024)
        let four = NodeReservation.forProvider(.azure, cpuMillis: 2000, memoryKi: 4 * Self.gibibyteKi, maxPods: 70)
        #expect(four.kubeMemoryKi == Self.gibibyteKi)
    }

    // MARK: Upstream and explicit (CAP-04, CAP-05, CAP-11)

    @Test func upstreamWorkedExampleWithExplicitReservations() {
        var profile = ClusterProfile(name: "up", provider: .bareMetal, node: NodeShape(vcpu: 16, memoryGiB: 32))
        profile.reserved = Reservations(
            systemCPU: Quantity(parsing: "500m")!, systemMemory: Quantity(parsing: "1Gi")!,
            kubeCPU: Quantity(parsing: "1")!, kubeMemory: Quantity(parsing: "2Gi")!,
            evictionMemory: Quantity(parsing: "500Mi")!)
        let plan = CapacityPlan(profile: profile, zones: 3)
        #expect(plan.allocatableCPUMillis == 14_500)
        #expect(plan.allocatableMemoryKi == 32 * Self.gibibyteKi - (3 * Self.gibibyteKi + 500 * 1024))
        #expect(!plan.reservation.assumedDefaults)
    }

    @Test func bareMetalWithoutReservationsUsesKubeletDefaults() {
        let profile = ClusterProfile(name: "metal", provider: .bareMetal, node: NodeShape(vcpu: 16, memoryGiB: 32))
        let plan = CapacityPlan(profile: profile, zones: 3)
        #expect(plan.reservation.assumedDefaults)
        #expect(plan.allocatableCPUMillis == 16_000)
        #expect(plan.allocatableMemoryKi == 32_668 * 1024)
    }

    @Test func explicitReservationsOverrideTheProvider() {
        var profile = ClusterProfile(name: "eks", provider: .aws)
        profile.reserved = Reservations(
            systemCPU: Quantity(parsing: "0")!, systemMemory: Quantity(parsing: "0")!,
            kubeCPU: Quantity(parsing: "250m")!, kubeMemory: Quantity(parsing: "1Gi")!)
        let reservation = NodeReservation.forProfile(profile)
        #expect(reservation.kubeCPUMillis == 250)
        #expect(reservation.kubeMemoryKi == Self.gibibyteKi)
        #expect(reservation.evictionMemoryKi == 100 * 1024)
    }
}
