extension UpstreamSchemas {
    /// `ClusterConfig` (eksctl.io/v1alpha5), the file `eksctl create cluster -f` reads.
    ///
    /// Source: eksctl-io/eksctl `pkg/apis/eksctl.io/v1alpha5/assets/schema.json` at
    /// 99984adb6164ece593c0728523b7f497ea61d60e (2026-08-21): definitions `ClusterConfig`,
    /// `ClusterMeta`, `ClusterVPC`, `KubernetesNetworkConfig`, `Addon`, `ManagedNodeGroup`
    /// and `InstanceSelector`, each `additionalProperties: false`; `amiFamily` values are the
    /// schema's enum. Only the fields Fleetplan writes, and a few it may, are listed.
    public static let eksctlClusterConfig = DocumentSchema(
        apiVersion: "eksctl.io/v1alpha5", kind: "ClusterConfig",
        source: "eksctl-io/eksctl pkg/apis/eksctl.io/v1alpha5/assets/schema.json",
        fields: [
            .init("metadata"),
            .init("metadata.name"),
            .init("metadata.region"),
            .init("metadata.version"),
            .init("metadata.tags", .freeKeys(allowed: nil)),
            .init("metadata.annotations", .freeKeys(allowed: nil)),
            .init("kubernetesNetworkConfig"),
            .init("kubernetesNetworkConfig.ipFamily", .oneOf(["IPv4", "IPv6"])),
            .init("kubernetesNetworkConfig.serviceIPv4CIDR"),
            .init("vpc"),
            .init("vpc.cidr"),
            .init("vpc.extraCIDRs"),
            .init("addons"),
            .init("addons[].name"),
            .init("addons[].version"),
            .init("addons[].configurationValues"),
            .init("addons[].resolveConflicts", .oneOf(["none", "overwrite", "preserve"])),
            .init("managedNodeGroups"),
            .init("managedNodeGroups[].name"),
            .init("managedNodeGroups[].amiFamily", .oneOf([
                "AmazonLinux2023", "AmazonLinux2", "UbuntuPro2604", "Ubuntu2604", "UbuntuPro2404", "Ubuntu2404",
                "UbuntuPro2204", "Ubuntu2204", "UbuntuPro2004", "Ubuntu2004", "Bottlerocket", "BottlerocketFips",
                "WindowsServer2019CoreContainer", "WindowsServer2019FullContainer", "WindowsServer2022CoreContainer",
                "WindowsServer2022FullContainer", "WindowsServer2025CoreContainer", "WindowsServer2025FullContainer",
            ])),
            .init("managedNodeGroups[].instanceType"),
            .init("managedNodeGroups[].instanceSelector"),
            .init("managedNodeGroups[].instanceSelector.vCPUs"),
            .init("managedNodeGroups[].instanceSelector.memory"),
            .init("managedNodeGroups[].minSize"),
            .init("managedNodeGroups[].desiredCapacity"),
            .init("managedNodeGroups[].maxSize"),
            .init("managedNodeGroups[].maxPodsPerNode"),
            .init("managedNodeGroups[].labels", .freeKeys(allowed: nil)),
            .init("managedNodeGroups[].taints"),
            .init("managedNodeGroups[].taints[].key"),
            .init("managedNodeGroups[].taints[].value"),
            .init("managedNodeGroups[].taints[].effect", .oneOf(["NoSchedule", "PreferNoSchedule", "NoExecute"])),
            .init("managedNodeGroups[].privateNetworking"),
            .init("managedNodeGroups[].availabilityZones"),
            .init("managedNodeGroups[].overrideBootstrapCommand"),
        ])

    /// `NodeConfig` (node.eks.aws/v1alpha1), the nodeadm configuration of Amazon Linux 2023
    /// nodes, carried in a managed node group's `overrideBootstrapCommand`.
    ///
    /// Source: awslabs/amazon-eks-ami `nodeadm/api/v1alpha1/nodeconfig_types.go` (`NodeConfig`,
    /// `NodeConfigSpec`, `KubeletOptions`: `config` is an inline `KubeletConfiguration`, checked
    /// against the kubelet field table, `flags` a list of command-line flags).
    public static let nodeadmNodeConfig = DocumentSchema(
        apiVersion: "node.eks.aws/v1alpha1", kind: "NodeConfig",
        source: "awslabs/amazon-eks-ami nodeadm/api/v1alpha1/nodeconfig_types.go",
        fields: [
            .init("spec"),
            .init("spec.kubelet"),
            .init("spec.kubelet.config", .freeKeys(allowed: nil)),
            .init("spec.kubelet.flags"),
        ])

    /// The node system configuration of a GKE node pool (`--system-config-from-file`).
    ///
    /// Sources: googleapis/googleapis `google/container/v1/cluster_service.proto`
    /// (`NodeKubeletConfig`, `TopologyManager`, `LinuxNodeConfig.CgroupMode`) in the JSON field
    /// names of the Kubernetes Engine API v1 (`NodeKubeletConfig` of container/v1), and
    /// https://cloud.google.com/kubernetes-engine/docs/how-to/node-system-config.
    /// The file has no `apiVersion` or `kind`; `DocumentCheck.problems(inYAML:schema:)` reads it.
    public static let gkeNodeSystemConfig = DocumentSchema(
        apiVersion: "container.googleapis.com/v1", kind: "NodeSystemConfig",
        source: "googleapis/googleapis google/container/v1/cluster_service.proto",
        fields: [
            .init("kubeletConfig"),
            .init("kubeletConfig.cpuManagerPolicy", .oneOf(["none", "static"])),
            .init("kubeletConfig.cpuCfsQuota"),
            .init("kubeletConfig.cpuCfsQuotaPeriod", .duration),
            .init("kubeletConfig.podPidsLimit"),
            .init("kubeletConfig.containerLogMaxSize", .quantity),
            .init("kubeletConfig.containerLogMaxFiles"),
            .init("kubeletConfig.imageGcLowThresholdPercent"),
            .init("kubeletConfig.imageGcHighThresholdPercent"),
            .init("kubeletConfig.imageMinimumGcAge", .duration),
            .init("kubeletConfig.imageMaximumGcAge", .duration),
            .init("kubeletConfig.allowedUnsafeSysctls"),
            .init("kubeletConfig.insecureKubeletReadonlyPortEnabled"),
            .init("kubeletConfig.topologyManager"),
            .init("kubeletConfig.topologyManager.policy", .oneOf(["none", "best-effort", "restricted", "single-numa-node"])),
            .init("kubeletConfig.topologyManager.scope", .oneOf(["container", "pod"])),
            .init("linuxConfig"),
            .init("linuxConfig.sysctls", .freeKeys(allowed: nil)),
            .init("linuxConfig.cgroupMode", .oneOf(["CGROUP_MODE_UNSPECIFIED", "CGROUP_MODE_V1", "CGROUP_MODE_V2"])),
        ])

    /// `kubelet-config.json` of an AKS node pool (`az aks create --kubelet-config`).
    ///
    /// Source: Azure/azure-rest-api-specs `specification/containerservice/resource-manager/
    /// Microsoft.ContainerService/aks/stable/…/managedClusters.json` (`KubeletConfig`), as the
    /// generated SDK model `containerservice/agentpools/model_kubeletconfig.go` spells it, and
    /// MicrosoftDocs/azure-docs `articles/aks/custom-node-configuration.md`.
    public static let aksKubeletConfig = DocumentSchema(
        apiVersion: "containerservice.azure.com", kind: "KubeletConfig",
        source: "Azure/azure-rest-api-specs Microsoft.ContainerService managedClusters.json KubeletConfig",
        fields: [
            .init("cpuManagerPolicy", .oneOf(["none", "static"])),
            .init("cpuCfsQuota"),
            .init("cpuCfsQuotaPeriod", .duration),
            .init("imageGcHighThreshold"),
            .init("imageGcLowThreshold"),
            .init("topologyManagerPolicy", .oneOf(["none", "best-effort", "restricted", "single-numa-node"])),
            .init("allowedUnsafeSysctls"),
            .init("failSwapOn"),
            .init("containerLogMaxSizeMB"),
            .init("containerLogMaxFiles"),
            .init("podMaxPids"),
        ])

    /// `linux-os-config.json` of an AKS node pool (`az aks create --linux-os-config`).
    ///
    /// Source: Azure/azure-rest-api-specs `managedClusters.json` (`LinuxOSConfig`, `SysctlConfig`)
    /// and MicrosoftDocs/azure-docs `articles/aks/custom-node-configuration.md`.
    public static let aksLinuxOSConfig = DocumentSchema(
        apiVersion: "containerservice.azure.com", kind: "LinuxOSConfig",
        source: "Azure/azure-rest-api-specs Microsoft.ContainerService managedClusters.json LinuxOSConfig",
        fields: [
            .init("sysctls", .freeKeys(allowed: nil)),
            .init("transparentHugePageEnabled", .oneOf(["always", "madvise", "never"])),
            .init("transparentHugePageDefrag", .oneOf(["always", "defer", "defer+madvise", "madvise", "never"])),
            .init("swapFileSizeMB"),
        ])
}
