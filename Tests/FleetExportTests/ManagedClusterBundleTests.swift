import FleetEngine
import FleetModel
import Foundation
import Testing
import Yams
@testable import FleetExport

/// Managed control planes: EKS, GKE and AKS clusters get their provider's files, checked
/// against the upstream field tables and against `plan.json`, and no kubeadm file.
@Suite struct ManagedClusterBundleTests {
    static func text(_ bundle: DesignBundle, _ path: String) throws -> String {
        String(decoding: try #require(bundle.files[path], "\(path) is in the bundle"), as: UTF8.self)
    }

    /// The payments example moved to `provider` with an instance type of that provider.
    static func payments(on provider: Provider, instanceType: String?) throws -> Project {
        var project = try BundleFixtures.payments()
        for index in project.profiles.indices {
            project.profiles[index].provider = provider
            project.profiles[index].instanceType = instanceType
            project.profiles[index].prefixDelegation = false
        }
        return project
    }

    static func noKubeadm(_ bundle: DesignBundle) {
        for path in bundle.paths {
            #expect(!path.hasSuffix("kubeadm-config.yaml") && !path.hasSuffix("scheduler-config.yaml") && !path.hasSuffix("audit-policy.yaml"),
                    "\(path) is a kubeadm file of a managed cluster")
        }
    }

    @Test func awsClustersGetAnEksctlClusterConfigThatFollowsThePlan() throws {
        let project = try BundleFixtures.payments()
        let bundle = try BundleFixtures.bundle(project)
        Self.noKubeadm(bundle)
        let plans = try ClusterPlanBundleTests.planned(bundle)
        for cluster in project.topology.clusters {
            let text = try Self.text(bundle, "clusters/\(cluster.name)/eksctl-cluster.yaml")
            #expect(DocumentCheck.problems(inYAML: text, version: project.kubernetesVersion) == [], "\(cluster.name)")
            let document = try #require(try Yams.load(yaml: text) as? [String: Any])
            let entry = try #require(plans[cluster.name])
            let metadata = try #require(document["metadata"] as? [String: Any])
            #expect(metadata["name"] as? String == cluster.name && metadata["region"] as? String == cluster.region)
            #expect(metadata["version"] as? String == "\(project.kubernetesVersion.major).\(project.kubernetesVersion.minor)")
            #expect((document["vpc"] as? [String: Any])?["cidr"] as? String == entry["nodeCIDR"] as? String)
            #expect((document["kubernetesNetworkConfig"] as? [String: Any])?["serviceIPv4CIDR"] as? String == entry["serviceCIDR"] as? String)
            let group = try #require((document["managedNodeGroups"] as? [[String: Any]])?.first)
            let profile = try #require(project.profiles.first { $0.name == cluster.profile })
            #expect(group["instanceType"] as? String == profile.instanceType)
            #expect(group["desiredCapacity"] as? Int == entry["plannedNodes"] as? Int)
            #expect(group["maxPodsPerNode"] as? Int == profile.maxPodsPerNode)
            let minimum = try #require(group["minSize"] as? Int)
            let maximum = try #require(group["maxSize"] as? Int)
            let desired = try #require(group["desiredCapacity"] as? Int)
            #expect(minimum <= desired && desired <= maximum)
            let nodeConfig = try #require(group["overrideBootstrapCommand"] as? String)
            #expect(nodeConfig.contains("kind: NodeConfig") && nodeConfig.contains("podPidsLimit"))
        }
    }

    @Test func prefixDelegationTurnsOnTheVPCCNISetting() throws {
        var project = try BundleFixtures.payments()
        project.profiles[0].prefixDelegation = true
        let bundle = try BundleFixtures.bundle(project)
        let cluster = try #require(project.topology.clusters.first { $0.profile == project.profiles[0].name })
        let text = try Self.text(bundle, "clusters/\(cluster.name)/eksctl-cluster.yaml")
        #expect(text.contains("ENABLE_PREFIX_DELEGATION"))
        #expect(DocumentCheck.problems(inYAML: text, version: project.kubernetesVersion) == [])
    }

    @Test func gcpClustersGetANodeSystemConfigAndAScript() throws {
        let project = try Self.payments(on: .gcp, instanceType: "n2-standard-8")
        let bundle = try BundleFixtures.bundle(project)
        Self.noKubeadm(bundle)
        let plans = try ClusterPlanBundleTests.planned(bundle)
        for cluster in project.topology.clusters {
            let config = try Self.text(bundle, "clusters/\(cluster.name)/gke/node-system-config.yaml")
            #expect(DocumentCheck.problems(inYAML: config, schema: UpstreamSchemas.gkeNodeSystemConfig) == [], "\(cluster.name)")
            let script = try Self.text(bundle, "clusters/\(cluster.name)/gke/create.sh")
            let entry = try #require(plans[cluster.name])
            #expect(script.contains("--cluster-ipv4-cidr \"\(entry["podCIDR"] as! String)\""))
            #expect(script.contains("--services-ipv4-cidr \"\(entry["serviceCIDR"] as! String)\""))
            #expect(script.contains("n2-standard-8") && script.contains("set -eu"))
        }
    }

    @Test func azureClustersGetCustomNodeConfigurationAndAScript() throws {
        let project = try Self.payments(on: .azure, instanceType: "Standard_D8s_v5")
        let bundle = try BundleFixtures.bundle(project)
        Self.noKubeadm(bundle)
        let plans = try ClusterPlanBundleTests.planned(bundle)
        for cluster in project.topology.clusters {
            let directory = "clusters/\(cluster.name)/aks"
            #expect(DocumentCheck.problems(inYAML: try Self.text(bundle, "\(directory)/kubelet-config.json"), schema: UpstreamSchemas.aksKubeletConfig) == [])
            #expect(DocumentCheck.problems(inYAML: try Self.text(bundle, "\(directory)/linux-os-config.json"), schema: UpstreamSchemas.aksLinuxOSConfig) == [])
            let data = try #require(bundle.files["\(directory)/kubelet-config.json"])
            let kubelet = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(kubelet["podMaxPids"] as? Int != nil && kubelet["containerLogMaxSizeMB"] as? Int != nil)
            let script = try Self.text(bundle, "\(directory)/create.sh")
            let entry = try #require(plans[cluster.name])
            #expect(script.contains("--pod-cidr \"\(entry["podCIDR"] as! String)\"") && script.contains("--node-count \"\(entry["plannedNodes"] as! Int)\""))
        }
    }

    @Test func selfManagedCloudAndBareMetalKeepKubeadm() throws {
        var project = try BundleFixtures.payments()
        for index in project.profiles.indices { project.profiles[index].controlPlane = .selfManaged }
        let bundle = try BundleFixtures.bundle(project)
        for cluster in project.topology.clusters {
            #expect(bundle.files["clusters/\(cluster.name)/kubeadm-config.yaml"] != nil)
            #expect(bundle.files["clusters/\(cluster.name)/eksctl-cluster.yaml"] == nil)
        }
    }

    @Test func theReportSaysWhatTheProviderFixes() throws {
        let bundle = try BundleFixtures.bundle(try Self.payments(on: .azure, instanceType: "Standard_D8s_v5"))
        let report = try Self.text(bundle, "README.md")
        #expect(report.contains("## Managed control planes"))
        #expect(report.contains("AKS's reservation formula"))
        #expect(report.contains("aks/kubelet-config.json"))
    }

    @Test func scriptsPassShellcheck() throws {
        let bundles = [try BundleFixtures.bundle(try Self.payments(on: .gcp, instanceType: "n2-standard-8")),
                       try BundleFixtures.bundle(try Self.payments(on: .azure, instanceType: nil))]
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fleetplan-shellcheck-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var scripts: [String] = []
        for (index, bundle) in bundles.enumerated() {
            // The mesh runbook and the management bootstrap source their env.sh; MeshBundleTests and
            // ManagementBundleTests lint them from a bundle root.
            for path in bundle.paths where path.hasSuffix(".sh") && !path.hasPrefix("mesh/") && !path.hasPrefix("management/") {
                let file = directory.appendingPathComponent("\(index)-\(path.replacingOccurrences(of: "/", with: "_"))")
                try bundle.files[path]!.write(to: file)
                scripts.append(file.path)
            }
        }
        #expect(scripts.count >= 10)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["shellcheck", "--shell=sh", "--severity=style"] + scripts
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
    }
}
