import FleetModel
import Testing
@testable import FleetEngine

/// Names, duplicates, mesh roles and mesh identity: `FP300`–`FP306`, `FP310`, `FP311`, `FP319`.
@Suite struct TopologyRulesTests {
    typealias F = TopologyFixtures

    @Test func fixturesHaveNoTopologyFindings() {
        // Only the FP320 notes that the kube contexts are not known yet.
        let notes: (Project) -> [Finding] = { TopologyRules.findings(for: $0).filter { $0.code != "FP320" } }
        #expect(notes(F.multiRegion()).isEmpty)
        // The fixture's dev remote shares production's mesh on purpose (the remote-rule tests use it): FP321 says so.
        #expect(notes(F.primaryRemote()).map(\.code) == ["FP321"])
        #expect(TopologyRules.findings(for: ProjectTemplate.minimal.project(named: "demo")).isEmpty)
        #expect(TopologyRules.findings(for: F.multiRegion()).allSatisfy { $0.code == "FP320" && $0.severity == .info })
    }

    @Test func rulesRunThroughLint() {
        var project = F.multiRegion()
        project.topology.mesh.meshID = ""
        // FP320 and FP326 (kube contexts, GitOps repository and zone) are placeholders the fixture leaves.
        #expect(Lint.findings(for: project).map(\.code).filter { $0 != "FP320" && $0 != "FP326" } == ["FP310"])
    }

    @Test func invalidNetworkMeshIDAndGatewayNames() {
        var project = F.multiRegion()
        project.topology.clusters[1].network = "Net EU"
        project.topology.mesh.meshID = "Payments"
        project.topology.mesh.eastWestGateways.append("net_us")
        let found = F.findings(project, "FP300")
        #expect(found.map(\.path.description) == [
            "spec.topology.clusters[1].network",
            "spec.topology.mesh.meshID",
            "spec.topology.mesh.eastWestGateways[2]",
        ])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func duplicateGatewaysAndFailoverEntries() {
        var project = F.multiRegion()
        project.topology.mesh.eastWestGateways.append("net-eu")
        project.topology.mesh.failover[0].to += ["us-east-1", "eu-west-1"]
        project.topology.mesh.failover.append(FailoverRule(from: "us-east-1", to: ["eu-west-1"]))
        #expect(F.findings(project, "FP301").map(\.path.description) == [
            "spec.topology.mesh.eastWestGateways[2]",
            "spec.topology.mesh.failover[0].to[1]",
            "spec.topology.mesh.failover[0].to[2]",
            "spec.topology.mesh.failover[2].from",
        ])
    }

    @Test func remoteMustFollowAnExistingPrimary() {
        var project = F.primaryRemote()
        let dev = F.position(project, "dev")
        project.topology.clusters[dev].primary = "nowhere"
        #expect(F.findings(project, "FP302").map(\.path.description) == ["spec.topology.clusters[\(dev)].primary"])

        project.topology.clusters[dev].primary = "mgmt"
        let notInMesh = F.findings(project, "FP302")
        #expect(notInMesh.count == 1)
        #expect(notInMesh.first?.message.contains("not in the mesh") == true)
    }

    @Test func remoteCannotFollowAnotherRemote() {
        var project = F.primaryRemote()
        project.topology.clusters.append(Cluster(name: "dev-2", environment: "dev", region: "eu-west-1", profile: "general",
                                                 network: "net-eu-west-1", meshRole: .remote, primary: "dev"))
        #expect(F.findings(project, "FP302").map(\.path.description) == ["spec.topology.clusters[3].primary"])
    }

    @Test func remoteWithoutPrimary() {
        var project = F.primaryRemote()
        let dev = F.position(project, "dev")
        project.topology.clusters[dev].primary = nil
        #expect(F.findings(project, "FP303").map(\.path.description) == ["spec.topology.clusters[\(dev)].meshRole"])
        #expect(F.findings(project, "FP302").isEmpty)
    }

    @Test func primaryOnlyOnRemotes() {
        var project = F.primaryRemote()
        let prod = F.position(project, "prod")
        project.topology.clusters[prod].primary = "dev"
        project.topology.clusters[0].primary = "prod"
        #expect(F.findings(project, "FP304").map(\.path.description) == [
            "spec.topology.clusters[0].primary",
            "spec.topology.clusters[\(prod)].primary",
        ])
    }

    @Test func meshRoleNeedsAMeshModel() {
        var project = F.primaryRemote()
        project.topology.mesh.model = .none
        #expect(F.findings(project, "FP305").map(\.path.description) == [
            "spec.topology.clusters[1].meshRole",
            "spec.topology.clusters[2].meshRole",
        ])
        // The other mesh rules stay quiet while the mesh is off.
        #expect(TopologyRules.findings(for: project).map(\.code) == ["FP305", "FP305"])
    }

    @Test(arguments: MeshModel.allCases.filter { $0 != .none })
    func meshWithOnlyRemotesHasNoControlPlane(model: MeshModel) {
        var project = F.primaryRemote()
        project.topology.mesh.model = model
        #expect(F.findings(project, "FP306").isEmpty)
        project.topology.clusters[F.position(project, "prod")].meshRole = .remote
        project.topology.clusters[F.position(project, "prod")].primary = "dev"
        #expect(F.findings(project, "FP306").map(\.path.description) == ["spec.topology.mesh.model"])
    }

    @Test func meshNeedsAMeshID() {
        var project = F.primaryRemote()
        project.topology.mesh.meshID = ""
        #expect(F.findings(project, "FP310").map(\.path.description) == ["spec.topology.mesh.meshID"])
        project.topology.mesh.model = .none
        project.topology.clusters = project.topology.clusters.map { var c = $0; c.meshRole = nil; c.primary = nil; return c }
        #expect(F.findings(project, "FP310").isEmpty)
    }

    @Test(arguments: ["", "Shop.example.com", "shop..example.com", "-shop.example.com", "shop.example.com."])
    func trustDomainMustBeADNSName(domain: String) {
        var project = F.primaryRemote()
        project.topology.mesh.trustDomain = domain
        #expect(F.findings(project, "FP311").map(\.path.description) == ["spec.topology.mesh.trustDomain"])
    }

    @Test(arguments: ["cluster.local", "shop", "a.b-c.d1"])
    func validTrustDomains(domain: String) {
        var project = F.primaryRemote()
        project.topology.mesh.trustDomain = domain
        #expect(F.findings(project, "FP311").isEmpty)
    }

    @Test func meshSettingsLeftWhenMeshIsOff() {
        var project = ProjectTemplate.minimal.project(named: "demo")
        #expect(F.findings(project, "FP319").isEmpty)
        project.topology.mesh.eastWestGateways = ["net-eu-west-1"]
        project.topology.mesh.failover = [FailoverRule(from: "eu-west-1", to: ["us-east-1"])]
        let found = F.findings(project, "FP319")
        #expect(found.map(\.path.description) == ["spec.topology.mesh.eastWestGateways", "spec.topology.mesh.failover"])
        #expect(found.allSatisfy { $0.severity == .warning })
    }
}
