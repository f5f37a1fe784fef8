import FleetEngine
import FleetModel
import Foundation
import Yams
@testable import FleetExport

/// Checks a bundle's multi-cluster mesh whole, across files, against what the Istio install
/// guides require, reading only the bundle and the project's own declarations (roles,
/// networks, gateways, failover), never `MeshInstall`, so a wrong install plan cannot vouch
/// for itself:
///
/// - every Istio document passes the upstream field tables;
/// - each mesh cluster's `istio-system` Namespace carries its network, a remote's names its primary;
/// - each `IstioOperator` carries the mesh ID, cluster name and network; a remote runs
///   `profile: remote` with its injection path and a `remotePilotAddress`, and no istiod;
/// - every primary with remotes runs `externalIstiod`, exposes istiod and runs an east-west
///   gateway; every network listed in `eastWestGateways` has one in each of its mesh clusters;
///   every remote on another network than its primary has gateways on both;
/// - the cross-network Gateway, PeerAuthentication, Telemetry and failover live on primaries only;
/// - every failover rule has its entry, with outlier detection, on every primary;
/// - the runbook creates exactly the required remote secrets (every ordered pair of
///   primaries, each remote into its primary), `cacerts` for every mesh cluster and no other,
///   and references only files the bundle holds.
struct MeshBundleCheck {
    var files: [String: Data]
    var project: Project

    func text(_ path: String) -> String? { files[path].map { String(decoding: $0, as: UTF8.self) } }

    func documents(_ path: String) throws -> [[String: Any]] {
        guard let text = text(path) else { return [] }
        return try Yams.load_all(yaml: text).compactMap { $0 as? [String: Any] }
    }

    func document(_ path: String) throws -> [String: Any]? { try documents(path).first }

    static func value(_ document: [String: Any]?, _ keys: String...) -> Any? {
        var current: Any? = document
        for key in keys { current = (current as? [String: Any])?[key] }
        return current
    }

    var members: [Cluster] { project.topology.clusters.filter { $0.meshRole != nil } }

    /// The remote secrets the guides require: (source, target).
    var requiredSecrets: Set<[String]> {
        let primaries = members.filter { $0.meshRole == .primary }.map(\.name)
        var pairs = Set<[String]>()
        for source in primaries { for target in primaries where target != source { pairs.insert([source, target]) } }
        for remote in members where remote.meshRole == .remote { pairs.insert([remote.name, remote.primary!]) }
        return pairs
    }

    func problems() throws -> [String] {
        var problems: [String] = []
        let mesh = project.topology.mesh
        let version = project.kubernetesVersion
        for path in files.keys.sorted() where path.contains("/istio/") && path.hasSuffix(".yaml") {
            for problem in DocumentCheck.problems(inFile: path, text: text(path)!, version: version) {
                problems.append("\(path): \(problem)")
            }
        }
        let byName = Dictionary(project.topology.clusters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let remotesOf = Dictionary(grouping: members.filter { $0.meshRole == .remote }, by: { $0.primary! })
        for cluster in members {
            let directory = "clusters/\(cluster.name)/istio"
            let namespace = try document("\(directory)/namespace.yaml")
            if Self.value(namespace, "metadata", "labels", "topology.istio.io/network") as? String != cluster.network {
                problems.append("\(directory)/namespace.yaml: istio-system lacks topology.istio.io/network=\(cluster.network)")
            }
            let iop = try document("\(directory)/istio-operator.yaml")
            let global = Self.value(iop, "spec", "values", "global") as? [String: Any]
            if global?["meshID"] as? String == nil || Self.value(global, "multiCluster", "clusterName") as? String != cluster.name
                || global?["network"] as? String != cluster.network {
                problems.append("\(directory)/istio-operator.yaml: meshID, clusterName or network missing or wrong")
            }
            if Self.value(iop, "spec", "meshConfig", "trustDomain") as? String != mesh.trustDomain {
                problems.append("\(directory)/istio-operator.yaml: trust domain is not the mesh's \(mesh.trustDomain)")
            }
            let gateways = (Self.value(try document("\(directory)/gateways-operator.yaml"), "spec", "components", "ingressGateways") as? [[String: Any]] ?? [])
                .compactMap { $0["name"] as? String }
            let hasEastWest = gateways.contains("istio-eastwestgateway")
            if mesh.eastWestGateways.contains(cluster.network), !hasEastWest {
                problems.append("\(directory): network \(cluster.network) runs east-west gateways, but this cluster has none")
            }
            switch cluster.meshRole! {
            case .remote:
                let primary = cluster.primary!
                if Self.value(namespace, "metadata", "annotations", "topology.istio.io/controlPlaneClusters") as? String != primary {
                    problems.append("\(directory)/namespace.yaml: remote lacks topology.istio.io/controlPlaneClusters=\(primary)")
                }
                if Self.value(iop, "spec", "profile") as? String != "remote" { problems.append("\(directory)/istio-operator.yaml: remote without profile: remote") }
                if (global?["remotePilotAddress"] as? String ?? "").isEmpty { problems.append("\(directory)/istio-operator.yaml: remote without remotePilotAddress") }
                if Self.value(iop, "spec", "values", "istiodRemote", "injectionPath") as? String != "/inject/cluster/\(cluster.name)/net/\(cluster.network)" {
                    problems.append("\(directory)/istio-operator.yaml: wrong injectionPath")
                }
                if Self.value(iop, "spec", "components", "pilot") != nil { problems.append("\(directory)/istio-operator.yaml: a remote runs istiod") }
                if let primaryCluster = byName[primary], primaryCluster.network != cluster.network {
                    if !mesh.eastWestGateways.contains(primaryCluster.network) || !mesh.eastWestGateways.contains(cluster.network) || !hasEastWest {
                        problems.append("\(directory): remote on \(cluster.network) and its primary on \(primaryCluster.network) lack east-west gateways")
                    }
                }
                for name in ["cross-network-gateway.yaml", "peer-authentication.yaml", "telemetry.yaml", "locality-failover.yaml", "expose-istiod.yaml"]
                where files["\(directory)/\(name)"] != nil {
                    problems.append("\(directory)/\(name): mesh configuration on a remote, where istiod never reads it")
                }
            case .primary:
                if Self.value(iop, "spec", "components", "pilot", "enabled") as? Bool != true { problems.append("\(directory)/istio-operator.yaml: a primary without istiod") }
                let serves = !(remotesOf[cluster.name] ?? []).isEmpty
                let external = global?["externalIstiod"] as? Bool == true
                if serves != external { problems.append("\(directory)/istio-operator.yaml: externalIstiod is \(external) but the cluster serves \(serves ? "" : "no ")remotes") }
                if serves {
                    if !hasEastWest { problems.append("\(directory): serves remotes without an east-west gateway to expose istiod") }
                    let exposure = try documents("\(directory)/expose-istiod.yaml")
                    let ports = exposure.flatMap { (Self.value($0, "spec", "servers") as? [[String: Any]] ?? []).compactMap { Self.value($0, "port", "number") as? Int } }
                    if Set(ports) != [15012, 15017] { problems.append("\(directory)/expose-istiod.yaml: istiod is not exposed on 15012 and 15017") }
                }
                if mesh.eastWestGateways.contains(cluster.network), files["\(directory)/cross-network-gateway.yaml"] == nil {
                    problems.append("\(directory): primary on a gateway network without the cross-network Gateway")
                }
                if project.requirements.mtlsRequired, files["\(directory)/peer-authentication.yaml"] == nil {
                    problems.append("\(directory): mTLS is required but the primary has no PeerAuthentication")
                }
                let failover = Self.value(try document("\(directory)/locality-failover.yaml"), "spec", "trafficPolicy") as? [String: Any]
                let entries = (Self.value(failover, "loadBalancer", "localityLbSetting", "failover") as? [[String: Any]] ?? [])
                    .map { [$0["from"] as? String ?? "", $0["to"] as? String ?? ""] }
                let wanted = mesh.failover.compactMap { rule in rule.to.first.map { [rule.from, $0] } }
                if entries != wanted { problems.append("\(directory)/locality-failover.yaml: failover \(entries) is not the rules' \(wanted)") }
                if !wanted.isEmpty, failover?["outlierDetection"] == nil {
                    problems.append("\(directory)/locality-failover.yaml: failover without outlierDetection never fails over")
                }
            }
        }
        problems += runbook()
        return problems
    }

    func runbook() -> [String] {
        var problems: [String] = []
        let scripts = files.keys.filter { $0.hasPrefix("mesh/") && $0.hasSuffix(".sh") }.sorted()
        guard !scripts.isEmpty else { return ["mesh/: no runbook"] }
        let all = scripts.map { text($0)! }.joined(separator: "\n")
        // Remote secrets: `istioctl create-remote-secret --context="$CTX_A" --name=a | kubectl apply -f - --context="$CTX_B"`.
        var secrets: [[String]] = []
        for line in all.split(separator: "\n") where line.hasPrefix("istioctl create-remote-secret") {
            let words = line.split(separator: " ")
            guard let name = words.first(where: { $0.hasPrefix("--name=") })?.dropFirst(7),
                  let target = words.last(where: { $0.hasPrefix("--context=") }) else { continue }
            let targetName = project.topology.clusters.first { "--context=\"$\(MeshInstall.variable("CTX", $0.name))\"" == target }?.name ?? "?"
            secrets.append([String(name), targetName])
        }
        if Set(secrets) != requiredSecrets || secrets.count != requiredSecrets.count {
            problems.append("mesh/: remote secrets \(secrets.sorted { $0.lexicographicallyPrecedes($1) }) are not the required \(requiredSecrets.sorted { $0.lexicographicallyPrecedes($1) })")
        }
        let certificates = text("mesh/01-certificates.sh") ?? ""
        let cacerts = certificates.split(separator: "\n").filter { $0.hasPrefix("intermediate ") }.map { String($0.split(separator: " ")[1]) }
        if cacerts != members.map(\.name) { problems.append("mesh/01-certificates.sh: cacerts for \(cacerts), not for the mesh clusters \(members.map(\.name))") }
        for script in scripts {
            for word in text(script)!.split(whereSeparator: { " \n\"".contains($0) }) where word.hasPrefix("clusters/") && word.hasSuffix(".yaml") && !word.contains("$") {
                if files[String(word)] == nil { problems.append("\(script): refers to \(word), which the bundle does not hold") }
            }
        }
        return problems
    }
}
