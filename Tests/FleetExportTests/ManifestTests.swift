import FleetEngine
import FleetModel
import Testing
import Yams
@testable import FleetExport

@Suite struct ManifestTests {
    let version = KubernetesVersion(minor: 34)

    func kubeadm(mask: Int = 24) -> KubeadmConfiguration {
        KubeadmConfiguration(
            clusterName: "prod-eu", version: version,
            apiServerFlags: .map([
                ConfigEntry("--max-requests-inflight", "400"),
                ConfigEntry("--audit-log-path", "/var/log/kubernetes/audit/audit.log"),
            ]),
            etcdFlags: .map([ConfigEntry("--quota-backend-bytes", "2147483648"), ConfigEntry("--snapshot-count", 10000)]),
            podCIDRMaskSize: mask, podSubnet: "10.130.0.0/15", serviceSubnet: "10.96.12.0/23")
    }

    /// Istio settings shaped as the planner writes them.
    let tuning: ConfigValue = .map([
        ConfigEntry("istiod", .map([
            ConfigEntry("autoscaling", .map([
                ConfigEntry("minReplicas", 3), ConfigEntry("maxReplicas", 6), ConfigEntry("targetCPUUtilizationPercentage", 80),
            ])),
            ConfigEntry("resources", .map([ConfigEntry("requests", .map([ConfigEntry("cpu", "500m"), ConfigEntry("memory", "2048Mi")]))])),
        ])),
        ConfigEntry("sidecar", .map([
            ConfigEntry("concurrency", 2),
            ConfigEntry("resources", .map([
                ConfigEntry("requests", .map([ConfigEntry("cpu", "100m"), ConfigEntry("memory", "128Mi")])),
                ConfigEntry("limits", .map([ConfigEntry("cpu", "1"), ConfigEntry("memory", "512Mi")])),
            ])),
        ])),
        ConfigEntry("ingressGateway", .map([
            ConfigEntry("autoscaling", .map([ConfigEntry("minReplicas", 3), ConfigEntry("maxReplicas", 9)])),
        ])),
    ])

    func istio(role: IstioDocuments.Role = .primary(servesRemotes: false), eastWest: Bool = true) -> IstioDocuments {
        let meshRole: MeshRole = if case .remote = role { .remote } else { .primary }
        return IstioDocuments(
            cluster: Cluster(name: "prod-eu", environment: "prod", region: "eu-west-1", profile: "general",
                             network: "net-eu", meshRole: meshRole),
            role: role, meshID: "payments", trustDomain: "payments.example.com", tuning: tuning,
            eastWestGateway: eastWest, exposesServices: eastWest && meshRole == .primary)
    }

    static let remote = IstioDocuments.Role.remote(primary: "prod-us", pilotAddress: "${DISCOVERY_ADDRESS_PROD_US}")

    @Test func kubeadmArgumentsAreNameValueListsWithoutDashes() throws {
        let document = kubeadm().document
        let arguments = try #require(document.value(at: ["apiServer", "extraArgs"]))
        #expect(arguments == .list([
            .map([ConfigEntry("name", "max-requests-inflight"), ConfigEntry("value", "400")]),
            .map([ConfigEntry("name", "audit-log-path"), ConfigEntry("value", "/var/log/kubernetes/audit/audit.log")]),
            .map([ConfigEntry("name", "audit-policy-file"), ConfigEntry("value", "/etc/kubernetes/audit-policy.yaml")]),
        ]), "auditing needs a policy file")
        let etcd = try #require(document.value(at: ["etcd", "local", "extraArgs"]))
        guard case .list(let items) = etcd else { Issue.record("not a list"); return }
        #expect(items.last?["value"] == .string("10000"), "numbers are passed as strings")
        #expect(document["kubernetesVersion"] == .string("v1.34.0"))
    }

    @Test func kubeadmMountsThePolicyAndLogDirectoryOnlyWhenAuditing() {
        guard case .list(let volumes)? = kubeadm().document.value(at: ["apiServer", "extraVolumes"]) else {
            Issue.record("no volumes")
            return
        }
        #expect(volumes.map { $0["hostPath"] } == [.string("/etc/kubernetes/audit-policy.yaml"), .string("/var/log/kubernetes/audit")])
        var quiet = kubeadm()
        quiet.apiServerFlags = .map([ConfigEntry("--max-requests-inflight", "400")])
        #expect(!quiet.audits)
        #expect(quiet.document.value(at: ["apiServer", "extraVolumes"]) == nil)
    }

    @Test func auditPolicyPassesTheFieldTables() {
        #expect(DocumentCheck.problems(inYAML: AuditPolicy.document.yaml(), version: version) == [])
    }

    @Test func networkingCarriesTheClustersOwnRanges() {
        let document = kubeadm(mask: 25).document
        #expect(document.value(at: ["networking", "podSubnet"]) == .string("10.130.0.0/15"))
        #expect(document.value(at: ["networking", "serviceSubnet"]) == .string("10.96.12.0/23"))
        guard case .list(let arguments)? = document.value(at: ["controllerManager", "extraArgs"]) else {
            Issue.record("no controller manager arguments")
            return
        }
        #expect(arguments.contains(.map([ConfigEntry("name", "node-cidr-mask-size"), ConfigEntry("value", "25")])))
    }

    @Test func kubeadmDocumentPassesTheFieldTables() {
        #expect(DocumentCheck.problems(inYAML: kubeadm().document.yaml(), version: version) == [])
    }

    @Test func istioDocumentsPassTheFieldTables() {
        for documents in [istio(), istio(role: Self.remote), istio(eastWest: false), istio(role: .primary(servesRemotes: true))] {
            let values = [documents.istioOperator, documents.namespaceDocument] + [documents.gatewaysOperator, documents.crossNetworkGateway,
                                                                                   documents.strictPeerAuthentication].compactMap { $0 }
            for value in values {
                #expect(DocumentCheck.problems(inYAML: value.yaml(), version: version) == [])
            }
        }
    }

    @Test func istioOperatorCarriesTheMeshIdentity() throws {
        let text = istio().istioOperator.yaml()
        let root = try #require(try Yams.compose(yaml: text))
        let spec = try #require(root["spec"])
        #expect(spec["meshConfig"]?["trustDomain"]?.string == "payments.example.com")
        #expect(spec["values"]?["global"]?["meshID"]?.string == "payments")
        #expect(spec["values"]?["global"]?["multiCluster"]?["clusterName"]?.string == "prod-eu")
        #expect(spec["values"]?["global"]?["network"]?.string == "net-eu")
        #expect(spec["meshConfig"]?["defaultConfig"]?["concurrency"]?.int == 2)
        #expect(spec["components"]?["pilot"]?["k8s"]?["hpaSpec"]?["minReplicas"]?.int == 3)
        #expect(spec["components"]?["ingressGateways"]?.sequence?.map { $0["name"]?.string } == ["istio-ingressgateway"],
                "the east-west gateway is installed after the control plane, in its own IstioOperator")
    }

    @Test func remoteClustersFollowTheirPrimary() throws {
        let documents = istio(role: Self.remote)
        let root = try #require(try Yams.compose(yaml: documents.istioOperator.yaml()))
        #expect(root["spec"]?["profile"]?.string == "remote")
        #expect(root["spec"]?["components"] == nil, "no istiod and no gateway before the remote is attached")
        #expect(root["spec"]?["values"]?["istiodRemote"]?["injectionPath"]?.string == "/inject/cluster/prod-eu/net/net-eu")
        #expect(root["spec"]?["values"]?["global"]?["remotePilotAddress"]?.string == "${DISCOVERY_ADDRESS_PROD_US}")
        #expect(documents.namespaceDocument.value(at: ["metadata", "annotations", "topology.istio.io/controlPlaneClusters"]) == .string("prod-us"))
        #expect(documents.strictPeerAuthentication == nil && documents.telemetry == nil && documents.crossNetworkGateway == nil,
                "a remote's istiod reads configuration from its primary")
        let gateways = try #require(documents.gatewaysOperator)
        guard case .list(let components)? = gateways.value(at: ["spec", "components", "ingressGateways"]) else {
            Issue.record("no gateways")
            return
        }
        #expect(components.map { $0["name"] } == [.string("istio-ingressgateway"), .string("istio-eastwestgateway")])
    }

    @Test func eastWestGatewayOnlyWhereTheNetworkRunsOne() throws {
        #expect(istio(eastWest: false).gatewaysOperator == nil)
        let gateways = try #require(istio().gatewaysOperator)
        #expect(gateways.value(at: ["spec", "profile"]) == .string("empty"))
        #expect(gateways.value(at: ["metadata", "name"]) == .string("prod-eu-gateways"))
    }

    @Test func gitOpsTreeListsTheRecordFirst() throws {
        let tree = GitOpsTree(
            projectName: "payments", cluster: istio().cluster, resourceDirectories: ["../../../clusters/prod-eu/istio"])
        #expect(tree.kustomization["resources"] == .list(["cluster-design.yaml", "../../../clusters/prod-eu/istio"]))
        #expect(DocumentCheck.problems(inYAML: tree.kustomization.yaml(), version: version) == [])
        #expect(DocumentCheck.problems(inYAML: tree.record.yaml(), version: version) == [])
        #expect(tree.record.value(at: ["data", "meshRole"]) == .string("primary"))
    }

    @Test func aPrimaryWithRemotesExposesIstiod() throws {
        let primary = istio(role: .primary(servesRemotes: true), eastWest: true)
        let exposure = try #require(primary.istiodExposure)
        #expect(exposure.map { $0["kind"] } == [.string("Gateway"), .string("VirtualService")])
        for document in exposure {
            #expect(DocumentCheck.problems(inYAML: document.yaml(), version: version) == [])
        }
        #expect(primary.istioOperator.value(at: ["spec", "values", "global", "externalIstiod"]) == .bool(true))
        #expect(DocumentCheck.problems(inYAML: primary.istioOperator.yaml(), version: version) == [])
        #expect(istio().istiodExposure == nil && istio().istioOperator.value(at: ["spec", "values", "global", "externalIstiod"]) == nil)
    }

    @Test func failoverRulesBecomeOneDestinationRuleWithOutlierDetection() throws {
        var primary = istio()
        primary.failover = [FailoverRule(from: "eu-west-1", to: ["us-east-1", "ap-south-1"]), FailoverRule(from: "us-east-1", to: ["eu-west-1"])]
        let rule = try #require(primary.localityFailover)
        #expect(DocumentCheck.problems(inYAML: rule.yaml(), version: version) == [])
        #expect(rule.value(at: ["spec", "trafficPolicy", "loadBalancer", "localityLbSetting", "failover"]) == .list([
            .map([ConfigEntry("from", "eu-west-1"), ConfigEntry("to", "us-east-1")]),
            .map([ConfigEntry("from", "us-east-1"), ConfigEntry("to", "eu-west-1")]),
        ]), "Istio reads the first entry per region; the later fallbacks share the next priority")
        #expect(rule.value(at: ["spec", "trafficPolicy", "outlierDetection", "consecutive5xxErrors"]) == .int(5))
        var remote = istio(role: Self.remote)
        remote.failover = primary.failover
        #expect(remote.localityFailover == nil)
        #expect(istio().localityFailover == nil, "no rules, no DestinationRule")
    }
}

@Suite struct MeshPlacementTests {
    @Test func everyMeshComponentStaysOnLinuxNodes() throws {
        let bundle = try BundleFixtures.bundle(BundleFixtures.payments())
        let operators = bundle.paths.filter { $0.hasSuffix("istio/istio-operator.yaml") }
        #expect(!operators.isEmpty)
        for path in operators {
            let text = try #require(BundleFixtures.text(bundle, path))
            let components = text.components(separatedBy: "k8s:").count - 1
            let pinned = text.components(separatedBy: "kubernetes.io/os: linux").count - 1
            #expect(components > 0 && pinned == components, "\(path): \(pinned) of \(components) components pinned to Linux")
        }
    }
}
