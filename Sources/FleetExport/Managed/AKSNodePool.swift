import FleetEngine
import FleetModel

/// The AKS files of one cluster, in `clusters/<cluster>/aks/`: the custom node configuration
/// (`kubelet-config.json`, `linux-os-config.json`, field names of the AKS API's
/// `KubeletConfig` and `LinuxOSConfig`, `UpstreamSchemas.aksKubeletConfig`) and `create.sh`
/// (`az aks create` with VM size, node count, max pods, pod and service ranges, Azure CNI
/// overlay, the Standard tier and both files).
///
/// AKS fixes node reservations and eviction ("you can't change resource reservations on a
/// node"); the report lists them as the provider's.
struct AKSNodePool {
    var cluster: ManagedCluster

    /// Kubelet field → its `KubeletConfig` key.
    static let kubeletFields: [String: String] = [
        "cpuManagerPolicy": "cpuManagerPolicy",
        "topologyManagerPolicy": "topologyManagerPolicy",
        "podPidsLimit": "podMaxPids",
        "containerLogMaxSize": "containerLogMaxSizeMB",
        "containerLogMaxFiles": "containerLogMaxFiles",
        "imageGCHighThresholdPercent": "imageGcHighThreshold",
        "imageGCLowThresholdPercent": "imageGcLowThreshold",
    ]

    /// `kubelet-config.json`, keys in plan order.
    var kubeletConfig: ConfigValue {
        .map(cluster.kubeletEntries.compactMap { entry in
            guard let key = Self.kubeletFields[entry.key] else { return nil }
            if key == "containerLogMaxSizeMB", let text = entry.value.stringValue {
                return ConfigEntry(key, .int(Self.mebibytes(text)))
            }
            return ConfigEntry(key, entry.value)
        })
    }

    /// `linux-os-config.json`: transparent huge pages only where an application asks (madvise).
    var linuxOSConfig: ConfigValue {
        .map([
            ConfigEntry("transparentHugePageEnabled", "madvise"),
            ConfigEntry("transparentHugePageDefrag", "madvise"),
        ])
    }

    /// A log size such as `35Mi` in whole MiB (at least 1).
    static func mebibytes(_ text: String) -> Int {
        guard let quantity = Quantity(parsing: text) else { return 10 }
        return max(Int((quantity.units + 524_288) / 1_048_576), 1)
    }

    /// `create.sh`: POSIX sh, subscription, resource group and location from variables at the top.
    var script: String {
        let name = cluster.cluster.name
        let zones = (1...max(min(cluster.plan.sizing.zones, 3), 1)).map(String.init).joined(separator: " ")
        var lines = [
            "#!/bin/sh",
            "# Creates the AKS cluster \(name) as planned by Fleetplan (see ../../../README.md).",
            "# Usage: SUBSCRIPTION=<id> [RESOURCE_GROUP=\(name)] [LOCATION=\(cluster.cluster.region)] sh create.sh",
            "set -eu",
            "",
            "SUBSCRIPTION=\"${SUBSCRIPTION:?set SUBSCRIPTION to the Azure subscription id}\"",
            "RESOURCE_GROUP=\"${RESOURCE_GROUP:-\(name)}\"",
            "LOCATION=\"${LOCATION:-\(cluster.cluster.region)}\"",
            cluster.machineType.map { "NODE_VM_SIZE=\"${NODE_VM_SIZE:-\($0)}\"" }
                ?? "NODE_VM_SIZE=\"${NODE_VM_SIZE:?set NODE_VM_SIZE to a VM size with \(cluster.profile.node.vcpu) vCPU and \(cluster.profile.node.memoryGiB) GiB}\"",
            "CLUSTER=\"\(name)\"",
            "HERE=$(cd \"$(dirname \"$0\")\" && pwd)",
            "",
            "az account set --subscription \"$SUBSCRIPTION\"",
            "az group create --name \"$RESOURCE_GROUP\" --location \"$LOCATION\" --output none",
            "",
            "if az aks show --resource-group \"$RESOURCE_GROUP\" --name \"$CLUSTER\" --output none 2>/dev/null; then",
            "    echo \"cluster $CLUSTER already exists in $RESOURCE_GROUP; nothing to do\"",
            "    exit 0",
            "fi",
            "",
            "az network vnet create --resource-group \"$RESOURCE_GROUP\" --name \"$CLUSTER-vnet\" \\",
            "    --address-prefixes \"\(cluster.nodeRange)\" --subnet-name nodes --subnet-prefixes \"\(cluster.nodeRange)\" --output none",
            "SUBNET_ID=$(az network vnet subnet show --resource-group \"$RESOURCE_GROUP\" --vnet-name \"$CLUSTER-vnet\" \\",
            "    --name nodes --query id --output tsv)",
            "",
            "az aks create --resource-group \"$RESOURCE_GROUP\" --name \"$CLUSTER\" --location \"$LOCATION\" \\",
            "    --kubernetes-version \"\(cluster.minorVersion)\" \\",
            "    --tier standard \\",
            "    --network-plugin azure --network-plugin-mode overlay \\",
            "    --vnet-subnet-id \"$SUBNET_ID\" \\",
            "    --pod-cidr \"\(cluster.podRange)\" \\",
            "    --service-cidr \"\(cluster.serviceRange)\" \\",
            "    --dns-service-ip \"\(ManagedCluster.address(in: cluster.serviceRange, offset: 10))\" \\",
        ]
        lines.append("    --node-vm-size \"$NODE_VM_SIZE\" \\")
        lines += [
            "    --node-count \"\(cluster.desiredNodes)\" \\",
            "    --max-pods \"\(cluster.profile.maxPodsPerNode)\" \\",
            "    --zones \(zones) \\",
            "    --nodepool-labels \"fleetplan.io/cluster=\(name)\" \"fleetplan.io/profile=\(cluster.profile.name)\" \\",
            "    --kubelet-config \"$HERE/kubelet-config.json\" \\",
            "    --linux-os-config \"$HERE/linux-os-config.json\" \\",
            "    --generate-ssh-keys --output none",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// What these files set and what AKS fixes.
    var settings: [ManagedCluster.Setting] {
        var carried: [String: String] = [:]
        for (field, _) in Self.kubeletFields { carried[field] = "aks/kubelet-config.json" }
        carried["maxPods"] = "aks/create.sh (--max-pods)"
        return cluster.settings(carried: carried, fixed: Self.fixed)
    }

    static func fixed(_ field: String) -> String {
        switch field {
        case "systemReserved", "kubeReserved", "reservedSystemCPUs": "AKS's reservation formula; not changeable on a node (docs/capacity.md)"
        case "evictionHard": "AKS's hard eviction: memory.available<100Mi since 1.29 (750Mi before)"
        case "featureGates": "AKS sets the gates of its version"
        default: "AKS's node image default"
        }
    }
}
