import FleetEngine
import FleetModel
import Foundation
import Testing
import Yams
@testable import FleetExport

/// The multi-cluster mesh install, for each of the four Istio deployment models: every file
/// checked against the upstream tables and across files (`MeshBundleCheck`), the runbook
/// linted with shellcheck and run against recording stand-ins for `kubectl` and `istioctl`
/// (with the real `openssl`), so its order and its certificates are what the guides ask for.
@Suite struct MeshBundleTests {
    enum Model: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case multiPrimary = "multi-primary"
        case multiPrimaryMultiNetwork = "multi-primary_multi-network"
        case primaryRemote = "primary-remote"
        case primaryRemoteMultiNetwork = "primary-remote_multi-network"
        var testDescription: String { rawValue }
    }

    /// The payments example reshaped into `model`: the same five clusters (management outside
    /// the mesh), on GCP so every model is allowed (an EKS primary cannot serve remotes, FP322),
    /// with a failover rule each way between the two regions.
    static func project(_ model: Model) throws -> Project {
        var project = try BundleFixtures.payments()
        for index in project.profiles.indices {
            project.profiles[index].provider = .gcp
            project.profiles[index].instanceType = "n2-standard-8"
            project.profiles[index].prefixDelegation = false
        }
        project.requirements.regions = ["europe-west1", "us-east1"]
        for index in project.topology.clusters.indices {
            var cluster = project.topology.clusters[index]
            cluster.region = cluster.region == "us-east-1" ? "us-east1" : "europe-west1"
            project.topology.clusters[index] = cluster
        }
        project.topology.mesh.failover = [FailoverRule(from: "europe-west1", to: ["us-east1"]),
                                          FailoverRule(from: "us-east1", to: ["europe-west1"])]
        let multiNetwork = model == .multiPrimaryMultiNetwork || model == .primaryRemoteMultiNetwork
        for index in project.topology.clusters.indices {
            var cluster = project.topology.clusters[index]
            if !multiNetwork { cluster.network = "net-shared" }
            if model == .primaryRemote || model == .primaryRemoteMultiNetwork, cluster.meshRole != nil, cluster.name != "prod-eu" {
                cluster.meshRole = .remote
                cluster.primary = "prod-eu"
            }
            project.topology.clusters[index] = cluster
        }
        switch model {
        case .multiPrimary:
            project.topology.mesh.model = .multiPrimary
            project.topology.mesh.eastWestGateways = []
        case .multiPrimaryMultiNetwork:
            project.topology.mesh.model = .multiPrimary
        case .primaryRemote:
            project.topology.mesh.model = .primaryRemote
            project.topology.mesh.eastWestGateways = []
        case .primaryRemoteMultiNetwork:
            project.topology.mesh.model = .primaryRemote
        }
        return project
    }

    static func write(_ bundle: DesignBundle) throws -> String {
        let directory = try BundleFixtures.temporaryDirectory()
        for (path, data) in bundle.files {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return directory
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:], input: String? = nil) throws
        -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test(arguments: Model.allCases)
    func everyModelsBundleHoldsTogether(model: Model) throws {
        let project = try Self.project(model)
        let bundle = try BundleFixtures.bundle(project)
        let problems = try MeshBundleCheck(files: bundle.files, project: project).problems()
        #expect(problems == [], "\(model): \(problems.joined(separator: "\n"))")
        #expect(bundle.paths.contains("mesh/bootstrap.sh"))
        #expect(!bundle.paths.contains("clusters/mgmt/istio/istio-operator.yaml"), "the management cluster runs no Istio")
    }

    @Test func theCheckCatchesABrokenMesh() throws {
        let project = try Self.project(.primaryRemoteMultiNetwork)
        var files = try BundleFixtures.bundle(project).files
        files["clusters/prod-eu/istio/expose-istiod.yaml"] = nil
        files["clusters/dev-eu/istio/namespace.yaml"] = Data("apiVersion: v1\nkind: Namespace\nmetadata: {name: istio-system}\n".utf8)
        let remotes = String(decoding: files["mesh/03-remotes.sh"]!, as: UTF8.self)
        files["mesh/03-remotes.sh"] = Data(remotes.split(separator: "\n").filter { !$0.contains("--name=staging-eu") }.joined(separator: "\n").utf8)
        let problems = try MeshBundleCheck(files: files, project: project).problems()
        #expect(problems.contains { $0.contains("expose-istiod.yaml: istiod is not exposed") })
        #expect(problems.contains { $0.contains("dev-eu/istio/namespace.yaml: istio-system lacks topology.istio.io/network") })
        #expect(problems.contains { $0.contains("controlPlaneClusters=prod-eu") })
        #expect(problems.contains { $0.contains("remote secrets") })
    }

    @Test func theCanonicalRunbookJoinsFourPrimariesAndLeavesManagementOut() throws {
        let project = try BundleFixtures.payments()
        let bundle = try BundleFixtures.bundle(project)
        #expect(try MeshBundleCheck(files: bundle.files, project: project).problems() == [])
        let scripts = bundle.paths.filter { $0.hasPrefix("mesh/") }.compactMap { BundleFixtures.text(bundle, $0) }.joined(separator: "\n")
        let secrets = scripts.split(separator: "\n").filter { $0.hasPrefix("istioctl create-remote-secret") }
        #expect(secrets.count == 12, "4 primaries: 4 × 3 ordered pairs")
        let certificates = try #require(BundleFixtures.text(bundle, "mesh/01-certificates.sh"))
        #expect(certificates.split(separator: "\n").filter { $0.hasPrefix("intermediate ") }.count == 4)
        #expect(!certificates.contains("intermediate mgmt"))
        let readme = try #require(BundleFixtures.text(bundle, "README.md"))
        #expect(readme.contains("## Mesh bootstrap"))
        for step in ["mesh/01-certificates.sh", "mesh/02-primaries.sh", "mesh/04-endpoint-discovery.sh", "mesh/06-verify.sh"] {
            #expect(readme.contains("`\(step)`"), "README lists \(step)")
        }
        for variable in ["CTX_DEV_EU", "CTX_STAGING_EU", "CTX_PROD_EU", "CTX_PROD_US"] {
            #expect(readme.contains("`\(variable)`"), "README lists the placeholder \(variable)")
        }
    }

    @Test func aSingleNetworkPrimaryRemoteExposesIstiodThroughItsOwnGateway() throws {
        let project = try Self.project(.primaryRemote)
        let bundle = try BundleFixtures.bundle(project)
        let iop = try #require(try MeshBundleCheck(files: bundle.files, project: project).document("clusters/prod-eu/istio/istio-operator.yaml"))
        #expect(MeshBundleCheck.value(iop, "spec", "values", "global", "externalIstiod") as? Bool == true)
        #expect(bundle.paths.contains("clusters/prod-eu/istio/expose-istiod.yaml"))
        #expect(bundle.paths.contains("clusters/prod-eu/istio/gateways-operator.yaml"))
        #expect(!bundle.paths.contains("clusters/prod-eu/istio/cross-network-gateway.yaml"), "one network: nothing crosses networks")
        let remote = try #require(try MeshBundleCheck(files: bundle.files, project: project).document("clusters/prod-us/istio/istio-operator.yaml"))
        #expect(MeshBundleCheck.value(remote, "spec", "values", "global", "remotePilotAddress") as? String == "${DISCOVERY_ADDRESS_PROD_EU}")
        // The cost counts the gateway that exposes istiod.
        let costs = try #require(FleetPlan(project).costs(in: project))
        let prodEU = try #require(costs.estimates.first { $0.label == "prod-eu" })
        let lbParts = prodEU.estimate.parts.filter { $0.kind == CostPart.Kind.loadBalancers }
        #expect(lbParts.first?.quantity == 2, "ingress and east-west gateway")
    }

    @Test func aKnownAddressAndContextLeaveNoPlaceholder() throws {
        var project = try Self.project(.primaryRemote)
        for index in project.topology.clusters.indices { project.topology.clusters[index].kubeContext = "gke_\(project.topology.clusters[index].name)" }
        let prodEU = try #require(project.topology.clusters.firstIndex { $0.name == "prod-eu" })
        project.topology.clusters[prodEU].eastWestAddress = "10.20.0.7"
        #expect(!Lint.findings(for: project).contains { $0.code == "FP320" })
        let bundle = try BundleFixtures.bundle(project)
        let remote = try #require(try MeshBundleCheck(files: bundle.files, project: project).document("clusters/dev-eu/istio/istio-operator.yaml"))
        #expect(MeshBundleCheck.value(remote, "spec", "values", "global", "remotePilotAddress") as? String == "10.20.0.7")
        let env = try #require(BundleFixtures.text(bundle, "mesh/env.sh"))
        #expect(env.contains("CTX_PROD_EU=\"${CTX_PROD_EU:-gke_prod-eu}\""))
        #expect(env.contains("DISCOVERY_ADDRESS_PROD_EU=\"${DISCOVERY_ADDRESS_PROD_EU:-10.20.0.7}\""))
    }

    @Test func privateNetworksPutEastWestGatewaysOnInternalLoadBalancers() throws {
        var project = try Self.project(.multiPrimaryMultiNetwork)
        project.topology.mesh.networkConnectivity = .private
        let bundle = try BundleFixtures.bundle(project)
        let gateways = try #require(BundleFixtures.text(bundle, "clusters/prod-us/istio/gateways-operator.yaml"))
        #expect(gateways.contains("networking.gke.io/load-balancer-type: Internal"))
        #expect(gateways.contains("networking.gke.io/internal-load-balancer-allow-global-access"))
        #expect(try MeshBundleCheck(files: bundle.files, project: project).problems() == [])
        let public_ = try BundleFixtures.bundle(try Self.project(.multiPrimaryMultiNetwork))
        #expect(!(BundleFixtures.text(public_, "clusters/prod-us/istio/gateways-operator.yaml") ?? "").contains("serviceAnnotations"))
    }

    @Test func everyScriptPassesShellcheck() throws {
        var scripts: [String] = []
        let root = try BundleFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for model in Model.allCases {
            let directory = "\(root)/\(model.rawValue)"
            let bundle = try BundleFixtures.bundle(try Self.project(model))
            for path in bundle.paths where path.hasPrefix("mesh/") {
                let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bundle.files[path]!.write(to: url)
                scripts.append("\(model.rawValue)/\(path)")
            }
        }
        #expect(scripts.count >= 4 * 8)
        // -x follows `. ./mesh/env.sh` from each bundle's root; one run per bundle.
        for model in Model.allCases {
            let mine = scripts.filter { $0.hasPrefix("\(model.rawValue)/") }.map { String($0.dropFirst(model.rawValue.count + 1)) }
            let result = try Self.run(["shellcheck", "-x", "--shell=sh", "--severity=style"] + mine, in: "\(root)/\(model.rawValue)")
            #expect(result.status == 0, "\(model): \(result.stdout)\(result.stderr)")
        }
    }

    /// Stand-ins for kubectl and istioctl that log every call; the address lookups answer at once.
    static func fakeTools(in directory: String) throws -> String {
        let bin = "\(directory)/fake-bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let kubectl = """
            #!/bin/sh
            printf 'kubectl %s\\n' "$*" >>"$TOOL_LOG"
            case "$*" in *jsonpath*) printf '203.0.113.10' ;; esac
            case "$*" in *"--dry-run=client"*) printf 'apiVersion: v1\\nkind: Secret\\n' ;; esac
            case "$*" in *"-f -"*) cat >/dev/null ;; esac
            exit 0

            """
        let istioctl = """
            #!/bin/sh
            printf 'istioctl %s\\n' "$*" >>"$TOOL_LOG"
            case "$1" in create-remote-secret) printf 'apiVersion: v1\\nkind: Secret\\n' ;; esac
            exit 0

            """
        for (name, text) in [("kubectl", kubectl), ("istioctl", istioctl)] {
            let path = "\(bin)/\(name)"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        return bin
    }

    @Test(arguments: [Model.multiPrimaryMultiNetwork, Model.primaryRemoteMultiNetwork])
    func theRunbookRunsInTheGuidesOrder(model: Model) throws {
        let project = try Self.project(model)
        let directory = try Self.write(try BundleFixtures.bundle(project))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bin = try Self.fakeTools(in: directory)
        let log = "\(directory)/tools.log"
        var environment = ["PATH": "\(bin):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")", "TOOL_LOG": log, "CA_KEY_BITS": "2048"]
        let members = project.topology.clusters.filter { $0.meshRole != nil }
        // Without the kube contexts the runbook stops and names the missing one.
        let missing = try Self.run(["sh", "mesh/bootstrap.sh"], in: directory, environment: environment)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("CTX_DEV_EU"), "\(missing.stderr)")
        for cluster in members { environment[MeshInstall.variable("CTX", cluster.name)] = "ctx-\(cluster.name)" }
        let result = try Self.run(["sh", "mesh/bootstrap.sh"], in: directory, environment: environment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let calls = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        func first(_ fragment: String) -> Int? { calls.firstIndex { $0.contains(fragment) } }
        // Trust first: every cacerts secret before any istiod is installed.
        let lastSecret = try #require(calls.lastIndex { $0.contains("create secret generic cacerts") })
        let firstInstall = try #require(first("istioctl install"))
        #expect(lastSecret < firstInstall)
        #expect(calls.filter { $0.contains("create secret generic cacerts") }.count == members.count)
        // The certificates chain to one root.
        for cluster in members {
            let verify = try Self.run(["openssl", "verify", "-CAfile", "mesh/certs/root-cert.pem", "mesh/certs/\(cluster.name)/cert-chain.pem"], in: directory)
            #expect(verify.status == 0, "\(cluster.name): \(verify.stdout)\(verify.stderr)")
        }
        for remote in members where remote.meshRole == .remote {
            let primary = remote.primary!
            let primaryInstall = try #require(first("istioctl install -y --context=ctx-\(primary) -f clusters/\(primary)/istio/istio-operator.yaml"))
            let exposure = try #require(first("--context=ctx-\(primary) apply -f clusters/\(primary)/istio/expose-istiod.yaml"))
            let install = try #require(first("istioctl install -y --context=ctx-\(remote.name) -f clusters/\(remote.name)/istio/istio-operator.yaml"))
            let attach = try #require(first("istioctl create-remote-secret --context=ctx-\(remote.name) --name=\(remote.name)"))
            let gateways = try #require(first("istioctl install -y --context=ctx-\(remote.name) -f clusters/\(remote.name)/istio/gateways-operator.yaml"))
            #expect(primaryInstall < exposure && exposure < install && install < attach && attach < gateways, "\(remote.name): guide order")
            #expect(calls[install].contains("--set values.global.remotePilotAddress=203.0.113.10"), "\(calls[install])")
        }
        let primaries = members.filter { $0.meshRole == .primary }
        let secrets = calls.filter { $0.hasPrefix("istioctl create-remote-secret") }.count
        #expect(secrets == primaries.count * (primaries.count - 1) + (members.count - primaries.count))
        #expect(calls.filter { $0.hasPrefix("istioctl proxy-status") }.count == members.count)
    }

    @Test func trafficTemplatesKeepFailoverAndPassTheTables() throws {
        let project = try Self.project(.multiPrimaryMultiNetwork)
        let directory = try Self.write(try BundleFixtures.bundle(project))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let mesh = try #require(try MeshBundleCheck(files: try BundleFixtures.bundle(project).files, project: project)
            .document("clusters/prod-eu/istio/locality-failover.yaml"))
        let meshPolicy = MeshBundleCheck.value(mesh, "spec", "trafficPolicy") as? NSDictionary
        for arguments in [["mesh/traffic/canary.sh", "payments", "shop", "25"], ["mesh/traffic/blue-green.sh", "payments", "shop", "green"]] {
            let result = try Self.run(["sh"] + arguments, in: directory)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(DocumentCheck.problems(inYAML: result.stdout, version: project.kubernetesVersion) == [], "\(arguments[0])")
            let documents = try Yams.load_all(yaml: result.stdout).compactMap { $0 as? [String: Any] }
            let rule = try #require(documents.first { $0["kind"] as? String == "DestinationRule" })
            #expect(MeshBundleCheck.value(rule, "spec", "trafficPolicy") as? NSDictionary == meshPolicy, "the service keeps the mesh's failover")
            let service = try #require(documents.first { $0["kind"] as? String == "VirtualService" })
            let routes = ((MeshBundleCheck.value(service, "spec", "http") as? [[String: Any]])?.first?["route"] as? [[String: Any]]) ?? []
            #expect(routes.compactMap { $0["weight"] as? Int }.reduce(0, +) == 100)
        }
        let bad = try Self.run(["sh", "mesh/traffic/canary.sh", "payments", "shop", "120"], in: directory)
        #expect(bad.status == 64)
        let injected = try Self.run(["sh", "mesh/traffic/blue-green.sh", "pay;rm", "shop", "blue"], in: directory)
        #expect(injected.status == 64)
    }
}
