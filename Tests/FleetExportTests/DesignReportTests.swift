import FleetEngine
import FleetModel
import Foundation
import Testing
@testable import FleetExport

@Suite struct DesignReportTests {
    func report(_ project: Project) throws -> String {
        try #require(BundleFixtures.text(try BundleFixtures.bundle(project), BundleLayout.report))
    }

    @Test func sectionsComeInTheDocumentedOrder() throws {
        let text = try report(BundleFixtures.payments())
        let headings = ["## Summary", "## Platform matrix", "## Sensitivity", "## Topology", "## Profile `general`",
                        "## Clusters", "## Cluster plans", "### Fleet totals", "## Cost estimate", "## Findings",
                        "## Migration roadmap", "## Sources", "## Files in this bundle"]
        let positions = try headings.map { heading in try #require(text.range(of: "\n\(heading)\n"), "\(heading)").lowerBound }
        #expect(positions == positions.sorted())
        #expect(text.contains("```mermaid\nflowchart"))
    }

    @Test func everyTunedSettingIsListedWithItsReasonAndSource() throws {
        let project = try BundleFixtures.payments()
        let text = try report(project)
        let plan = Planner.plan(profile: project.profiles[0], in: project)
        #expect(!plan.reasons.isEmpty)
        for reason in plan.reasons {
            let row = text.split(separator: "\n").first { $0.hasPrefix("| `\(reason.path)` |") }
            #expect(row != nil, "\(reason.path) missing")
            #expect(row?.hasSuffix("| \(reason.source?.id ?? "Fleetplan rule") |") == true, "\(reason.path) source")
            if let source = reason.source { #expect(text.contains("- \(source.id): \(source.url)")) }
        }
    }

    @Test func settingValuesAreReadFromThePlan() throws {
        let project = try BundleFixtures.payments()
        let plan = Planner.plan(profile: project.profiles[0], in: project)
        #expect(DesignReport.value(of: "kubelet.maxPods", in: plan) == plan.kubelet.value["maxPods"].map(DesignReport.inline))
        #expect(DesignReport.value(of: "apiServer.--request-timeout", in: plan) == "1m0s")
        #expect(DesignReport.value(of: "scheduler.profiles[0].pluginConfig[0].args.scoringStrategy.type", in: plan) == "LeastAllocated")
        #expect(DesignReport.value(of: "kubelet.evictionHard.memory.available", in: plan) == "100Mi", "keys with dots")
        #expect(DesignReport.value(of: "capacity.podsPerNode", in: plan) == nil)
        #expect(DesignReport.value(of: "kubelet.noSuchKey", in: plan) == nil)
        #expect(DesignReport.value(of: "scheduler.profiles[7]", in: plan) == nil)
    }

    @Test func eliminatedPlatformsCarryTheirReasons() throws {
        let project = try BundleFixtures.payments()
        let text = try report(project)
        let evaluation = MatrixEvaluation.evaluate(project, catalog: try Catalog.bundled())
        #expect(!evaluation.eliminated.isEmpty)
        for platform in evaluation.eliminated {
            for reason in evaluation[platform].status.eliminations {
                #expect(text.contains("- \(platform.displayName): \(reason.text) (`\(reason.requirement)`, \(reason.fact))"))
            }
        }
    }

    @Test func tableCellsCannotBreakTheTable() {
        #expect(MarkdownTable.cell("a|b\nc") == "a\\|b c")
        var table = MarkdownTable(["x", "y"], alignments: [.left, .right])
        table.add(["1", "2|3"])
        #expect(table.render() == "| x | y |\n|---|---:|\n| 1 | 2\\|3 |\n")
    }

    @Test func aTopologyWithoutAMultiClusterMeshRunsIstioInEveryMeshProfileCluster() throws {
        var project = try BundleFixtures.payments()
        project.topology.mesh = MeshSettings(model: .none, meshID: "", trustDomain: "cluster.local", eastWestGateways: ["net-eu"])
        for index in project.topology.clusters.indices { project.topology.clusters[index].meshRole = nil }
        let bundle = try BundleFixtures.bundle(project)
        for cluster in project.topology.clusters {
            let istio = BundleLayout.clusterDirectory(cluster.name) + "/istio/"
            #expect(bundle.files[istio + "istio-operator.yaml"] != nil)
            #expect(bundle.files[istio + "eastwest-gateway.yaml"] == nil, "no east-west traffic without a multi-cluster mesh")
            let text = try #require(BundleFixtures.text(bundle, istio + "istio-operator.yaml"))
            #expect(text.contains("meshID: payments-platform"), "the project name stands in for an empty mesh ID")
        }
    }

    @Test func theDecisionRecordFollowsMADR() throws {
        let bundle = try BundleFixtures.bundle(BundleFixtures.smallShop())
        let record = try #require(BundleFixtures.text(bundle, BundleLayout.decisionRecord))
        // MADR front matter first (nothing set in the small shop: proposed, nobody named yet).
        #expect(record.hasPrefix("---\nstatus: proposed\ndecision-makers: []\nconsulted: []\ninformed: []\n---\n# Use Google Cloud Run as the orchestration platform\n"))
        let headings = ["## Context and Problem Statement", "## Decision Drivers", "## Considered Options",
                        "## Decision Outcome", "### Consequences", "## Pros and Cons of the Options"]
        let positions = try headings.map { try #require(record.range(of: "\n\($0)\n"), "\($0)").lowerBound }
        #expect(positions == positions.sorted())
        #expect(record.contains("Chosen option: \"Google Cloud Run\""))
        for platform in PlatformID.allCases { #expect(record.contains("\n### \(platform.displayName)\n")) }
    }

    @Test func theDecisionRecordCarriesTheProjectsDecision() throws {
        let project = try BundleFixtures.payments()
        let record = try #require(BundleFixtures.text(try BundleFixtures.bundle(project), BundleLayout.decisionRecord))
        #expect(record.hasPrefix("""
            ---
            status: accepted
            date: "2026-11-30"
            decision-makers: ["Platform team lead", "Payments engineering manager"]
            consulted: ["Security", "SRE"]
            informed: ["Payments teams"]
            ---

            """))
        #expect(record.contains("- Status: accepted\n- Date: 2026-11-30\n- Deciders: Platform team lead, Payments engineering manager\n"))
        #expect(record.contains("| Platform team lead | decision-maker | | |") && record.contains("| Security | consulted | | |"))
        #expect(record.contains("### Confirmation") && record.contains("## More Information"))
        #expect(!record.contains("To accept it"), "an accepted decision is not asked to be accepted")
        // Deterministic: the date is the project's, so two exports are byte-identical.
        #expect(try BundleFixtures.bundle(project).files == (try BundleFixtures.bundle(project)).files)
    }

    @Test func aPinnedPlatformIsTheChosenOptionAndTheBundlesCentre() throws {
        var project = try BundleFixtures.payments()
        project.matrix.decision.platform = .nomad
        let bundle = try BundleFixtures.bundle(project)
        let record = try #require(BundleFixtures.text(bundle, BundleLayout.decisionRecord))
        #expect(record.contains("# Use Nomad as the orchestration platform\n"))
        #expect(record.contains("the team pinned it (`matrix.decision.platform`)") && record.contains("points behind the top-ranked Kubernetes"))
        #expect(bundle.paths.contains { $0.hasPrefix("platforms/nomad/") })
        let findings = Lint.findings(for: project).filter { $0.code == "FP207" }
        #expect(findings.count == 1 && findings[0].severity == .info)
    }

    @Test func primaryRemoteMeshesExposeIstiodOnThePrimary() throws {
        var project = try BundleFixtures.payments()
        project.topology.mesh.model = .primaryRemote
        for index in project.topology.clusters.indices where project.topology.clusters[index].name == "prod-us" {
            project.topology.clusters[index].meshRole = .remote
            project.topology.clusters[index].primary = "prod-eu"
        }
        let bundle = try BundleFixtures.bundle(project)
        #expect(bundle.files["clusters/prod-eu/istio/expose-istiod.yaml"] != nil)
        #expect(bundle.files["clusters/dev-eu/istio/expose-istiod.yaml"] == nil, "a primary without remotes")
        let remote = try #require(BundleFixtures.text(bundle, "clusters/prod-us/istio/istio-operator.yaml"))
        #expect(remote.contains("profile: remote"))
        for path in bundle.paths where path.hasPrefix("clusters/") || path.hasPrefix("gitops/") {
            #expect(DocumentCheck.problems(inFile: path, text: BundleFixtures.text(bundle, path)!, version: project.kubernetesVersion) == [], "\(path)")
            #expect(BundleDocumentationTests.document.contains("`\(BundleDocumentationTests.pattern(path))`"), "\(path) undocumented")
        }
        try KustomizeTree.checkReferences(from: "gitops/clusters/prod-eu/kustomization.yaml", in: bundle)
        #expect(BundleFixtures.text(bundle, "clusters/prod-eu/istio/kustomization.yaml")?.contains("- expose-istiod.yaml") == true)
    }
}
