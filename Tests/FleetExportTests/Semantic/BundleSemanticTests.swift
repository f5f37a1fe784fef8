import FleetEngine
import FleetModel
import Foundation
import Testing
@testable import FleetExport

/// Whole bundles of varied projects pass the cross-file semantic checks.
@Suite struct BundleSemanticTests {
    static let upstream = try! UpstreamFeatureGates.load()

    /// A project from `template` with its first profile changed by `edit`, at `minor`.
    static func project(
        _ name: String, _ template: ProjectTemplate, minor: Int, windows: Bool = false, edit: (inout ClusterProfile) -> Void
    ) -> Project {
        var project = template.project(named: name)
        project.kubernetesVersion = KubernetesVersion(minor: minor)
        project.requirements.windows = windows
        // These projects test Kubernetes configuration: the team's decision pins Kubernetes
        // whatever the matrix ranks first (a minimal template's matrix favours Nomad).
        project.matrix.decision.platform = .kubernetes
        for index in project.profiles.indices { edit(&project.profiles[index]) }
        return project
    }

    static func reserved() -> Reservations {
        Reservations(systemCPU: Quantity(parsing: "500m")!, systemMemory: Quantity(parsing: "1Gi")!,
                     kubeCPU: Quantity(parsing: "500m")!, kubeMemory: Quantity(parsing: "1Gi")!)
    }

    /// Ten projects: every provider, small to large, mesh off / per cluster / multi-cluster,
    /// CPU-intensive and NUMA, Windows, targets 1.31 to 1.36.
    static let projects: [Project] = [
        project("aws-small", .minimal, minor: 31) { $0.provider = .aws },
        project("gcp-meshed", .minimal, minor: 32) {
            $0.provider = .gcp; $0.mesh = MeshLoad(enabled: true, maxConcurrentConnections: 8000)
        },
        project("azure-large", .multiRegion, minor: 33) {
            $0.provider = .azure; $0.workload.pods = 30_000; $0.featureGates = ["KubeletPSI": true, "CPUManagerPolicyAlphaOptions": true]
        },
        project("metal-numa", .minimal, minor: 34) {
            $0.provider = .bareMetal; $0.reserved = reserved(); $0.cpuIntensive = true; $0.numaAware = true
            $0.node = NodeShape(vcpu: 32, memoryGiB: 128); $0.workload.podCPU = Quantity(parsing: "2")!
        },
        project("cpu-meshed", .multiRegion, minor: 35) {
            $0.cpuIntensive = true; $0.mesh = MeshLoad(enabled: true, maxConcurrentConnections: 4000)
            $0.workload.podCPU = Quantity(parsing: "1")!; $0.featureGates = ["MemoryManager": true, "CustomCPUCFSQuotaPeriod": true]
        },
        project("windows-mesh", .multiRegion, minor: 36, windows: true) { $0.mesh = MeshLoad(enabled: true) },
        project("numa-gcp", .multiRegion, minor: 36) {
            $0.provider = .gcp; $0.cpuIntensive = true; $0.numaAware = true; $0.node = NodeShape(vcpu: 16, memoryGiB: 64)
            $0.featureGates = ["DisableCPUQuotaWithExclusiveCPUs": true, "NodeSwap": true]
        },
        project("dense-azure", .minimal, minor: 35) {
            $0.provider = .azure; $0.maxPodsPerNode = 250; $0.podCIDRMaskSize = 23; $0.node = NodeShape(vcpu: 64, memoryGiB: 256)
        },
        project("binpack-aws", .multiRegion, minor: 32) {
            $0.scheduling = .binpack; $0.workload.pods = 5000; $0.featureGates = ["InPlacePodVerticalScaling": true]
        },
        project("mesh-numa-metal", .multiRegion, minor: 34) {
            $0.provider = .bareMetal; $0.reserved = reserved(); $0.cpuIntensive = true; $0.numaAware = true
            $0.mesh = MeshLoad(enabled: true, maxConcurrentConnections: 12_000); $0.node = NodeShape(vcpu: 48, memoryGiB: 192)
        },
    ]

    @Test func tenVariedProjects() {
        #expect(Self.projects.count >= 10)
        #expect(Set(Self.projects.map(\.kubernetesVersion.minor)) == Set(31...36))
        #expect(Set(Self.projects.flatMap { $0.profiles.map(\.provider) }) == Set(Provider.allCases))
    }

    @Test(arguments: projects.map(\.metadata.name))
    func bundlePassesTheSemanticChecks(name: String) throws {
        // The semantic checks read the kubeadm files, which only self-managed control planes get.
        let project = BundleFixtures.selfManaged(try #require(Self.projects.first { $0.metadata.name == name }))
        let bundle = try BundleFixtures.bundle(project)
        #expect(bundle.paths.contains { $0.hasSuffix("/kubeadm-config.yaml") }, "\(name) exports Kubernetes clusters")
        let problems = try BundleSemanticCheck(files: bundle.files, project: project, upstream: Self.upstream).problems()
        #expect(problems == [], "\(name)")
    }

    @Test func theCheckCatchesASchedulerConfigWithoutKubeconfig() throws {
        let project = BundleFixtures.selfManaged(Self.projects[0])
        var files = try BundleFixtures.bundle(project).files
        let path = try #require(files.keys.first { $0.hasSuffix("/scheduler-config.yaml") })
        files[path] = Data("apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\n".utf8)
        let problems = try BundleSemanticCheck(files: files, project: project, upstream: Self.upstream).problems()
        #expect(problems.contains { $0.contains("clientConnection.kubeconfig") })
    }
}
