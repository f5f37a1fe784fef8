extension UpstreamSchemas {
    /// `ClusterConfiguration` (kubeadm.k8s.io/v1beta4, kubeadm 1.31 and later).
    ///
    /// Source: kubernetes/kubernetes `cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go`
    /// (`ClusterConfiguration`, `ControlPlaneComponent`, `APIServer`, `Etcd`, `LocalEtcd`,
    /// `Networking`, `DNS`, `Proxy`, `Arg`, `HostPathMount`) and the generated reference
    /// kubernetes/website `content/en/docs/reference/config-api/kubeadm-config.v1beta4.md`.
    /// In v1beta4 `extraArgs` is a list of `{name, value}` (duplicates allowed), no longer a map.
    /// `pathType` values are `corev1.HostPathType` (`staging/src/k8s.io/api/core/v1/types.go`).
    public static let clusterConfiguration = DocumentSchema(
        apiVersion: "kubeadm.k8s.io/v1beta4", kind: "ClusterConfiguration",
        source: "kubernetes/kubernetes cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go",
        fields: [
            .init("clusterName"),
            .init("kubernetesVersion"),
            .init("controlPlaneEndpoint"),
            .init("certificatesDir"),
            .init("imageRepository"),
            .init("featureGates", .freeKeys(allowed: nil)),
            .init("encryptionAlgorithm", .oneOf(["RSA-2048", "RSA-3072", "RSA-4096", "ECDSA-P256"])),
            .init("certificateValidityPeriod", .duration),
            .init("caCertificateValidityPeriod", .duration),
            .init("networking"),
            .init("networking.serviceSubnet"),
            .init("networking.podSubnet"),
            .init("networking.dnsDomain"),
            .init("etcd"),
            .init("etcd.local"),
            .init("etcd.local.imageRepository"),
            .init("etcd.local.imageTag"),
            .init("etcd.local.dataDir"),
            .init("etcd.local.extraArgs"),
            .init("etcd.local.extraArgs[].name"),
            .init("etcd.local.extraArgs[].value"),
            .init("etcd.local.serverCertSANs"),
            .init("etcd.local.peerCertSANs"),
            .init("dns"),
            .init("dns.disabled"),
            .init("proxy"),
            .init("proxy.disabled"),
            .init("apiServer"),
            .init("apiServer.certSANs"),
        ] + controlPlaneComponent("apiServer") + controlPlaneComponent("controllerManager") + controlPlaneComponent("scheduler"))

    /// The fields of `ControlPlaneComponent` under `prefix`.
    static func controlPlaneComponent(_ prefix: String) -> [DocumentSchema.Field] {
        [
            .init(prefix),
            .init("\(prefix).extraArgs"),
            .init("\(prefix).extraArgs[].name"),
            .init("\(prefix).extraArgs[].value"),
            .init("\(prefix).extraEnvs"),
            .init("\(prefix).extraEnvs[].name"),
            .init("\(prefix).extraEnvs[].value"),
            .init("\(prefix).extraVolumes"),
            .init("\(prefix).extraVolumes[].name"),
            .init("\(prefix).extraVolumes[].hostPath"),
            .init("\(prefix).extraVolumes[].mountPath"),
            .init("\(prefix).extraVolumes[].readOnly"),
            .init("\(prefix).extraVolumes[].pathType", .oneOf([
                "", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice",
            ])),
        ]
    }

    /// kube-apiserver flags the exporter adds to the planner's (`apiServer.extraArgs`).
    ///
    /// Source: kubernetes/website `content/en/docs/reference/command-line-tools-reference/kube-apiserver.md`
    /// (`--audit-policy-file`, since 1.10).
    public static let apiServerExportFlags: Set<String> = ["audit-policy-file"]

    /// kube-scheduler flags the kubeadm configuration passes (`scheduler.extraArgs`).
    ///
    /// Source: kubernetes/website `content/en/docs/reference/command-line-tools-reference/kube-scheduler.md`.
    public static let schedulerFlags: Set<String> = ["config"]

    /// kube-controller-manager flags the kubeadm configuration passes (`controllerManager.extraArgs`).
    ///
    /// Source: kubernetes/website `content/en/docs/reference/command-line-tools-reference/kube-controller-manager.md`.
    public static let controllerManagerFlags: Set<String> = ["node-cidr-mask-size"]
}
