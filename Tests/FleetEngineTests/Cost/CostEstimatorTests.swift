import FleetModel
import Foundation
import Testing
@testable import FleetEngine

/// Every expected figure is worked out by hand from docs/instances.md.
@Suite struct CostEstimatorTests {
    static let catalog = try! InstanceCatalog.bundled()

    static func estimate(_ profile: ClusterProfile, _ region: String, nodes: Int, lbs: Int = 0, tier: String = "standard",
                         managed: Bool? = nil) -> CostEstimate {
        CostEstimator.monthly(CostRequest(profile: profile, region: region, nodes: nodes, managedControlPlane: managed,
                                          controlPlaneTier: tier, loadBalancers: lbs), catalog: catalog)
    }

    static func usd(_ text: String) -> Decimal { Decimal(string: text)! }

    @Test func awsNodesFeeAndLoadBalancer() {
        // 3 × 0.384 × 730 = 840.96; EKS 0.10 × 730 = 73; ALB 0.0225 × 730 = 16.425.
        let profile = ClusterProfile(name: "p", provider: .aws, instanceType: "m6i.2xlarge")
        let estimate = Self.estimate(profile, "us-east-1", nodes: 3, lbs: 1)
        #expect(estimate.parts.map(\.monthlyUSD) == [Self.usd("840.96"), Self.usd("73"), Self.usd("16.425")])
        #expect(estimate.monthlyUSD == Self.usd("930.385"))
        #expect(estimate.isComplete)
        #expect(estimate.parts[0].note == "3 × 0.384 × 730")
        #expect(estimate.prices.map(\.sourceID) == ["AWS-PRICE-US-EAST-1", "EKS-FEE", "AWS-LB"])
        #expect(estimate.prices[0].read == "2026-12-04" && estimate.prices[0].region == "us-east-1")
        #expect(estimate.basis.hasPrefix("on-demand list-price estimate for us-east-1, 730 hours a month, prices read 2026-12-04"))
    }

    @Test func awsExtendedSupportFee() {
        // 0.60 × 730 = 438.
        let profile = ClusterProfile(name: "p", provider: .aws, instanceType: "m6i.2xlarge")
        #expect(Self.estimate(profile, "us-east-1", nodes: 0, tier: "extended").monthlyUSD == Self.usd("438"))
    }

    @Test func gcpNodesFeeAndTwoForwardingRules() {
        // 4 × 0.388472 × 730 = 1134.33824; GKE 73; 2 × 0.025 × 730 = 36.5; total 1243.83824.
        let profile = ClusterProfile(name: "p", provider: .gcp, instanceType: "n2-standard-8")
        let estimate = Self.estimate(profile, "us-central1", nodes: 4, lbs: 2)
        #expect(estimate.parts.map(\.monthlyUSD) == [Self.usd("1134.33824"), Self.usd("73"), Self.usd("36.5")])
        #expect(estimate.monthlyUSD == Self.usd("1243.83824"))
    }

    @Test func azureLoadBalancerIsUnknownAndLeftOut() {
        // 5 × 0.384 × 730 = 1401.6; AKS Standard 73; the load balancer has no sourced price.
        let profile = ClusterProfile(name: "p", provider: .azure, instanceType: "Standard_D8s_v5")
        let estimate = Self.estimate(profile, "eastus", nodes: 5, lbs: 1)
        #expect(estimate.monthlyUSD == Self.usd("1474.6"))
        #expect(!estimate.isComplete && estimate.unknownParts.map(\.kind) == [.loadBalancers])
        #expect(estimate.basis.contains("unknown: loadBalancers (not in the sum)"))
    }

    @Test func azureFreeTierHasNoFee() {
        let profile = ClusterProfile(name: "p", provider: .azure, instanceType: "Standard_D8s_v5")
        let estimate = Self.estimate(profile, "westeurope", nodes: 2, tier: "free")
        // westeurope D8s_v5 is read from the catalog, so only the fee is checked here.
        #expect(estimate.parts[1].monthlyUSD == 0)
    }

    @Test func bareMetalUsesTheMonthlyNodeCostAndHasNoFee() {
        // 6 × 450 = 2700; self-hosted control plane: no fee part; no load balancers: 0.
        let profile = ClusterProfile(name: "p", provider: .bareMetal, node: NodeShape(vcpu: 32, memoryGiB: 128), nodeMonthlyCostUSD: 450)
        let estimate = Self.estimate(profile, "dc-1", nodes: 6)
        #expect(estimate.parts.map(\.kind) == [.nodes, .loadBalancers])
        #expect(estimate.monthlyUSD == Self.usd("2700") && estimate.isComplete)
        let withLB = Self.estimate(profile, "dc-1", nodes: 6, lbs: 1)
        #expect(withLB.monthlyUSD == Self.usd("2700") && withLB.unknownParts.map(\.kind) == [.loadBalancers])
    }

    @Test func unpricedNodesAreUnknownNeverGuessed() {
        let unlisted = ClusterProfile(name: "p", provider: .aws)
        let estimate = Self.estimate(unlisted, "us-east-1", nodes: 3)
        #expect(estimate.parts[0].monthlyUSD == nil && estimate.monthlyUSD == Self.usd("73"))
        let noRegion = ClusterProfile(name: "p", provider: .aws, instanceType: "g5.xlarge")
        let gov = Self.estimate(noRegion, "us-gov-west-1", nodes: 1)
        #expect(gov.parts[0].monthlyUSD == nil && gov.parts[0].note.contains("no list price for g5.xlarge in us-gov-west-1"))
        #expect(Self.estimate(noRegion, "us-gov-west-1", nodes: 0).parts[0].monthlyUSD == 0)
    }

    @Test func managedCanBeTurnedOff() {
        let profile = ClusterProfile(name: "p", provider: .aws, instanceType: "m6i.large")
        // 2 × 0.096 × 730 = 140.16.
        let estimate = Self.estimate(profile, "us-east-1", nodes: 2, managed: false)
        #expect(estimate.parts.map(\.kind) == [.nodes, .loadBalancers] && estimate.monthlyUSD == Self.usd("140.16"))
    }

    @Test func fleetRollUpSumsKnownPartsAndKeepsUnknowns() {
        let aws = Self.estimate(ClusterProfile(name: "a", provider: .aws, instanceType: "m6i.2xlarge"), "us-east-1", nodes: 3, lbs: 1)
        let azure = Self.estimate(ClusterProfile(name: "z", provider: .azure, instanceType: "Standard_D8s_v5"), "eastus", nodes: 5, lbs: 1)
        let fleet = FleetCost([("prod/us-east-1/a", aws), ("prod/eastus/z", azure), ("dev/eastus/z", azure)])
        // 930.385 + 1474.6 + 1474.6 = 3879.585.
        #expect(fleet.knownMonthlyUSD == Self.usd("3879.585"))
        #expect(fleet.unknowns.map(\.label) == ["prod/eastus/z", "dev/eastus/z"] && !fleet.isComplete)
        let byEnvironment = fleet.grouped { String($0.split(separator: "/")[0]) }
        #expect(byEnvironment.map(\.key) == ["dev", "prod"])
        #expect(byEnvironment[1].cost.knownMonthlyUSD == Self.usd("2404.985"))
        #expect(FleetCost([]).knownMonthlyUSD == 0 && FleetCost([]).isComplete)
    }
}
