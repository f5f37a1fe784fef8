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
        #expect(files.map(\.path) == ["stack.yaml"])
        let stack = try #require(try Yams.load(yaml: files[0].text) as? [String: Any])
        let services = try #require(stack["services"] as? [String: Any])
        #expect(services.keys.sorted() == ["shop-heavy", "shop-web"])
        let web = try #require((services["shop-web"] as? [String: Any])?["deploy"] as? [String: Any])
        #expect(web["replicas"] as? Int == 3)
        #expect(((web["resources"] as? [String: Any])?["limits"] as? [String: Any])?["cpus"] as? String == "0.25")
        let network = (stack["networks"] as? [String: Any])?["backend"] as? [String: Any]
        #expect((network?["driver_opts"] as? [String: Any])?["encrypted"] as? String == "true")
        let plain = PlatformStarter.files(for: .dockerSwarm, project: project(mtls: false))[0].text
        #expect(!plain.contains("encrypted"))
    }

    @Test func ecsFilesAreJSONWithValidFargateSizes() throws {
        let files = PlatformStarter.files(for: .ecs, project: project())
        #expect(files.map(\.path) == [
            "shop-web/service.json", "shop-web/task-definition.json",
            "shop-heavy/service.json", "shop-heavy/task-definition.json",
        ])
        for file in files {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(file.text.utf8)) as? [String: Any])
            if file.path.hasSuffix("task-definition.json") {
                #expect(object["requiresCompatibilities"] as? [String] == ["FARGATE"])
                #expect(object["cpu"] is String && object["memory"] is String, "ECS takes sizes as strings")
            } else {
                #expect(object["desiredCount"] as? Int == 3)
            }
        }
        let heavy = try JSONSerialization.jsonObject(with: Data(files[3].text.utf8)) as? [String: Any]
        #expect(heavy?["cpu"] as? String == "4096" && heavy?["memory"] as? String == "10240")
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

    @Test func nomadHasServerAndClientPerRegion() {
        let files = PlatformStarter.files(for: .nomad, project: project())
        #expect(files.map(\.path) == [
            "eu-west-1/client.hcl", "eu-west-1/server.hcl", "us-east-1/client.hcl", "us-east-1/server.hcl",
        ])
        for file in files {
            #expect(file.text.filter { $0 == "{" }.count == file.text.filter { $0 == "}" }.count)
            #expect(file.text.contains("region     = \"eu-west-1\"") == file.path.hasPrefix("eu-west-1"))
        }
        #expect(files[1].text.contains("bootstrap_expect = 3"))
        #expect(files[0].text.contains("client {") && !files[0].text.contains("server {"))
    }

    @Test func nomadStringsCannotOpenTemplatesOrBreakOut() {
        #expect(NomadStarter.quoted("a\"b") == "\"a\\\"b\"")
        #expect(NomadStarter.quoted("${x}") == "\"$${x}\"")
        #expect(NomadStarter.quoted("%{if}") == "\"%%{if}\"")
        #expect(NomadStarter.quoted("a\nb") == "\"a\\nb\"")
    }
}
