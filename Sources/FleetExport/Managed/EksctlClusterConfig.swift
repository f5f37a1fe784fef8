import FleetEngine
import FleetModel

/// The eksctl `ClusterConfig` (eksctl.io/v1alpha5) of one EKS cluster:
/// `clusters/<cluster>/eksctl-cluster.yaml`, for `eksctl create cluster -f`.
///
/// `metadata` carries the name, region and Kubernetes minor; `vpc.cidr` is the cluster's node
/// range and `kubernetesNetworkConfig.serviceIPv4CIDR` its service range, both from the
/// cluster's plan. One managed node group of Amazon Linux 2023 nodes carries the instance
/// type (or an `instanceSelector` of the planned shape), `minSize`/`desiredCapacity`/`maxSize` (desired = the nodes that survive a zone
/// loss), `maxPodsPerNode` and labels; the planned kubelet settings travel as a nodeadm
/// `NodeConfig` (node.eks.aws/v1alpha1) in `overrideBootstrapCommand`, which eksctl prepends
/// to the user data of AL2023 nodes and nodeadm merges with EKS's own (eksctl
/// `userdocs/src/usage/node-bootstrapping.md`). Prefix delegation turns into the VPC CNI
/// add-on's `ENABLE_PREFIX_DELEGATION`.
struct EksctlClusterConfig {
    var cluster: ManagedCluster
    var projectName: String

    /// The node group's name: `<profile>-workers`.
    var nodeGroupName: String { "\(BundlePath.component(cluster.profile.name))-workers" }

    /// Kubelet fields the node group's own keys carry instead of the `NodeConfig`.
    static let carriedByNodeGroup: Set<String> = ["maxPods"]

    /// The nodeadm `NodeConfig` with the planned kubelet configuration (without `maxPods`,
    /// which `maxPodsPerNode` sets).
    var nodeConfig: ConfigValue {
        let config = cluster.kubeletEntries.filter { !Self.carriedByNodeGroup.contains($0.key) }
        return .map([
            ConfigEntry("apiVersion", "node.eks.aws/v1alpha1"),
            ConfigEntry("kind", "NodeConfig"),
            ConfigEntry("spec", .map([
                ConfigEntry("kubelet", .map([ConfigEntry("config", .map(config))])),
            ])),
        ])
    }

    /// The document without `overrideBootstrapCommand`, keys in the order of the eksctl types.
    var document: ConfigValue {
        var addons: [ConfigValue] = []
        if cluster.profile.prefixDelegation {
            addons.append(.map([
                ConfigEntry("name", "vpc-cni"),
                ConfigEntry("configurationValues", .string(#"{"env":{"ENABLE_PREFIX_DELEGATION":"true","WARM_PREFIX_TARGET":"1"}}"#)),
            ]))
        } else {
            addons.append(.map([ConfigEntry("name", "vpc-cni")]))
        }
        addons += ["coredns", "kube-proxy"].map { ConfigValue.map([ConfigEntry("name", .string($0))]) }
        var group: [ConfigEntry] = [
            ConfigEntry("name", .string(nodeGroupName)),
            ConfigEntry("amiFamily", "AmazonLinux2023"),
        ]
        if let type = cluster.machineType {
            group.append(ConfigEntry("instanceType", .string(type)))
        } else {
            // No catalog type: let eksctl pick types of the planned shape.
            group.append(ConfigEntry("instanceSelector", .map([
                ConfigEntry("vCPUs", .int(cluster.profile.node.vcpu)),
                ConfigEntry("memory", .string("\(cluster.profile.node.memoryGiB)GiB")),
            ])))
        }
        group += [
            ConfigEntry("minSize", .int(cluster.minimumNodes)),
            ConfigEntry("desiredCapacity", .int(cluster.desiredNodes)),
            ConfigEntry("maxSize", .int(cluster.maximumNodes)),
            ConfigEntry("maxPodsPerNode", .int(cluster.profile.maxPodsPerNode)),
            ConfigEntry("labels", .map([
                ConfigEntry("fleetplan.io/cluster", .string(cluster.cluster.name)),
                ConfigEntry("fleetplan.io/profile", .string(cluster.profile.name)),
                ConfigEntry("fleetplan.io/environment", .string(cluster.cluster.environment)),
            ])),
            ConfigEntry("privateNetworking", true),
        ]
        return .map([
            ConfigEntry("apiVersion", "eksctl.io/v1alpha5"),
            ConfigEntry("kind", "ClusterConfig"),
            ConfigEntry("metadata", .map([
                ConfigEntry("name", .string(cluster.cluster.name)),
                ConfigEntry("region", .string(cluster.cluster.region)),
                ConfigEntry("version", .string(cluster.minorVersion)),
                ConfigEntry("tags", .map([ConfigEntry("fleetplan.io/project", .string(projectName))])),
            ])),
            ConfigEntry("kubernetesNetworkConfig", .map([
                ConfigEntry("serviceIPv4CIDR", .string(cluster.serviceRange.description)),
            ])),
            ConfigEntry("vpc", .map([ConfigEntry("cidr", .string(cluster.nodeRange.description))])),
            ConfigEntry("addons", .list(addons)),
            ConfigEntry("managedNodeGroups", .list([.map(group)])),
        ])
    }

    /// The file: the document, with the `NodeConfig` as a literal block under the node group.
    var yaml: String {
        var text = document.yaml()
        let lastLine = text.split(separator: "\n").last ?? ""
        let indent = String(lastLine.prefix { $0 == " " })
        text += "\(indent)overrideBootstrapCommand: |\n"
        for line in nodeConfig.yaml().split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            text += "\(indent)  \(line)\n"
        }
        return text
    }

    /// What this file sets and what EKS fixes.
    var settings: [ManagedCluster.Setting] {
        var carried: [String: String] = [:]
        for entry in cluster.kubeletEntries { carried[entry.key] = Self.carriedByNodeGroup.contains(entry.key) ? "eksctl-cluster.yaml (maxPodsPerNode)" : "eksctl-cluster.yaml (NodeConfig)" }
        return cluster.settings(carried: carried) { _ in "" }
    }
}
