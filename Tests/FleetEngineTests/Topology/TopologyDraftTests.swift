import FleetModel
import Testing
@testable import FleetEngine

@Suite struct TopologyDraftTests {
    /// A project with `environments` and `regions`, the mesh on when `mesh` is true.
    static func project(environments: [String], regions: [String], mesh: Bool) -> Project {
        var project = ProjectTemplate.minimal.project(named: "shop")
        project.requirements.environments = environments
        project.requirements.regions = regions
        project.profiles[0].mesh.enabled = mesh
        project.topology = Topology()
        return project
    }

    /// The drafted project: the draft put into `project`.
    static func drafted(_ project: Project) -> Project {
        var drafted = project
        drafted.topology = TopologyDraft.propose(for: project)
        return drafted
    }

    static let fourRegions = ["eu-west-1", "us-east-1", "ap-southeast-2", "sa-east-1"]

    @Test(arguments: [["prod"], ["dev", "staging", "prod"]], [["eu-west-1"], fourRegions])
    func draftsValidateWithoutFindings(environments: [String], regions: [String]) {
        for mesh in [false, true] {
            let project = Self.drafted(Self.project(environments: environments, regions: regions, mesh: mesh))
            // FP335 compares the plan with requirements.expectedNodes, which a draft never changes.
            // FP320 notes the kube contexts a draft cannot know.
            let findings = Lint.findings(for: project).filter { $0.code != "FP335" && $0.code != "FP320" }
            #expect(findings.isEmpty, "\(environments) \(regions) mesh \(mesh): \(findings.map(\.message))")
        }
    }

    @Test func oneRegionOneEnvironment() {
        let topology = TopologyDraft.propose(for: Self.project(environments: ["prod"], regions: ["eu-west-1"], mesh: false))
        #expect(topology.clusters.map(\.name) == ["mgmt", "prod"])
        #expect(topology.clusters.map(\.role) == [.management, .workload])
        #expect(topology.clusters.map(\.network) == ["net-eu-west-1", "net-eu-west-1"])
        #expect(topology.mesh == MeshSettings())
    }

    @Test func fourRegionsThreeEnvironments() {
        let topology = TopologyDraft.propose(for: Self.project(environments: ["dev", "staging", "prod"], regions: Self.fourRegions, mesh: true))
        #expect(topology.clusters.map(\.name) == [
            "mgmt", "dev-eu-west-1", "staging-eu-west-1",
            "prod-eu-west-1", "prod-us-east-1", "prod-ap-southeast-2", "prod-sa-east-1",
        ])
        #expect(topology.clusters.filter { $0.environment == "prod" }.map(\.region) == Self.fourRegions)
        #expect(topology.clusters.filter { $0.environment != "prod" }.allSatisfy { $0.region == "eu-west-1" })
        #expect(topology.mesh.model == .multiPrimary)
        #expect(topology.clusters.filter { $0.environment == "prod" }.allSatisfy { $0.meshRole == .primary })
        #expect(topology.clusters.filter { $0.environment != "prod" }.allSatisfy { $0.meshRole == nil },
                "production shares its mesh and trust domain with nothing else")
        #expect(topology.mesh.eastWestGateways == Self.fourRegions.map { "net-\($0)" })
        #expect(topology.mesh.failover.first == FailoverRule(from: "eu-west-1", to: ["us-east-1", "ap-southeast-2", "sa-east-1"]))
        #expect(topology.mesh.failover.last == FailoverRule(from: "sa-east-1", to: ["eu-west-1", "us-east-1", "ap-southeast-2"]))
    }

    @Test func singleRegionSeveralEnvironmentsMeshesProductionOnly() {
        let topology = TopologyDraft.propose(for: Self.project(environments: ["dev", "staging", "prod"], regions: ["eu-west-1"], mesh: true))
        #expect(topology.mesh.model == .multiPrimary)
        let roles = topology.clusters.map { "\($0.name):\($0.meshRole?.rawValue ?? "-"):\($0.primary ?? "-")" }
        #expect(roles == ["mgmt:-:-", "dev:-:-", "staging:-:-", "prod:primary:-"],
                "dev and staging are not remotes of the production istiod")
        #expect(topology.mesh.eastWestGateways.isEmpty)
        #expect(topology.mesh.failover.isEmpty)
    }

    @Test func singleClusterMeshIsMultiPrimary() {
        let topology = TopologyDraft.propose(for: Self.project(environments: ["prod"], regions: ["eu-west-1"], mesh: true))
        #expect(topology.mesh.model == .multiPrimary)
        #expect(topology.cluster(named: "prod")?.meshRole == .primary)
    }

    @Test func mtlsRequirementTurnsTheMeshOn() {
        var project = Self.project(environments: ["dev", "prod"], regions: ["eu-west-1", "us-east-1"], mesh: false)
        #expect(TopologyDraft.propose(for: project).mesh.model == .none)
        project.requirements.mtlsRequired = true
        let mesh = TopologyDraft.propose(for: project).mesh
        #expect(mesh.model == .multiPrimary)
        #expect(mesh.meshID == "shop")
        #expect(mesh.trustDomain == "shop.example.com")
    }

    @Test func productionIsTheLastEnvironmentWhenNoneIsNamedProd() {
        let topology = TopologyDraft.propose(for: Self.project(environments: ["dev", "live"], regions: ["eu-west-1", "us-east-1"], mesh: false))
        #expect(topology.clusters.filter { $0.environment == "live" }.map(\.region) == ["eu-west-1", "us-east-1"])
        #expect(topology.clusters.filter { $0.environment == "dev" }.count == 1)
    }

    @Test func profilesNamedAfterTheEnvironmentAreUsed() {
        var project = Self.project(environments: ["dev", "prod"], regions: ["eu-west-1"], mesh: false)
        project.profiles.append(ClusterProfile(name: "prod"))
        project.profiles.append(ClusterProfile(name: "management"))
        let topology = TopologyDraft.propose(for: project)
        #expect(topology.clusters.map(\.profile) == ["management", "general", "prod"])
    }

    @Test func environmentNamedLikeTheManagementClusterGetsAUniqueName() {
        let topology = TopologyDraft.propose(for: Self.project(environments: ["mgmt", "prod"], regions: ["eu-west-1"], mesh: false))
        #expect(topology.clusters.map(\.name) == ["mgmt", "mgmt-2", "prod"])
    }

    @Test func noRegionsDraftsNothing() {
        #expect(TopologyDraft.propose(for: Self.project(environments: ["prod"], regions: [], mesh: true)) == Topology())
    }
}
