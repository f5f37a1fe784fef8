import FleetEngine
import FleetModel
import Foundation
import Testing
import Yams
@testable import FleetExport

/// `management/`: GitOps delivery of every cluster tree from the management cluster, with
/// Argo CD and with Flux, checked against the upstream CRD tables and across files
/// (`ManagementBundleCheck`); the bootstrap is linted and run against recording stand-ins.
@Suite struct ManagementBundleTests {
    static func payments(_ tool: GitOpsTool = .argoCD) throws -> Project {
        var project = try BundleFixtures.payments()
        project.topology.gitops.tool = tool
        return project
    }

    /// Mixed providers, self-managed and managed, no mesh: the components follow the clouds.
    static func mixed(_ tool: GitOpsTool) throws -> Project {
        var project = try BundleFixtures.payments()
        project.topology.gitops = GitOpsSettings(tool: tool)
        project.topology.mesh = MeshSettings()
        project.matrix.decision.platform = .kubernetes
        var metal = project.profiles[0]
        metal.name = "metal"
        metal.provider = .bareMetal
        metal.controlPlane = .selfManaged
        project.profiles.append(metal)
        for index in project.topology.clusters.indices {
            project.topology.clusters[index].meshRole = nil
            if project.topology.clusters[index].environment == "dev" { project.topology.clusters[index].profile = "metal" }
        }
        return project
    }

    static func clusterAPI(_ project: Project) -> Project {
        var project = project
        project.topology.gitops.clusterAPI = true
        return project
    }

    /// One workload cluster per provider and control plane: EKS, GKE, AKS and kubeadm on
    /// AWS, GCP, Azure and bare metal.
    static func everyProvider() throws -> Project {
        var project = try mixed(.argoCD)
        let base = project.profiles[0]
        project.profiles = []
        var clusters = [project.topology.clusters.first { $0.role == .management }!]
        for provider in Provider.allCases {
            for controlPlane in [ControlPlane.managed, .selfManaged] where provider != .bareMetal || controlPlane == .selfManaged {
                var profile = base
                profile.name = "\(provider.rawValue)-\(controlPlane.rawValue)"
                profile.provider = provider
                profile.controlPlane = controlPlane
                profile.instanceType = nil
                project.profiles.append(profile)
                clusters.append(Cluster(name: profile.name, environment: "prod", region: "eu-west-1", profile: profile.name,
                                        network: "net-\(clusters.count)", workload: ClusterWorkload(pods: 200)))
            }
        }
        project.profiles.append({ var p = base; p.name = "general"; return p }())
        project.topology.clusters = clusters
        project.topology.addressPlan = AddressPlan()
        return project
    }

    enum Variant: String, CaseIterable, Sendable {
        case paymentsArgo = "payments argo-cd", paymentsFlux = "payments flux", mixedArgo = "mixed argo-cd", mixedFlux = "mixed flux"
        case selfManagedArgo = "self-managed argo-cd"
        case clusterAPIArgo = "cluster-api argo-cd", clusterAPIFlux = "cluster-api flux"
        case clusterAPIEveryProvider = "cluster-api on every provider"

        func project() throws -> Project {
            switch self {
            case .paymentsArgo: try payments(.argoCD)
            case .paymentsFlux: try payments(.flux)
            case .mixedArgo: try mixed(.argoCD)
            case .mixedFlux: try mixed(.flux)
            case .selfManagedArgo: BundleFixtures.selfManaged(try payments(.argoCD))
            case .clusterAPIArgo: clusterAPI(try mixed(.argoCD))
            case .clusterAPIFlux: clusterAPI(try mixed(.flux))
            case .clusterAPIEveryProvider: clusterAPI(try everyProvider())
            }
        }
    }

    @Test(arguments: Variant.allCases)
    func everyVariantHoldsTogether(variant: Variant) throws {
        let project = try variant.project()
        let bundle = try BundleFixtures.bundle(project)
        #expect(bundle.paths.contains("management/bootstrap.sh"))
        let problems = try ManagementBundleCheck(files: bundle.files, project: project).problems()
        #expect(problems == [], "\(variant.rawValue):\n\(problems.joined(separator: "\n"))")
    }

    @Test func theCanonicalExampleDeliversEachOfItsFiveTrees() throws {
        let project = try BundleFixtures.payments()
        let bundle = try BundleFixtures.bundle(project)
        let set = try #require(try ManagementBundleCheck(files: bundle.files, project: project).documents("management/argocd/cluster-trees.yaml").first)
        #expect(set["kind"]?.string == "ApplicationSet")
        let applications = try ManagementBundleCheck.applications([set])
        #expect(applications.count == 5)
        let delivered = applications.map { ($0["spec"]!["destination"]!["name"]!.string!, $0["spec"]!["source"]!["path"]!.string!) }
        #expect(delivered.map(\.1).sorted() == project.topology.clusters.map { BundleLayout.gitopsDirectory($0.name) }.sorted())
        #expect(delivered.first { $0.1 == "gitops/clusters/mgmt" }?.0 == "in-cluster", "the management cluster is Argo CD's own")
        #expect(delivered.first { $0.1 == "gitops/clusters/prod-us" }?.0 == "prod-us")
        for application in applications {
            #expect(application["spec"]?["source"]?["repoURL"]?.string == "https://git.example.com/payments/platform-design.git")
            #expect(application["spec"]?["source"]?["targetRevision"]?.string == "main")
        }
        // The pinned components, with values from the design.
        let components = try ManagementBundleCheck.applications(
            try ManagementBundleCheck(files: bundle.files, project: project).documents("management/argocd/components.yaml"))
        let charts = Dictionary(grouping: components) { $0["spec"]!["source"]!["chart"]!.string! }
        #expect(Set(charts.keys) == Set(ManagementCharts.all.map(\.chart)))
        let metal = try Self.mixed(.argoCD)
        let metalBundle = try BundleFixtures.bundle(metal)
        let metalDNS = try ManagementBundleCheck.applications(try ManagementBundleCheck(files: metalBundle.files, project: metal)
            .documents("management/argocd/components.yaml")).first { $0["metadata"]?["name"]?.string == "dev-eu-external-dns" }
        let metalValues = metalDNS?["spec"]?["source"]?["helm"]?["valuesObject"]
        #expect(metalValues?["provider"]?["name"]?.string == "rfc2136")
        #expect(metalValues?["extraArgs"]?.sequence?.contains { $0.string == "--rfc2136-zone=eu-west-1.example.com" } == true)
        #expect(charts["cert-manager"]?.count == 1 && charts["cluster-api-operator"]?.count == 1, "management only")
        #expect(charts["external-dns"]?.count == 5 && charts["kube-prometheus-stack"]?.count == 5, "every cluster")
        for chart in ManagementCharts.all {
            #expect(charts[chart.chart]?.allSatisfy { $0["spec"]?["source"]?["targetRevision"]?.string == chart.version } == true)
        }
        let dns = try #require(charts["external-dns"]?.first { $0["spec"]?["destination"]?["name"]?.string == "prod-us" })
        let values = dns["spec"]?["source"]?["helm"]?["valuesObject"]
        #expect(values?["domainFilters"]?[0]?.string == "us-east-1.payments.example.com")
        #expect(values?["provider"]?["name"]?.string == "aws" && values?["txtOwnerId"]?.string == "prod-us")
        #expect(values?["serviceAccount"]?["annotations"]?["eks.amazonaws.com/role-arn"]?.string?.hasSuffix(":role/external-dns-prod-us") == true,
                "ExternalDNS gets the IAM role that lets it write the zone")
        let report = try #require(BundleFixtures.text(bundle, BundleLayout.report))
        #expect(report.contains("## GitOps delivery") && report.contains("Argo CD \(ManagementCharts.argoCDVersion)"))
        #expect(!report.contains("Set before applying"), "the example sets its repository and zone")
    }

    @Test func theCheckCatchesABrokenClusterAPIFile() throws {
        let project = Self.clusterAPI(try Self.everyProvider())
        var files = try BundleFixtures.bundle(project).files
        let path = "management/cluster-api/aws-self-managed.yaml"
        var text = String(decoding: try #require(files[path]), as: UTF8.self)
        let reference = "    kind: AWSCluster\n    name: aws-self-managed\n"
        #expect(text.contains(reference) && text.contains("kind: MachineDeployment"))
        text = text.replacingOccurrences(of: reference, with: "    kind: AWSCluster\n    name: aws-self-managed-typo\n")
        files[path] = Data(text.utf8)
        let problems = try ManagementBundleCheck(files: files, project: project).problems()
        #expect(problems.contains { $0.contains("infrastructureRef names no object") }, "\(problems)")
        // Every provider's kinds, one cluster each.
        let kinds = try Set(project.topology.clusters.filter { $0.role == .workload }.flatMap { cluster in
            try ManagementBundleCheck(files: try BundleFixtures.bundle(project).files, project: project)
                .documents("management/cluster-api/\(cluster.name).yaml").compactMap { $0["kind"]?.string }
        })
        #expect(kinds.isSuperset(of: ["KubeadmControlPlane", "AWSManagedControlPlane", "GCPManagedControlPlane", "AzureASOManagedControlPlane",
                                      "AWSMachineTemplate", "GCPMachineTemplate", "AzureMachineTemplate", "Metal3MachineTemplate",
                                      "AWSManagedMachinePool", "GCPManagedMachinePool", "AzureASOManagedMachinePool", "MachineDeployment"]))
        // The operator installs exactly the providers the design uses, pinned, GKE enabled.
        let components = String(decoding: try #require(try BundleFixtures.bundle(project).files["management/argocd/components.yaml"]), as: UTF8.self)
        for version in ["v1.13.5", "v2.11.1", "v1.12.0", "v1.26.0", "v1.13.2"] { #expect(components.contains("version: \(version)"), "\(version)") }
        #expect(components.contains("GKE: true"))
    }

    @Test func fluxRemoteClustersReadTheirKubeconfigAndTheManagementClusterNone() throws {
        let project = try Self.payments(.flux)
        let bundle = try BundleFixtures.bundle(project)
        let check = ManagementBundleCheck(files: bundle.files, project: project)
        let kustomizations = try check.documents("management/flux/cluster-trees.yaml")
        #expect(kustomizations.count == project.topology.clusters.count)
        for document in kustomizations {
            let name = document["metadata"]!["name"]!.string!
            let secret = document["spec"]?["kubeConfig"]?["secretRef"]?["name"]?.string
            #expect((secret == nil) == (name == "mgmt-design"), "\(name)")
            #expect(document["spec"]?["sourceRef"]?["name"]?.string == "payments-platform")
        }
        let repository = try #require(try check.documents("management/flux/repository.yaml").first)
        #expect(repository["spec"]?["url"]?.string == project.topology.gitops.repository)
        #expect(repository["spec"]?["ref"]?["branch"]?.string == "main")
        let releases = try check.documents("management/flux/components.yaml").filter { $0["kind"]?.string == "HelmRelease" }
        let capi = try #require(releases.first { $0["metadata"]?["name"]?.string == "cluster-api-operator" })
        #expect(capi["spec"]?["dependsOn"]?[0]?["name"]?.string == "cert-manager", "the operator's webhooks need cert-manager")
        let infrastructure = capi["spec"]?["values"]?["infrastructure"]?.mapping.map { Array($0.keys.compactMap(\.string)) }
        #expect(infrastructure == ["aws"], "the example runs on EKS only")
    }

    @Test func aTagRevisionIsAFullReference() throws {
        var project = try Self.payments(.flux)
        project.topology.gitops.revision = "refs/tags/v1.4.0"
        let flux = try BundleFixtures.bundle(project)
        #expect(BundleFixtures.text(flux, "management/flux/repository.yaml")?.contains("name: refs/tags/v1.4.0") == true)
        project.topology.gitops.tool = .argoCD
        let argo = try BundleFixtures.bundle(project)
        #expect(BundleFixtures.text(argo, "management/argocd/cluster-trees.yaml")?.contains("targetRevision: v1.4.0") == true)
    }

    @Test func theTablesRejectWhatArgoCDAndFluxWould() throws {
        let version = KubernetesVersion(minor: 34)
        let misspelt = """
            apiVersion: argoproj.io/v1alpha1
            kind: ApplicationSet
            metadata: {name: x, namespace: argocd}
            spec:
              generator: []
            """
        #expect(DocumentCheck.problems(inYAML: misspelt, version: version).contains { $0.contains("spec.generator: unknown field") })
        let badEnum = """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata: {name: x}
            spec:
              interval: 10 minutes
              install: {crds: Always}
            """
        let problems = DocumentCheck.problems(inYAML: badEnum, version: version)
        #expect(problems.contains { $0.contains("spec.install.crds") && $0.contains("CreateReplace") }, "\(problems)")
        #expect(problems.contains { $0.contains("spec.interval") && $0.contains("duration") }, "\(problems)")
        let unused = """
            apiVersion: argoproj.io/v1alpha1
            kind: ApplicationSet
            metadata: {name: x}
            spec:
              generators:
              - git: {repoURL: https://example.com/r.git}
            """
        #expect(!DocumentCheck.problems(inYAML: unused, version: version).isEmpty, "generators Fleetplan does not emit are not in the table")
        // Required members, as the API server would refuse them.
        let incomplete = """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata: {name: x}
            spec:
              project: default
              source: {repoURL: https://example.com/r.git}
            """
        #expect(DocumentCheck.problems(inYAML: incomplete, version: version).contains { $0.hasPrefix("spec: destination is required") })
        let capi = """
            apiVersion: cluster.x-k8s.io/v1beta2
            kind: Cluster
            metadata: {name: x}
            spec:
              controlPlaneRef: {kind: KubeadmControlPlane, name: x}
            """
        #expect(DocumentCheck.problems(inYAML: capi, version: version).contains { $0.hasPrefix("spec.controlPlaneRef: apiGroup is required") })
    }

    @Test func noManagementDirectoryWithoutAManagementClusterOrForAnotherPlatform() throws {
        var project = try BundleFixtures.payments()
        project.topology.clusters.removeAll { $0.role == .management }
        #expect(!(try BundleFixtures.bundle(project)).paths.contains { $0.hasPrefix("management/") })
        var nomad = try BundleFixtures.payments()
        nomad.matrix.decision.platform = .nomad
        let bundle = try BundleFixtures.bundle(nomad)
        #expect(!bundle.paths.contains { $0.hasPrefix("management/") || $0.hasPrefix("clusters/") || $0.hasPrefix("gitops/") })
        #expect(bundle.paths.contains { $0.hasPrefix("platforms/nomad/") })
    }

    @Test func placeholdersAreNamedInTheReportAndTheFindings() throws {
        var project = try BundleFixtures.payments()
        project.topology.gitops = GitOpsSettings()
        let bundle = try BundleFixtures.bundle(project)
        #expect(BundleFixtures.text(bundle, "management/argocd/projects.yaml")?.contains(ManagementFiles.repositoryPlaceholder(project)) == true)
        let report = try #require(BundleFixtures.text(bundle, BundleLayout.report))
        #expect(report.contains("Set before applying (FP326)"))
        let codes = Lint.findings(for: project).filter { $0.code == "FP326" }
        #expect(codes.map(\.path.description).sorted() == ["spec.topology.gitops.dnsZone", "spec.topology.gitops.repository"])
        #expect(codes.allSatisfy { $0.severity == .info })
    }

    @Test func cloneURLs() {
        for good in ["https://github.com/org/repo.git", "ssh://git@host/org/repo.git", "git@github.com:org/repo.git", "http://h/r"] {
            #expect(TopologyRules.isCloneURL(good), "\(good)")
        }
        for bad in ["github.com/org/repo", "https://", "git@:repo", "@host:path", "https://h/a b", "git@host:"] {
            #expect(!TopologyRules.isCloneURL(bad), "\(bad)")
        }
    }

    // MARK: The bootstrap

    static func fakeTools(in directory: String) throws -> String {
        let bin = "\(directory)/fake-bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let tool = """
            #!/bin/sh
            printf '%s KUBECONFIG=%s %s\\n' "$(basename "$0")" "${KUBECONFIG:-}" "$*" >>"$TOOL_LOG"
            case "$*" in *"--dry-run=client"*) printf 'apiVersion: v1\\nkind: Secret\\n' ;; esac
            case "$*" in *"config view"*) printf 'apiVersion: v1\\nkind: Config\\n' ;; esac
            case "$*" in *"-f -"*) cat >/dev/null ;; esac
            exit 0

            """
        for name in ["kubectl", "argocd", "flux"] {
            try tool.write(toFile: "\(bin)/\(name)", atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: "\(bin)/\(name)")
        }
        return bin
    }

    @Test(arguments: GitOpsTool.allCases)
    func theBootstrapInstallsRegistersAndApplies(tool: GitOpsTool) throws {
        let project = try Self.payments(tool)
        let directory = try MeshBundleTests.write(try BundleFixtures.bundle(project))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bin = try Self.fakeTools(in: directory)
        let log = "\(directory)/tools.log"
        let userKubeconfig = "\(directory)/user-kubeconfig"
        try "user's own file\n".write(toFile: userKubeconfig, atomically: true, encoding: .utf8)
        var environment = ["PATH": "\(bin):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")", "TOOL_LOG": log,
                           "KUBECONFIG": userKubeconfig]
        let missing = try MeshBundleTests.run(["sh", "management/bootstrap.sh"], in: directory, environment: environment)
        #expect(missing.status != 0 && missing.stderr.contains("CTX_MGMT"), "\(missing.stderr)")
        for cluster in project.topology.clusters { environment[MeshInstall.variable("CTX", cluster.name)] = "ctx-\(cluster.name)" }
        let result = try MeshBundleTests.run(["sh", "management/bootstrap.sh"], in: directory, environment: environment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let calls = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        let install = calls.firstIndex { $0.contains(tool == .argoCD ? "argo-cd/\(ManagementCharts.argoCDVersion)/manifests/install.yaml" : "flux KUBECONFIG=\(userKubeconfig) install") }
        let apply = calls.firstIndex { $0.contains("apply --server-side -k management/") }
        #expect(install != nil && apply != nil && install! < apply!, "\(calls.joined(separator: "\n"))")
        for cluster in project.topology.clusters where cluster.role != .management {
            let registration = tool == .argoCD
                ? calls.filter { $0.hasPrefix("argocd ") && $0.contains("cluster add ctx-\(cluster.name) --name \(cluster.name) ") }
                : calls.filter { $0.contains("create secret generic \(cluster.name)-kubeconfig") }
            #expect(registration.count == 1, "\(cluster.name)")
            if let line = registration.first, let position = calls.firstIndex(of: line) { #expect(position < apply!) }
        }
        if tool == .argoCD {
            // Core mode works on a copy of the kubeconfig: the user's file is never the one changed.
            #expect(calls.filter { $0.contains("set-context") || $0.hasPrefix("argocd ") }.allSatisfy { !$0.contains("KUBECONFIG=\(userKubeconfig) ") })
        }
        #expect(try String(contentsOfFile: userKubeconfig, encoding: .utf8) == "user's own file\n")
    }

    @Test(arguments: GitOpsTool.allCases)
    func withClusterAPITheFirstRunCreatesTheClustersAndSaysHowToRegisterThem(tool: GitOpsTool) throws {
        let project = Self.clusterAPI(try Self.payments(tool))
        let directory = try MeshBundleTests.write(try BundleFixtures.bundle(project))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bin = try Self.fakeTools(in: directory)
        let log = "\(directory)/tools.log"
        var environment = ["PATH": "\(bin):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")", "TOOL_LOG": log, "CTX_MGMT": "ctx-mgmt"]
        let first = try MeshBundleTests.run(["sh", "management/bootstrap.sh"], in: directory, environment: environment)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        var calls = try String(contentsOfFile: log, encoding: .utf8)
        #expect(calls.contains("apply --server-side -k management/"))
        #expect(!calls.contains("cluster add") && !calls.contains("create secret generic"), "no workload cluster exists yet")
        for cluster in project.topology.clusters where cluster.role == .workload {
            #expect(first.stdout.contains("clusterctl get kubeconfig \(cluster.name) -n payments-platform-clusters"), "\(cluster.name)")
        }
        environment["CTX_PROD_US"] = "ctx-prod-us"
        try "".write(toFile: log, atomically: true, encoding: .utf8)
        let second = try MeshBundleTests.run(["sh", "management/bootstrap.sh"], in: directory, environment: environment)
        #expect(second.status == 0)
        calls = try String(contentsOfFile: log, encoding: .utf8)
        #expect(calls.contains(tool == .argoCD ? "cluster add ctx-prod-us --name prod-us" : "create secret generic prod-us-kubeconfig"))
    }

    @Test func theScriptsPassShellcheck() throws {
        for tool in GitOpsTool.allCases {
            for project in [try Self.payments(tool), Self.clusterAPI(try Self.payments(tool))] {
            let directory = try MeshBundleTests.write(try BundleFixtures.bundle(project))
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let result = try MeshBundleTests.run(["shellcheck", "-x", "--shell=sh", "--severity=style", "management/bootstrap.sh", "management/env.sh"],
                                                 in: directory)
            #expect(result.status == 0, "\(tool): \(result.stdout)\(result.stderr)")
            }
        }
    }
}
