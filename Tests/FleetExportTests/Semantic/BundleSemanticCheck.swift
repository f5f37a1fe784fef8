import FleetEngine
import FleetModel
import Foundation
import Yams
@testable import FleetExport

/// Checks a whole exported bundle the way a real cluster would read it, across files: a
/// component started with `--config` finds its kubeconfig in that file; the static CPU policy
/// comes with reserved CPUs and Guaranteed sidecars; the Static memory manager's reservation
/// adds up; every feature gate exists and is not locked at the target (asked of the upstream
/// data, not of Fleetplan's table); mesh components stay on Linux; numeric claims in the
/// plan's reasons are recomputed from the values they describe.
struct BundleSemanticCheck {
    /// The bundle's files, relative path → bytes.
    var files: [String: Data]
    var project: Project
    var upstream: UpstreamFeatureGates

    /// Every problem found, as `path: what is wrong`.
    func problems() throws -> [String] {
        var problems: [String] = []
        let directories = Set(files.keys.filter { $0.hasPrefix("clusters/") && $0.hasSuffix("/kubeadm-config.yaml") }
            .map { String($0.dropLast("/kubeadm-config.yaml".count)) })
        for directory in directories.sorted() {
            problems += try cluster(directory)
        }
        problems += reasonClaims()
        return problems
    }

    func documents(_ path: String) throws -> [[String: Any]] {
        guard let text = files[path].map({ String(decoding: $0, as: UTF8.self) }) else { return [] }
        return try Yams.load_all(yaml: text).compactMap { $0 as? [String: Any] }
    }

    func cluster(_ directory: String) throws -> [String] {
        var problems: [String] = []
        let kubeadmPath = "\(directory)/kubeadm-config.yaml"
        let docs = try documents(kubeadmPath)
        guard let cluster = docs.first(where: { $0["kind"] as? String == "ClusterConfiguration" }),
              let kubelet = docs.first(where: { $0["kind"] as? String == "KubeletConfiguration" }) else {
            return ["\(kubeadmPath): no ClusterConfiguration and KubeletConfiguration"]
        }
        // Component configs passed by --config carry their kubeconfig.
        for component in ["scheduler", "controllerManager"] {
            let section = cluster[component] as? [String: Any] ?? [:]
            let args = section["extraArgs"] as? [[String: Any]] ?? []
            guard let config = args.first(where: { $0["name"] as? String == "config" })?["value"] as? String else { continue }
            let volumes = section["extraVolumes"] as? [[String: Any]] ?? []
            if !volumes.contains(where: { $0["mountPath"] as? String == config }) {
                problems.append("\(kubeadmPath): \(component) --config=\(config) is not mounted")
            }
            let file = "\(directory)/\((config as NSString).lastPathComponent)"
            let connection = try documents(file).first?["clientConnection"] as? [String: Any]
            if (connection?["kubeconfig"] as? String ?? "").isEmpty {
                problems.append("\(file): \(component) is started with --config but the file names no clientConnection.kubeconfig")
            }
        }
        let version = KubernetesVersion(minor: Int((cluster["kubernetesVersion"] as? String ?? "v1.0.0").split(separator: ".")[1]) ?? 0)
        problems += gates(kubelet["featureGates"] as? [String: Bool] ?? [:], at: version.minor, in: kubeadmPath)
        let apiArgs = (cluster["apiServer"] as? [String: Any])?["extraArgs"] as? [[String: Any]] ?? []
        if let text = apiArgs.first(where: { $0["name"] as? String == "feature-gates" })?["value"] as? String {
            let pairs = text.split(separator: ",").map { $0.split(separator: "=") }
            problems += gates(Dictionary(uniqueKeysWithValues: pairs.map { (String($0[0]), $0[1] == "true") }), at: version.minor, in: kubeadmPath)
        }
        problems += try kubeletResources(kubelet, directory: directory)
        return problems
    }

    func gates(_ gates: [String: Bool], at minor: Int, in path: String) -> [String] {
        gates.keys.sorted().compactMap { name in
            guard let spec = upstream.spec(of: name, at: minor) else { return "\(path): gate \(name) does not exist in 1.\(minor)" }
            return spec.locked ? "\(path): gate \(name) is locked in 1.\(minor)" : nil
        }
    }

    func kubeletResources(_ kubelet: [String: Any], directory: String) throws -> [String] {
        var problems: [String] = []
        let path = "\(directory)/kubeadm-config.yaml"
        let operatorDoc = try documents("\(directory)/istio/istio-operator.yaml").first
        let proxy = (((operatorDoc?["spec"] as? [String: Any])?["values"] as? [String: Any])?["global"] as? [String: Any])?["proxy"] as? [String: Any]
        if kubelet["cpuManagerPolicy"] as? String == "static" {
            if (kubelet["reservedSystemCPUs"] as? String ?? "").isEmpty {
                problems.append("\(path): static CPU policy without reservedSystemCPUs")
            }
            if let resources = proxy?["resources"] as? [String: Any] {
                let requests = resources["requests"] as? [String: String] ?? [:]
                let limits = resources["limits"] as? [String: String] ?? [:]
                let cpu = Quantity(parsing: requests["cpu"] ?? "")?.millis ?? 1
                if requests != limits || cpu % 1000 != 0 {
                    problems.append("\(directory)/istio/istio-operator.yaml: static CPU nodes but the sidecar is not Guaranteed with whole CPUs")
                }
            }
        }
        if kubelet["memoryManagerPolicy"] as? String == "Static" {
            func mi(_ text: String?) -> Int64 { (Quantity(parsing: text ?? "0")?.units ?? 0) / 1_048_576 }
            let kube = mi((kubelet["kubeReserved"] as? [String: String])?["memory"])
            let system = mi((kubelet["systemReserved"] as? [String: String])?["memory"])
            let eviction = mi((kubelet["evictionHard"] as? [String: String])?["memory.available"])
            let reserved = (kubelet["reservedMemory"] as? [[String: Any]] ?? []).map { mi(($0["limits"] as? [String: String])?["memory"]) }.reduce(0, +)
            if reserved != kube + system + eviction {
                problems.append("\(path): reservedMemory \(reserved)Mi ≠ kube \(kube) + system \(system) + eviction \(eviction) Mi")
            }
        }
        if let spec = operatorDoc?["spec"] as? [String: Any], let text = try? Yams.dump(object: spec["components"]) {
            let components = text.components(separatedBy: "k8s:").count - 1
            if text.components(separatedBy: "kubernetes.io/os: linux").count - 1 != components {
                problems.append("\(directory)/istio/istio-operator.yaml: a mesh component may land on a Windows node")
            }
        }
        return problems
    }
}
