import FleetModel
import Testing
@testable import FleetEngine

/// Gateways, management, coverage of the requirements and failover: `FP307`–`FP309`, `FP312`–`FP318`.
@Suite struct TopologyCoverageRulesTests {
    typealias F = TopologyFixtures

    @Test func remoteAcrossNetworksNeedsGatewayOnPrimaryNetwork() {
        var project = F.primaryRemote()
        let dev = F.position(project, "dev")
        project.topology.clusters[dev].network = "net-dev"
        #expect(F.findings(project, "FP307").map(\.path.description) == ["spec.topology.mesh.eastWestGateways"])
        #expect(F.findings(project, "FP307").first?.message.contains("net-eu-west-1") == true)
        // The remote's own network still needs its gateway (FP308), but the primary's is not reported twice.
        #expect(F.findings(project, "FP308").map(\.message).allSatisfy { $0.contains("\"net-dev\"") })
        #expect(F.findings(project, "FP308").count == 1)

        project.topology.mesh.eastWestGateways = ["net-eu-west-1", "net-dev"]
        #expect(F.findings(project, "FP307").isEmpty)
        #expect(F.findings(project, "FP308").isEmpty)
    }

    @Test func multiNetworkMeshNeedsAGatewayPerNetwork() {
        var project = F.multiRegion()
        project.topology.mesh.eastWestGateways = ["net-eu"]
        let found = F.findings(project, "FP308")
        #expect(found.map(\.path.description) == ["spec.topology.mesh.eastWestGateways"])
        #expect(found.first?.message.contains("\"net-us\"") == true)
    }

    @Test func singleNetworkMeshNeedsNoGateway() {
        var project = F.multiRegion()
        project.topology.clusters = project.topology.clusters.map { var c = $0; c.network = "net-all"; return c }
        project.topology.mesh.eastWestGateways = []
        #expect(F.findings(project, "FP308").isEmpty)
        #expect(F.findings(project, "FP309").isEmpty)
    }

    @Test func gatewayOnANetworkWithoutMeshClusters() {
        var project = F.multiRegion()
        project.topology.mesh.eastWestGateways.append("net-ap")
        let found = F.findings(project, "FP309")
        #expect(found.map(\.path.description) == ["spec.topology.mesh.eastWestGateways[2]"])
        #expect(found.first?.severity == .warning)
    }

    @Test func exactlyOneManagementCluster() {
        var project = F.multiRegion()
        project.topology.clusters[0].role = .workload
        project.topology.clusters[0].environment = "prod"
        #expect(F.findings(project, "FP312").map(\.path.description) == ["spec.topology.clusters"])

        project.topology.clusters[0].role = .management
        project.topology.clusters[1].role = .management
        let second = F.findings(project, "FP312")
        #expect(second.map(\.path.description) == ["spec.topology.clusters[1].role"])
        #expect(second.allSatisfy { $0.severity == .warning })
    }

    @Test func aManagementClusterIsOnlyAdviceForAFewWorkloadClusters() {
        var project = ProjectTemplate.minimal.project(named: "demo")
        #expect(F.findings(project, "FP312").isEmpty)
        project.topology.clusters.removeAll { $0.role == .management }
        let few = F.findings(project, "FP312")
        #expect(few.map(\.path.description) == ["spec.topology.clusters"])
        #expect(project.topology.clusters.filter { $0.role == .workload }.count < 3)
        #expect(few.allSatisfy { $0.severity == .info })
        project.topology = Topology()
        #expect(F.findings(project, "FP312").map(\.severity) == [.info])
    }

    @Test func severalWorkloadClustersNeedAManagementCluster() {
        var project = F.multiRegion()
        project.topology.clusters.removeAll { $0.role == .management }
        #expect(project.topology.clusters.filter { $0.role == .workload }.count >= 3)
        #expect(F.findings(project, "FP312").map(\.severity) == [.warning])
    }

    @Test func requiredRegionWithoutProduction() {
        var project = F.multiRegion()
        project.topology.clusters.removeAll { $0.name == "prod-us" }
        project.topology.mesh.failover = []
        #expect(F.findings(project, "FP313").map(\.path.description) == ["spec.requirements.regions[1]"])
    }

    @Test func productionIsRecognisedByName() {
        var project = F.multiRegion()
        project.requirements.environments = ["dev", "prod", "staging"]
        #expect(F.findings(project, "FP313").isEmpty)
        project.requirements.environments = ["dev", "staging", "production"]
        project.topology.clusters = project.topology.clusters.map {
            var c = $0; if c.environment == "prod" { c.environment = "production" }; return c
        }
        #expect(F.findings(project, "FP313").isEmpty)
        project.topology.clusters[F.position(project, "prod-us")].environment = "staging"
        #expect(F.findings(project, "FP313").map(\.path.description) == ["spec.requirements.regions[1]"])
    }

    @Test func productionZonesBelowTheRequirement() {
        var project = F.multiRegion()
        let prod = F.position(project, "prod-eu")
        let dev = F.position(project, "dev-eu")
        project.topology.clusters[dev].zones = 1
        project.topology.clusters[prod].zones = 3
        #expect(F.findings(project, "FP314").isEmpty)
        project.topology.clusters[prod].zones = 1
        let found = F.findings(project, "FP314")
        #expect(found.map(\.path.description) == ["spec.topology.clusters[\(prod)].zones"])
        #expect(found.first?.message.contains("1 zone;") == true)
    }

    @Test func failoverTargetWithoutMatchingEnvironment() {
        var project = F.multiRegion()
        let prodUS = F.position(project, "prod-us")
        project.topology.clusters[prodUS].environment = "staging"
        #expect(F.findings(project, "FP315").map(\.path.description) == ["spec.topology.mesh.failover[0].to[0]"])
        project.topology.clusters.remove(at: prodUS)
        #expect(F.findings(project, "FP315").map(\.path.description) == [
            "spec.topology.mesh.failover[0].to[0]",
            "spec.topology.mesh.failover[1].from",
        ])
    }

    @Test func failoverRegionsMustBeRequired() {
        var project = F.multiRegion()
        project.topology.mesh.failover[0].to.append("ap-south-1")
        project.topology.mesh.failover.append(FailoverRule(from: "sa-east-1", to: ["eu-west-1"]))
        #expect(F.findings(project, "FP316").map(\.path.description) == [
            "spec.topology.mesh.failover[0].to[1]",
            "spec.topology.mesh.failover[2].from",
        ])
    }

    @Test func clusterInARegionTheRequirementsDoNotList() {
        var project = F.multiRegion()
        #expect(F.findings(project, "FP317").isEmpty)
        project.topology.clusters[1].region = "ap-south-1"
        #expect(F.findings(project, "FP317").map(\.path.description) == ["spec.topology.clusters[1].region"])
    }

    @Test func clusterEnvironmentNotInRequirements() {
        var project = F.multiRegion()
        #expect(F.findings(project, "FP318").isEmpty)
        project.topology.clusters[1].environment = "qa"
        project.topology.clusters[2].environment = "shared"
        #expect(F.findings(project, "FP318").map(\.path.description) == [
            "spec.topology.clusters[1].environment",
            "spec.topology.clusters[2].environment",
        ])
    }
}
