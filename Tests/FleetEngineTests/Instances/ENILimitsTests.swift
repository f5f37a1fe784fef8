import FleetModel
import Testing
@testable import FleetEngine

@Suite struct ENILimitsTests {
    /// Published max pods (aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt) with the ENI inputs
    /// (pkg/vpc/vpc_ip_resource_limit.go), typed in by hand from the files.
    static let published: [(name: String, interfaces: Int, ipv4: Int, maxPods: Int)] = [
        ("m6i.large", 3, 10, 29), ("m6i.xlarge", 4, 15, 58), ("m6i.2xlarge", 4, 15, 58),
        ("m6i.4xlarge", 8, 30, 234), ("m6i.16xlarge", 15, 50, 737), ("c7i.large", 3, 10, 29),
        ("c7i.8xlarge", 8, 30, 234), ("r7i.xlarge", 4, 15, 58), ("m7g.12xlarge", 8, 30, 234),
        ("g5.xlarge", 4, 15, 58), ("g5.12xlarge", 15, 50, 737), ("g6.16xlarge", 15, 50, 737),
    ]

    @Test func formulaMatchesPublishedMaxPods() {
        for row in Self.published {
            #expect(ENILimits.maxPods(interfaces: row.interfaces, ipv4PerInterface: row.ipv4) == row.maxPods, "\(row.name)")
        }
    }

    @Test func catalogMatchesPublishedFigures() throws {
        let catalog = try InstanceCatalog.bundled()
        for row in Self.published {
            let eni = try #require(catalog.instance(named: row.name, provider: .aws)?.eni, "\(row.name)")
            #expect(eni.interfaces == row.interfaces && eni.ipv4PerInterface == row.ipv4 && eni.maxPods == row.maxPods, "\(row.name)")
        }
    }

    @Test func everyAWSEntryFollowsBothFormulas() throws {
        let catalog = try InstanceCatalog.bundled()
        for entry in catalog.instances where entry.provider == .aws {
            let eni = try #require(entry.eni)
            #expect(eni.maxPods == ENILimits.maxPods(interfaces: eni.interfaces, ipv4PerInterface: eni.ipv4PerInterface), "\(entry.name)")
            #expect(eni.maxPodsPrefixDelegation == ENILimits.maxPodsWithPrefixDelegation(
                interfaces: eni.interfaces, ipv4PerInterface: eni.ipv4PerInterface, vcpu: entry.vcpu), "\(entry.name)")
        }
    }

    @Test func prefixDelegationCapsAt110Then250() {
        // m6i.2xlarge: 4 × (14 × 16) + 2 = 898 → 110 (8 vCPU); m6i.16xlarge: 15 × 49 × 16 + 2 → 250 (64 vCPU).
        #expect(ENILimits.maxPodsWithPrefixDelegation(interfaces: 4, ipv4PerInterface: 15, vcpu: 8) == 110)
        #expect(ENILimits.maxPodsWithPrefixDelegation(interfaces: 15, ipv4PerInterface: 50, vcpu: 64) == 250)
        #expect(ENILimits.maxPodsWithPrefixDelegation(interfaces: 15, ipv4PerInterface: 50, vcpu: 30) == 110)
        #expect(ENILimits.maxPodsWithPrefixDelegation(interfaces: 1, ipv4PerInterface: 2, vcpu: 2) == 18)
    }

    @Test func limitPicksTheMode() {
        let eni = ENILimits(interfaces: 4, ipv4PerInterface: 15, maxPods: 58, maxPodsPrefixDelegation: 110,
                            limitsSource: "a", maxPodsSource: "b", prefixDelegationSource: "c")
        #expect(eni.limit(prefixDelegation: false) == 58)
        #expect(eni.limit(prefixDelegation: true) == 110)
        let large = ENILimits(interfaces: 8, ipv4PerInterface: 30, maxPods: 234, maxPodsPrefixDelegation: 110,
                              limitsSource: "a", maxPodsSource: "b", prefixDelegationSource: "c")
        #expect(large.limit(prefixDelegation: true) == 234)
    }
}
