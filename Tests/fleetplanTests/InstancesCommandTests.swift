import Foundation
import Testing

@Suite struct InstancesCommandTests {
    @Test func gcpAtLeast8VCPUAsJSON() throws {
        let result = try CLI.run(["instances", "--provider", "gcp", "--min-vcpu", "8", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let instances = try #require(object?["instances"] as? [[String: Any]])
        #expect(!instances.isEmpty)
        for entry in instances {
            #expect(entry["provider"] as? String == "gcp")
            #expect((entry["vcpu"] as? Int ?? 0) >= 8)
        }
        #expect(instances.contains { $0["name"] as? String == "n2-standard-8" })
        #expect(!instances.contains { $0["name"] as? String == "n2-standard-4" })
    }

    @Test func textTableShowsENILimitAndPrice() throws {
        let result = try CLI.run(["instances", "--provider", "aws", "--min-vcpu", "8", "--min-memory", "32"])
        #expect(result.status == 0)
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("m6i.2xlarge") })
        #expect(line.contains("58/110") && line.contains("0.384 (us-east-1)"))
        #expect(!result.stdout.contains("m6i.xlarge "))
        #expect(result.stdout.contains("On-demand Linux list prices read"))
    }

    @Test func gpuFilter() throws {
        let result = try CLI.run(["instances", "--gpu", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"g5.xlarge\"") && !result.stdout.contains("\"m6i.large\""))
    }

    @Test func badProviderExits64() throws {
        let result = try CLI.run(["instances", "--provider", "oracle"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown provider"))
    }

    @Test func nothingMatches() throws {
        let result = try CLI.run(["instances", "--min-memory", "100000"])
        #expect(result.status == 0 && result.stdout == "no instance types match\n")
    }
}
