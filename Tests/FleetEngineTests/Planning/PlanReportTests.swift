import Foundation
import FleetModel
import Testing
@testable import FleetEngine

@Suite struct PlanReportTests {
    static func payments() -> Project {
        ProjectTemplate.multiRegion.project(named: "payments")
    }

    @Test func jsonIsValidAndHasTheDocumentedShape() throws {
        let project = Self.payments()
        let text = PlanReport.json(Planner.plan(project), version: project.kubernetesVersion)
        #expect(text.hasSuffix("}\n"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["kubernetesVersion"] as? String == "1.34")
        let profiles = try #require(root["profiles"] as? [[String: Any]])
        let profile = try #require(profiles.first)
        #expect(profile["name"] as? String == "general")
        for key in ["apiServer", "etcd", "scheduler", "kubelet", "istio", "capacity", "reasons"] {
            #expect(profile[key] is [String: Any], "\(key)")
        }
        let capacity = try #require(profile["capacity"] as? [String: Any])
        let allocatable = try #require(capacity["allocatable"] as? [String: Any])
        #expect(allocatable["cpu"] as? String == "7910m")
        #expect(allocatable["memory"] as? String == "31203Mi")
        #expect(capacity["podsPerNode"] as? Int == 22)
        #expect(capacity["limitingFactor"] as? String == "cpu")
        #expect(capacity["nodesRequired"] as? Int == 99)
        #expect(capacity["nodesToSurviveNodeLoss"] as? Int == 100)
        #expect(capacity["nodesToSurviveZoneLoss"] as? Int == 150)
        #expect(capacity["etcdMembers"] as? Int == 3)
        let reasons = try #require(profile["reasons"] as? [String: [String: Any]])
        let maxPods = try #require(reasons["kubelet.maxPods"])
        #expect(maxPods["reason"] is String)
        #expect((maxPods["source"] as? [String: Any])?["id"] as? String == "CAP-12")
        #expect(reasons["etcd.--auto-compaction-mode"]?["source"] is NSNull)
    }

    @Test func istioIsAbsentWhenTheMeshIsOff() throws {
        var project = Self.payments()
        project.profiles[0].mesh.enabled = false
        let text = PlanReport.json(Planner.plan(project), version: project.kubernetesVersion)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let profile = try #require((root["profiles"] as? [[String: Any]])?.first)
        #expect(profile["istio"] == nil)
    }

    @Test func impossibleNodeCountsAreNull() throws {
        var project = Self.payments()
        project.profiles[0].workload.podCPU = Quantity(parsing: "64")!
        let text = PlanReport.json(Planner.plan(project), version: project.kubernetesVersion)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let capacity = try #require(((root["profiles"] as? [[String: Any]])?.first)?["capacity"] as? [String: Any])
        #expect(capacity["nodesRequired"] is NSNull)
        #expect(capacity["podsPerNode"] as? Int == 0)
    }

    @Test func outputsAreByteStable() {
        let project = Self.payments()
        #expect(PlanReport.text(Planner.plan(project)) == PlanReport.text(Planner.plan(project)))
        #expect(PlanReport.json(Planner.plan(project), version: project.kubernetesVersion)
            == PlanReport.json(Planner.plan(project), version: project.kubernetesVersion))
    }

    @Test func textReportShowsEverySection() {
        let text = PlanReport.text(Planner.plan(Self.payments()))
        for line in ["Profile general (Kubernetes 1.34)", "Capacity",
                     "  pods per node  22, limited by cpu (maxPods 106, cpu 22, memory 38)",
                     "  nodes          99 required, 100 to survive a node loss, 150 to survive a zone loss (3 zones)",
                     "kube-apiserver flags", "  --max-requests-inflight=400", "etcd flags", "KubeSchedulerConfiguration",
                     "  kind: KubeletConfiguration", "Sources",
                     "  [K8S-09] kubernetes/apiserver pkg/server/config.go",
                     "  [CAP-26] awslabs/amazon-eks-ami nodeadm/internal/kubelet/config.go",
                     "Findings", "  none"] {
            #expect(text.contains(line + "\n"), "\(line)")
        }
        #expect(!text.contains("\r"))
        let sources = text.components(separatedBy: "\nSources\n")[1].components(separatedBy: "\n\n")[0]
        let ids = sources.split(separator: "\n").map { $0.split(separator: "]")[0] }
        #expect(ids.count == Set(ids).count, "each source is listed once")
    }

    @Test func textReportListsFindings() {
        var project = Self.payments()
        project.kubernetesVersion = KubernetesVersion(minor: 29)
        let text = PlanReport.text(Planner.plan(project))
        #expect(text.contains("Profile general (Kubernetes 1.29, planned with 1.31 tables)"))
        #expect(text.contains("  error FP100 spec.kubernetesVersion: Kubernetes 1.29 is not supported"))
    }
}

@Suite struct ConfigValueTests {
    @Test func keyPathsWalkMapsAndLists() {
        let value: ConfigValue = .map([
            ConfigEntry("a", .map([ConfigEntry("b", 1)])),
            ConfigEntry("l", .list([.map([ConfigEntry("c", true)]), .map([ConfigEntry("c", false)])])),
            ConfigEntry("empty", .list([])),
        ])
        #expect(value.keyPaths() == ["a", "a.b", "l", "l[].c", "l[].c", "empty"])
        #expect(ConfigValue.string("x").keyPaths().isEmpty)
    }

    @Test func jsonEscapesAndOrders() {
        let value: ConfigValue = .map([ConfigEntry("z", "a\"b\\c\n"), ConfigEntry("a", .null), ConfigEntry("l", .list([]))])
        #expect(value.json() == "{\n  \"z\": \"a\\\"b\\\\c\\n\",\n  \"a\": null,\n  \"l\": []\n}")
    }

    @Test func yamlQuotesAmbiguousScalars() {
        let value: ConfigValue = .map([
            ConfigEntry("percent", "10%"), ConfigEntry("number", "2"), ConfigEntry("flag", "true"),
            ConfigEntry("duration", "5m0s"), ConfigEntry("colon", "a: b"), ConfigEntry("int", 3),
            ConfigEntry("memory.available", "100Mi"), ConfigEntry("empty", .map([])),
        ])
        #expect(value.yaml() == """
            percent: 10%
            number: "2"
            flag: "true"
            duration: 5m0s
            colon: "a: b"
            int: 3
            memory.available: 100Mi
            empty: {}

            """)
    }

    @Test func yamlNestsListsOfMaps() {
        let value: ConfigValue = .map([
            ConfigEntry("profiles", .list([.map([ConfigEntry("name", "x"), ConfigEntry("args", .map([ConfigEntry("k", 1)]))])])),
        ])
        #expect(value.yaml() == "profiles:\n- name: x\n  args:\n    k: 1\n")
    }
}
