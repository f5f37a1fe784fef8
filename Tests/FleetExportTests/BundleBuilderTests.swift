import FleetEngine
import FleetModel
import FleetStore
import Foundation
import Testing
import Yams
@testable import FleetExport

@Suite struct BundleBuilderTests {
    @Test func theSameProjectGivesTheSameBytes() throws {
        let project = try BundleFixtures.payments()
        let first = try BundleFixtures.bundle(project), second = try BundleFixtures.bundle(project)
        #expect(first == second)
        #expect(ZipArchive.archive(first, root: "payments") == ZipArchive.archive(second, root: "payments"))
        let written = try BundleFixtures.temporaryDirectory() + "/one"
        let again = try BundleFixtures.temporaryDirectory() + "/two"
        try BundleWriter().write(first, to: written)
        try BundleWriter().write(second, to: again)
        for path in BundleFixtures.files(in: written) {
            #expect(FileManager.default.contents(atPath: "\(written)/\(path)") == FileManager.default.contents(atPath: "\(again)/\(path)"))
        }
    }

    @Test func everyFileIsLFTerminatedUTF8Text() throws {
        let bundle = try BundleFixtures.bundle(BundleFixtures.payments())
        for path in bundle.paths {
            let data = bundle.files[path]!
            let text = try #require(String(data: data, encoding: .utf8), "\(path) is not UTF-8")
            #expect(!text.contains("\r"), "\(path) has CR")
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n\n"), "\(path) does not end in one LF")
        }
    }

    @Test func checksumsCoverEveryFileAndVerify() throws {
        let bundle = try BundleFixtures.bundle(BundleFixtures.payments())
        let sums = try #require(BundleFixtures.text(bundle, DesignBundle.checksumFile))
        let listed = sums.split(separator: "\n").map { String($0.split(separator: " ", maxSplits: 2).last!) }
        #expect(listed == bundle.paths.filter { $0 != DesignBundle.checksumFile })
        let directory = try BundleFixtures.temporaryDirectory() + "/bundle"
        try BundleWriter().write(bundle, to: directory)
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["sha256sum", "--check", "--quiet", "--strict", DesignBundle.checksumFile]
        check.currentDirectoryURL = URL(fileURLWithPath: directory)
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
    }

    @Test func theBundleHoldsTheDocumentedLayout() throws {
        let project = try BundleFixtures.payments()
        let bundle = try BundleFixtures.bundle(project)
        for path in [BundleLayout.report, BundleLayout.projectFile, BundleLayout.decisionRecord, BundleLayout.scores,
                     BundleLayout.sensitivity, BundleLayout.comparison, BundleLayout.topologyText, BundleLayout.topologyMermaid,
                     BundleLayout.topologyDot, DesignBundle.checksumFile] {
            #expect(bundle.files[path] != nil, "\(path) missing")
        }
        for cluster in project.topology.clusters {
            let directory = BundleLayout.clusterDirectory(cluster.name)
            #expect(bundle.files["\(directory)/eksctl-cluster.yaml"] != nil, "EKS runs the control plane")
            #expect(bundle.files["\(directory)/kubeadm-config.yaml"] == nil && bundle.files["\(directory)/scheduler-config.yaml"] == nil)
            let inMesh = cluster.meshRole != nil
            #expect((bundle.files["\(directory)/istio/istio-operator.yaml"] != nil) == inMesh, "Istio where the cluster joins the mesh")
            #expect((bundle.files["\(directory)/istio/peer-authentication.yaml"] != nil) == inMesh, "mTLS is required")
            #expect(bundle.files["\(BundleLayout.gitopsDirectory(cluster.name))/kustomization.yaml"] != nil)
        }
        #expect(project.topology.clusters.contains { $0.meshRole == nil }, "the example has a cluster outside the mesh")
        #expect(!bundle.paths.contains { $0.hasPrefix("platforms/") }, "Kubernetes wins: no other platform's starter")
        #expect(BundleFixtures.text(bundle, BundleLayout.projectFile) == ProjectWriter().text(for: project))
    }

    @Test func everyKubernetesAndIstioKeyIsInTheUpstreamTables() throws {
        let payments = try BundleFixtures.payments()
        for project in [payments, BundleFixtures.selfManaged(payments), try BundleFixtures.smallShop()] {
            let bundle = try BundleFixtures.bundle(project)
            let documents = bundle.paths.filter {
                ($0.hasPrefix("clusters/") || $0.hasPrefix("gitops/") || $0.hasPrefix("platforms/cloud-run/"))
                    && ($0.hasSuffix(".yaml") || $0.hasSuffix(".json"))
            }
            // Cloud Run wins the small shop: its bundle holds services, no cluster configuration.
            let kubernetes = !bundle.paths.contains { $0.hasPrefix("platforms/") }
            #expect(documents.count >= (kubernetes ? 3 * project.topology.clusters.count : project.requirements.regions.count))
            for path in documents {
                let text = try #require(BundleFixtures.text(bundle, path))
                #expect(DocumentCheck.problems(inFile: path, text: text, version: project.kubernetesVersion) == [], "\(path)")
            }
        }
    }

    @Test func requestedFeatureGatesReachTheDocumentsOnlyWhereAccepted() throws {
        var project = BundleFixtures.selfManaged(try BundleFixtures.payments())
        project.profiles[0].featureGates = [
            "CustomCPUCFSQuotaPeriod": true, "CPUManagerPolicyAlphaOptions": true, "NoSuchGate": true, "CPUManager": true,
        ]
        let bundle = try BundleFixtures.bundle(project)
        let text = try #require(BundleFixtures.text(bundle, "clusters/prod-eu/kubeadm-config.yaml"))
        #expect(text.contains("CustomCPUCFSQuotaPeriod: true"))
        #expect(!text.contains("NoSuchGate") && !text.contains("CPUManager: true"), "unknown and removed gates are left out")
        #expect(!text.contains("CPUManagerPolicyAlphaOptions"), "an option gate without its option is left out")
        #expect(DocumentCheck.problems(inYAML: text, version: project.kubernetesVersion) == [])
    }

    @Test func kubeadmConfigurationCarriesClusterAndKubeletDocuments() throws {
        let bundle = try BundleFixtures.bundle(BundleFixtures.selfManaged(BundleFixtures.payments()))
        let text = try #require(BundleFixtures.text(bundle, "clusters/prod-eu/kubeadm-config.yaml"))
        let parser = try Parser(yaml: text)
        var kinds: [String] = []
        while let node = try parser.nextRoot() { kinds.append(node["kind"]?.string ?? "") }
        #expect(kinds == ["ClusterConfiguration", "KubeletConfiguration"])
        #expect(text.contains("kubernetesVersion: v1.34.0"))
    }

    @Test func everyStructuredFileParses() throws {
        for project in [try BundleFixtures.payments(), try BundleFixtures.smallShop()] {
            let bundle = try BundleFixtures.bundle(project)
            for path in bundle.paths {
                let data = bundle.files[path]!
                if path.hasSuffix(".yaml") {
                    let parser = try Parser(yaml: String(decoding: data, as: UTF8.self))
                    var count = 0
                    while try parser.nextRoot() != nil { count += 1 }
                    #expect(count >= 1, "\(path) holds no document")
                } else if path.hasSuffix(".json") {
                    #expect(throws: Never.self, "\(path)") { try JSONSerialization.jsonObject(with: data) }
                }
            }
        }
    }

    @Test func kustomizationsOnlyReferenceFilesInsideTheBundle() throws {
        for project in [try BundleFixtures.payments(), try BundleFixtures.smallShop()] {
            let bundle = try BundleFixtures.bundle(project)
            let roots = bundle.paths.filter { $0.hasPrefix("gitops/") && $0.hasSuffix("/kustomization.yaml") }
            let kubernetes = !bundle.paths.contains { $0.hasPrefix("platforms/") }
            #expect(roots.count == (kubernetes ? project.topology.clusters.count : 0))
            for root in roots {
                try KustomizeTree.checkReferences(from: root, in: bundle)
            }
        }
    }

    @Test func aDesignWithErrorsStillExportsWithAWarningFirst() throws {
        var project = try BundleFixtures.payments()
        project.topology.clusters[1].profile = "no-such-profile"
        let bundle = try BundleFixtures.bundle(project)
        let report = try #require(BundleFixtures.text(bundle, BundleLayout.report))
        #expect(report.hasPrefix("> **Warning: this design has"))
        #expect(bundle.files["gitops/clusters/dev-eu/kustomization.yaml"] != nil)
        #expect(bundle.files["clusters/dev-eu/kubeadm-config.yaml"] == nil, "no profile, no cluster configuration")
        let clean = try #require(BundleFixtures.text(try BundleFixtures.bundle(try BundleFixtures.payments()), BundleLayout.report))
        #expect(!clean.contains("Warning: this design has"))
    }

    @Test func theRecommendedPlatformGetsItsStarter() throws {
        let bundle = try BundleFixtures.bundle(BundleFixtures.smallShop())
        let starters = bundle.paths.filter { $0.hasPrefix("platforms/") }
        #expect(!starters.isEmpty && starters.allSatisfy { $0.hasPrefix("platforms/cloud-run/") })
        let report = try #require(BundleFixtures.text(bundle, BundleLayout.report))
        #expect(report.contains("**Recommendation: Google Cloud Run**"))
    }
}

