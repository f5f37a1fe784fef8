import FleetEngine
import FleetModel
import Testing
@testable import FleetExport

@Suite struct DocumentCheckTests {
    let version = KubernetesVersion(minor: 34)

    @Test func quantitiesFollowTheUpstreamParser() {
        for valid in ["250m", "1", "0.5", "512Mi", "2Gi", "100k", "1.5G", "+3"] {
            #expect(UpstreamFormats.isQuantity(valid), "\(valid)")
        }
        for invalid in ["", "Mi", "512MB", "1.2.3", "250 m", "0.5gi", "."] {
            #expect(!UpstreamFormats.isQuantity(invalid), "\(invalid)")
        }
    }

    @Test func durationsFollowGo() {
        for valid in ["0", "30s", "1m0s", "1h30m", "250ms", "1.5h", "10µs"] {
            #expect(UpstreamFormats.isDuration(valid), "\(valid)")
        }
        for invalid in ["", "30", "1d", "s", "1m 0s", "five minutes"] {
            #expect(!UpstreamFormats.isDuration(invalid), "\(invalid)")
        }
    }

    @Test func acceptsAValidDocument() {
        let text = """
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata:
              name: default
              namespace: istio-system
            spec:
              mtls:
                mode: STRICT

            """
        #expect(DocumentCheck.problems(inYAML: text, version: version) == [])
    }

    @Test func rejectsUnknownFieldsWrongEnumsAndUnknownTypes() {
        let misspelt = "apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nspec:\n  mtls:\n    mood: STRICT\n"
        #expect(DocumentCheck.problems(inYAML: misspelt, version: version).count == 1)
        let wrongEnum = "apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nspec:\n  mtls:\n    mode: Strict\n"
        #expect(DocumentCheck.problems(inYAML: wrongEnum, version: version).first?.contains("is not one of") == true)
        let oldVersion = "apiVersion: security.istio.io/v1beta2\nkind: PeerAuthentication\n"
        #expect(DocumentCheck.problems(inYAML: oldVersion, version: version).count == 1)
        #expect(DocumentCheck.problems(inYAML: "a: [", version: version).first?.hasPrefix("does not parse") == true)
    }

    @Test func checksQuantitiesInsideResources() {
        let text = """
            apiVersion: install.istio.io/v1alpha1
            kind: IstioOperator
            spec:
              components:
                pilot:
                  k8s:
                    resources:
                      requests:
                        cpu: 500 millicores

            """
        let problems = DocumentCheck.problems(inYAML: text, version: version)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("resource quantity") == true)
    }

    @Test func freeKeyMapsTakeAnyKeyButNothingBelowIt() {
        let text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    a.b/c: d\ndata:\n  any-key: value\n"
        #expect(DocumentCheck.problems(inYAML: text, version: version) == [])
    }

    @Test func kubeadmArgumentsMustBeAListOfKnownFlagsWithoutDashes() {
        let mapForm = """
            apiVersion: kubeadm.k8s.io/v1beta4
            kind: ClusterConfiguration
            kubernetesVersion: v1.34.0
            apiServer:
              extraArgs:
                max-requests-inflight: "400"

            """
        #expect(!DocumentCheck.problems(inYAML: mapForm, version: version).isEmpty, "v1beta3's map form is refused")
        let dashed = """
            apiVersion: kubeadm.k8s.io/v1beta4
            kind: ClusterConfiguration
            kubernetesVersion: v1.34.0
            apiServer:
              extraArgs:
                - name: --max-requests-inflight
                  value: "400"
                - name: no-such-flag
                  value: "1"

            """
        #expect(DocumentCheck.problems(inYAML: dashed, version: version).count == 3)
        let wrongVersion = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: \"1.34\"\n"
        #expect(DocumentCheck.problems(inYAML: wrongVersion, version: version).count == 1)
    }

    @Test func kubeletDocumentsUseThePlanningTables() {
        let text = "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nmaxPods: 110\nmaxPodz: 1\n"
        let problems = DocumentCheck.problems(inYAML: text, version: version)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("maxPodz") == true)
    }

    @Test func featureGatesMustExistInTheReleaseAndComponent() {
        let kubelet = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            featureGates:
              CPUManagerPolicyAlphaOptions: true
              NoSuchGate: true
              APIServerTracing: true
              CPUManager: false

            """
        let problems = DocumentCheck.problems(inYAML: kubelet, version: version)
        #expect(problems.count == 3, "unknown, wrong component, locked to true: \(problems)")
        let apiServer = """
            apiVersion: kubeadm.k8s.io/v1beta4
            kind: ClusterConfiguration
            kubernetesVersion: v1.34.0
            apiServer:
              extraArgs:
                - name: feature-gates
                  value: APIServerTracing=true,NoSuchGate=false

            """
        #expect(DocumentCheck.problems(inYAML: apiServer, version: version).count == 1)
        #expect(DocumentCheck.problems(inYAML: apiServer.replacingOccurrences(of: ",NoSuchGate=false", with: ""), version: version) == [])
    }
}
