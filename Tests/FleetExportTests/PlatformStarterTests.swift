import FleetEngine
import FleetModel
import Foundation
import Testing
import Yams
@testable import FleetExport

@Suite struct PlatformStarterTests {
    func project(regions: [String] = ["eu-west-1", "us-east-1"], mtls: Bool = true) -> Project {
        Project(
            metadata: Metadata(name: "shop"),
            kubernetesVersion: KubernetesVersion(minor: 34),
            requirements: Requirements(regions: regions, zonesPerRegion: 3, mtlsRequired: mtls),
            profiles: [
                ClusterProfile(name: "web"),
                ClusterProfile(name: "heavy", workload: WorkloadMix(
                    podCPU: Quantity(parsing: "3")!, podMemory: Quantity(parsing: "10Gi")!)),
            ])
    }

    @Test func kubernetesHasNoStarter() {
        #expect(PlatformStarter.files(for: .kubernetes, project: project()).isEmpty)
    }

    @Test func fargateSizesAreValidPairs() {
        #expect(ECSStarter.fargateSize(cpuMillis: 250, memoryMiB: 512) == (256, 512))
        #expect(ECSStarter.fargateSize(cpuMillis: 250, memoryMiB: 600) == (256, 1024))
        #expect(ECSStarter.fargateSize(cpuMillis: 250, memoryMiB: 3000) == (512, 3072))
        #expect(ECSStarter.fargateSize(cpuMillis: 3000, memoryMiB: 10240) == (4096, 10240))
        #expect(ECSStarter.fargateSize(cpuMillis: 1, memoryMiB: 1) == (256, 512))
        #expect(ECSStarter.fargateSize(cpuMillis: 100_000, memoryMiB: 1) == (16384, 122880), "the largest size when none fits")
        for cpu in stride(from: Int64(1), to: 20_000, by: 377) {
            for memory in stride(from: Int64(1), to: 130_000, by: 3001) {
                let size = ECSStarter.fargateSize(cpuMillis: cpu, memoryMiB: memory)
                let row = ECSStarter.fargateSizes.first { $0.cpu == size.cpu }!
                #expect(row.memory.contains(size.memory) && (size.memory - row.memory.lowerBound) % row.step == 0)
            }
        }
    }

    @Test func cloudRunSizesRespectTheMemoryCeilingOfEachCPU() {
        #expect(CloudRunStarter.size(cpuMillis: 250, memoryMiB: 256) == (1, 512))
        #expect(CloudRunStarter.size(cpuMillis: 1500, memoryMiB: 1024) == (2, 1024))
        #expect(CloudRunStarter.size(cpuMillis: 500, memoryMiB: 6000) == (2, 6000))
        #expect(CloudRunStarter.size(cpuMillis: 64_000, memoryMiB: 64_000) == (8, 32768))
    }

    @Test func swarmWritesDecimalCores() {
        #expect(SwarmStarter.cores(250) == "0.25")
        #expect(SwarmStarter.cores(1000) == "1")
        #expect(SwarmStarter.cores(1005) == "1.005")
        #expect(SwarmStarter.cores(1500) == "1.5")
    }

    @Test func swarmStackParsesAndCarriesDeploySettings() throws {
        let files = PlatformStarter.files(for: .dockerSwarm, project: project())
        #expect(files.map(\.path) == ["eu-west-1/stack.yaml", "us-east-1/stack.yaml"], "a swarm per region")
        let stack = try #require(try Yams.load(yaml: files[0].text) as? [String: Any])
        let services = try #require(stack["services"] as? [String: Any])
        #expect(services.keys.sorted() == ["shop-heavy", "shop-web"])
        let web = try #require((services["shop-web"] as? [String: Any])?["deploy"] as? [String: Any])
        #expect(web["replicas"] as? Int == WorkloadMix().pods, "replicas from the workload, not the zone count")
        #expect(((web["resources"] as? [String: Any])?["limits"] as? [String: Any])?["cpus"] as? String == "0.25")
        let network = (stack["networks"] as? [String: Any])?["backend"] as? [String: Any]
        #expect((network?["driver_opts"] as? [String: Any])?["encrypted"] as? String == "true")
        let plain = PlatformStarter.files(for: .dockerSwarm, project: project(mtls: false))[0].text
        #expect(!plain.contains("encrypted"))
        // Secrets by reference: each service names one the stack declares external.
        let secrets = try #require(stack["secrets"] as? [String: Any])
        #expect((secrets["shop-web-config"] as? [String: Any])?["external"] as? Bool == true)
        #expect((services["shop-web"] as? [String: Any])?["secrets"] as? [String] == ["shop-web-config"])
    }

    /// Two regions; the production cluster in eu-west-1 runs 40 pods of "web", us-east-1 has no
    /// cluster of it and runs the profile's whole workload.
    func twoRegionProject() -> Project {
        var project = project()
        project.requirements.environments = ["prod"]
        project.topology.clusters = [
            Cluster(name: "prod-eu", environment: "prod", region: "eu-west-1", profile: "web", network: "net-eu",
                    workload: ClusterWorkload(pods: 40)),
        ]
        return project
    }

    @Test func ecsFilesAreJSONWithValidFargateSizes() throws {
        let files = PlatformStarter.files(for: .ecs, project: twoRegionProject())
        #expect(files.map(\.path) == [
            "eu-west-1/cluster.json", "eu-west-1/shop-web/service.json", "eu-west-1/shop-web/task-definition.json",
            "eu-west-1/shop-heavy/service.json", "eu-west-1/shop-heavy/task-definition.json",
            "us-east-1/cluster.json", "us-east-1/shop-web/service.json", "us-east-1/shop-web/task-definition.json",
            "us-east-1/shop-heavy/service.json", "us-east-1/shop-heavy/task-definition.json",
        ])
        var desired: [String: Int] = [:]
        for file in files {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(file.text.utf8)) as? [String: Any])
            let region = String(file.path.prefix { $0 != "/" })
            if file.path.hasSuffix("task-definition.json") {
                #expect(object["requiresCompatibilities"] as? [String] == ["FARGATE"])
                #expect(object["cpu"] is String && object["memory"] is String, "ECS takes sizes as strings")
                let container = (object["containerDefinitions"] as? [[String: Any]])?.first
                let options = (container?["logConfiguration"] as? [String: Any])?["options"] as? [String: String]
                #expect(options?["awslogs-create-group"] == "true" && options?["awslogs-region"] == region)
            } else if file.path.hasSuffix("service.json") {
                desired[file.path] = object["desiredCount"] as? Int
                #expect(object["cluster"] as? String == "shop-\(region)")
            } else {
                #expect(object["clusterName"] as? String == "shop-\(region)")
            }
        }
        #expect(desired["eu-west-1/shop-web/service.json"] == 40, "the production cluster's pods in that region")
        #expect(desired["us-east-1/shop-web/service.json"] == WorkloadMix().pods, "a region without a cluster runs the whole workload")
        let heavy = try JSONSerialization.jsonObject(with: Data(files[4].text.utf8)) as? [String: Any]
        #expect(heavy?["cpu"] as? String == "4096" && heavy?["memory"] as? String == "10240")
    }

    @Test func ecsFilesPassBotocoresModel() throws {
        for file in PlatformStarter.files(for: .ecs, project: twoRegionProject()) {
            let schema = file.path.hasSuffix("cluster.json") ? UpstreamSchemas.ecsCreateCluster
                : file.path.hasSuffix("service.json") ? UpstreamSchemas.ecsCreateService : UpstreamSchemas.ecsRegisterTaskDefinition
            #expect(DocumentCheck.problems(inYAML: file.text, schema: schema) == [], "\(file.path)")
        }
        // The table is live: a misspelt member and a bad enum are caught.
        let wrong = #"{"family": "x", "networkMode": "vpc", "containerDefinition": []}"#
        let problems = DocumentCheck.problems(inYAML: wrong, schema: UpstreamSchemas.ecsRegisterTaskDefinition)
        #expect(problems.contains { $0.hasPrefix("networkMode:") } && problems.contains { $0.hasPrefix("containerDefinition:") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("containerDefinitions is required") }, "botocore's required members: \(problems)")
    }

    @Test func cloudRunServicesPerRegionAndProfile() throws {
        let files = PlatformStarter.files(for: .cloudRun, project: project())
        #expect(files.map(\.path) == [
            "eu-west-1/shop-web/service.yaml", "eu-west-1/shop-heavy/service.yaml",
            "us-east-1/shop-web/service.yaml", "us-east-1/shop-heavy/service.yaml",
        ])
        let service = try #require(try Yams.load(yaml: files[1].text) as? [String: Any])
        #expect(service["apiVersion"] as? String == "serving.knative.dev/v1")
        let template = (service["spec"] as? [String: Any])?["template"] as? [String: Any]
        let annotations = (template?["metadata"] as? [String: Any])?["annotations"] as? [String: Any]
        #expect(annotations?["autoscaling.knative.dev/minScale"] as? String == "3", "annotations are strings")
        #expect(files[1].text.contains("cpu: \"4\"") && files[1].text.contains("memory: 10240Mi"))
        for file in files {
            #expect(DocumentCheck.problems(inYAML: file.text, version: KubernetesVersion(minor: 34)) == [], "\(file.path)")
        }
    }

    @Test func nomadHasServerClientAndJobsPerRegion() {
        let files = PlatformStarter.files(for: .nomad, project: project())
        #expect(files.map(\.path) == [
            "eu-west-1/client.hcl", "eu-west-1/shop-web.nomad.hcl", "eu-west-1/shop-heavy.nomad.hcl", "eu-west-1/server.hcl",
            "us-east-1/client.hcl", "us-east-1/shop-web.nomad.hcl", "us-east-1/shop-heavy.nomad.hcl", "us-east-1/server.hcl",
        ])
        for file in files {
            #expect(file.text.filter { $0 == "{" }.count == file.text.filter { $0 == "}" }.count)
            let region = file.path.hasPrefix("eu-west-1") ? "eu-west-1" : "us-east-1"
            #expect(file.text.contains("region     = \"\(region)\"") || file.text.contains("region      = \"\(region)\""), "\(file.path)")
            if file.path.hasSuffix("server.hcl") || file.path.hasSuffix("client.hcl") {
                // nomad tls cert create -region names the files for the agent's own region.
                #expect(file.text.contains("\(region)-\(file.path.hasSuffix("server.hcl") ? "server" : "client")-nomad.pem"))
                #expect(!file.text.contains("global-"))
            }
        }
        #expect(files[3].text.contains("bootstrap_expect = 3"))
        #expect(files[0].text.contains("client {") && !files[0].text.contains("server {"))
    }

    @Test func nomadJobsSizeFromTheWorkloadAndJoinTheMeshWhenMTLSIsRequired() throws {
        let files = PlatformStarter.files(for: .nomad, project: twoRegionProject())
        let eu = try #require(files.first { $0.path == "eu-west-1/shop-web.nomad.hcl" }?.text)
        let us = try #require(files.first { $0.path == "us-east-1/shop-web.nomad.hcl" }?.text)
        #expect(eu.contains("count = 40") && us.contains("count = \(WorkloadMix().pods)"))
        #expect(eu.contains("canary            = 1") && eu.contains("auto_revert       = true"))
        #expect(eu.contains("cpu    = 500") && eu.contains("memory = 512"), "250m at 2000 MHz per core, 512Mi")
        #expect(eu.contains("sidecar_service {}") && eu.contains("mode = \"bridge\""), "mTLS through Consul service mesh")
        #expect(files.first { $0.path == "eu-west-1/client.hcl" }?.text.contains("grpc_address = \"127.0.0.1:8502\"") == true)
        let plain = PlatformStarter.files(for: .nomad, project: project(mtls: false))
        let job = try #require(plain.first { $0.path == "eu-west-1/shop-web.nomad.hcl" }?.text)
        #expect(!job.contains("connect") && job.contains("provider = \"nomad\""))
        #expect(plain.first { $0.path == "eu-west-1/client.hcl" }?.text.contains("consul {") == false)
    }

    @Test func nomadStringsCannotOpenTemplatesOrBreakOut() {
        #expect(NomadStarter.quoted("a\"b") == "\"a\\\"b\"")
        #expect(NomadStarter.quoted("${x}") == "\"$${x}\"")
        #expect(NomadStarter.quoted("%{if}") == "\"%%{if}\"")
        #expect(NomadStarter.quoted("a\nb") == "\"a\\nb\"")
    }

    // MARK: The bundle follows the decision

    @Test func aCloudRunWinnersBundleHasNoKubernetesFilesAndAServicePerRegion() throws {
        var project = try BundleFixtures.payments()
        project.matrix.decision.platform = .cloudRun
        project.requirements.regions = ["europe-west1", "us-central1"]
        let bundle = try BundleFixtures.bundle(project)
        #expect(!bundle.paths.contains { $0.hasSuffix("kubeadm-config.yaml") || $0.hasPrefix("clusters/") || $0.hasPrefix("gitops/")
            || $0.hasPrefix("mesh/") || $0.hasPrefix("management/") || $0 == BundleLayout.cost })
        for region in project.requirements.regions {
            let services = bundle.paths.filter { $0.hasPrefix("platforms/cloud-run/\(region)/") && $0.hasSuffix("/service.yaml") }
            #expect(services.count == project.profiles.count, "\(region)")
        }
        let report = try #require(BundleFixtures.text(bundle, BundleLayout.report))
        #expect(report.contains("Target platform: Google Cloud Run") && !report.contains("Target Kubernetes"))
        let roadmap = report[report.range(of: "## Migration roadmap")!.lowerBound...]
        #expect(!roadmap.contains("management Cloud Run"), "the roadmap speaks Cloud Run's nouns")
    }

    @Test func anECSWinnerWithTwoRegionsHasAServicePerRegionSizedFromTheWorkload() throws {
        var project = twoRegionProject()
        project.matrix.decision.platform = .ecs
        let bundle = try BundleFixtures.bundle(project)
        #expect(!bundle.paths.contains { $0.hasPrefix("clusters/") })
        for region in ["eu-west-1", "us-east-1"] {
            let text = try #require(BundleFixtures.text(bundle, "platforms/ecs/\(region)/shop-web/service.json"))
            let service = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(service["desiredCount"] as? Int == (region == "eu-west-1" ? 40 : WorkloadMix().pods))
            #expect(bundle.paths.contains("platforms/ecs/\(region)/cluster.json"))
        }
    }
}

