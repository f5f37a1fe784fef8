import FleetEngine
import FleetModel
import Foundation
import Testing
import Yams
@testable import FleetExport

/// Every cluster's files follow its own plan: read across `plan.json` and each
/// `clusters/<name>/kubeadm-config.yaml`, for the example and for generated topologies.
@Suite struct ClusterPlanBundleTests {
    /// `plan.json`'s clusters by name.
    static func planned(_ bundle: DesignBundle) throws -> [String: [String: Any]] {
        let data = try #require(bundle.files["plan.json"])
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let clusters = try #require(root["clusters"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: clusters.map { ($0["name"] as! String, $0) })
    }

    /// The `ClusterConfiguration` of a cluster's kubeadm file.
    static func networking(_ bundle: DesignBundle, _ cluster: String) throws -> (pod: String, service: String, mask: String)? {
        guard let data = bundle.files["clusters/\(cluster)/kubeadm-config.yaml"] else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        for document in try Yams.load_all(yaml: text) {
            guard let map = document as? [String: Any], map["kind"] as? String == "ClusterConfiguration" else { continue }
            let networking = try #require(map["networking"] as? [String: Any])
            let controller = try #require((map["controllerManager"] as? [String: Any])?["extraArgs"] as? [[String: Any]])
            let mask = try #require(controller.first { $0["name"] as? String == "node-cidr-mask-size" }?["value"] as? String)
            return (try #require(networking["podSubnet"] as? String), try #require(networking["serviceSubnet"] as? String), mask)
        }
        return nil
    }

    /// Checks the kubeadm files, so every profile is made self-managed first (the managed
    /// providers' ranges are checked in `ManagedClusterBundleTests`).
    static func check(_ given: Project) throws {
        let project = BundleFixtures.selfManaged(given)
        let bundle = try BundleFixtures.bundle(project)
        let plans = try planned(bundle)
        var byNetwork: [String: [(String, IPv4Range)]] = [:]
        for cluster in project.topology.clusters {
            let entry = try #require(plans[cluster.name], "plan.json lists \(cluster.name)")
            let networking = try #require(try networking(bundle, cluster.name), "\(cluster.name) has a kubeadm file")
            #expect(networking.pod == entry["podCIDR"] as? String, "\(cluster.name) podSubnet")
            #expect(networking.service == entry["serviceCIDR"] as? String, "\(cluster.name) serviceSubnet")
            #expect(networking.mask == String(entry["podCIDRMaskSize"] as! Int))
            let pod = try #require(IPv4Range(networking.pod))
            let blocks = 1 << (Int(networking.mask)! - pod.prefix)
            #expect(blocks >= entry["plannedNodes"] as! Int, "\(cluster.name): \(pod) holds its planned nodes")
            for key in ["nodeCIDR", "podCIDR", "serviceCIDR"] {
                byNetwork[cluster.network, default: []].append((cluster.name, try #require(IPv4Range(entry[key] as! String))))
            }
        }
        for (network, ranges) in byNetwork {
            for (position, first) in ranges.enumerated() {
                for second in ranges[(position + 1)...] {
                    #expect(!first.1.overlaps(second.1), "\(network): \(first.0) \(first.1) overlaps \(second.0) \(second.1)")
                }
            }
        }
    }

    @Test func theExampleExportsFiveClustersOnTheirOwnRanges() throws {
        let project = try BundleFixtures.payments()
        #expect(project.topology.clusters.count == 5)
        try Self.check(project)
        let bundle = try BundleFixtures.bundle(project)
        let plans = try Self.planned(bundle)
        #expect(Set(plans.values.map { $0["podCIDR"] as! String }).count == 5)
        let cost = bundle.files["cost.csv"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(cost.hasPrefix("cluster,region,part,"))
        let readme = bundle.files["README.md"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(readme.contains("## Cluster plans"))
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func generatedTopologiesExportConsistentRanges(seed: UInt64) throws {
        var project = try BundleFixtures.payments()
        let regions = ["eu-west-1", "us-east-1"]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        project.topology.clusters = (0..<12).map { index in
            let region = regions[next(2)]
            return Cluster(name: "c\(index)", environment: ["dev", "staging", "prod"][next(3)], region: region,
                           profile: "general", network: next(3) == 0 ? "net-shared" : "net-\(region.prefix(2))",
                           meshRole: .primary, workload: next(2) == 0 ? ClusterWorkload(percent: 10 + next(90)) : nil)
        }
        project.topology.mesh.eastWestGateways = ["net-eu", "net-us", "net-shared"]
        try Self.check(project)
    }
}
