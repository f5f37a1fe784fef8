import FleetEngine
import FleetModel

/// The GKE files of one cluster: `clusters/<cluster>/gke/node-system-config.yaml` (what
/// `gcloud container clusters create --system-config-from-file` reads) and `create.sh`.
///
/// The system configuration carries the planned kubelet settings GKE exposes, under the
/// field names of the GKE API's `NodeKubeletConfig` and `LinuxNodeConfig`
/// (`UpstreamSchemas.gkeNodeSystemConfig`); GKE fixes the rest (reservations, eviction,
/// certificates), and the report says so. The script creates the cluster with the machine
/// type, nodes per zone, max pods, node, pod and service ranges and the Kubernetes minor.
struct GKENodePool {
    var cluster: ManagedCluster

    /// Kubelet field → its `kubeletConfig` key in the system configuration.
    static let kubeletFields: [String: String] = [
        "cpuManagerPolicy": "cpuManagerPolicy",
        "podPidsLimit": "podPidsLimit",
        "containerLogMaxSize": "containerLogMaxSize",
        "containerLogMaxFiles": "containerLogMaxFiles",
        "imageGCHighThresholdPercent": "imageGcHighThresholdPercent",
        "imageGCLowThresholdPercent": "imageGcLowThresholdPercent",
        "topologyManagerPolicy": "topologyManager.policy",
    ]

    /// The system configuration document.
    var systemConfig: ConfigValue {
        var kubelet: [ConfigEntry] = []
        var topology: [ConfigEntry] = []
        for entry in cluster.kubeletEntries {
            guard let key = Self.kubeletFields[entry.key] else { continue }
            if key == "topologyManager.policy" { topology.append(ConfigEntry("policy", entry.value)) } else { kubelet.append(ConfigEntry(key, entry.value)) }
        }
        if !topology.isEmpty { kubelet.append(ConfigEntry("topologyManager", .map(topology))) }
        return .map([
            ConfigEntry("kubeletConfig", .map(kubelet)),
            ConfigEntry("linuxConfig", .map([ConfigEntry("cgroupMode", "CGROUP_MODE_V2")])),
        ])
    }

    /// The profile's instance type, or a custom machine type of the planned shape (`custom-8-32768`).
    var machineType: String {
        cluster.machineType ?? "custom-\(cluster.profile.node.vcpu)-\(cluster.profile.node.memoryGiB * 1024)"
    }

    /// `create.sh`: POSIX sh, the project and region from variables named at the top.
    var script: String {
        let name = cluster.cluster.name
        var lines = [
            "#!/bin/sh",
            "# Creates the GKE cluster \(name) as planned by Fleetplan (see ../../../README.md).",
            "# Usage: PROJECT=my-project [REGION=\(cluster.cluster.region)] sh create.sh",
            "set -eu",
            "",
            "PROJECT=\"${PROJECT:?set PROJECT to the Google Cloud project id}\"",
            "REGION=\"${REGION:-\(cluster.cluster.region)}\"",
            "MACHINE_TYPE=\"${MACHINE_TYPE:-\(machineType)}\"",
            "CLUSTER=\"\(name)\"",
            "HERE=$(cd \"$(dirname \"$0\")\" && pwd)",
            "",
            "if gcloud container clusters describe \"$CLUSTER\" --project \"$PROJECT\" --region \"$REGION\" >/dev/null 2>&1; then",
            "    echo \"cluster $CLUSTER already exists in $REGION; nothing to do\"",
            "    exit 0",
            "fi",
            "",
            "gcloud container clusters create \"$CLUSTER\" \\",
            "    --project \"$PROJECT\" \\",
            "    --region \"$REGION\" \\",
            "    --release-channel regular \\",
            "    --cluster-version \"\(cluster.minorVersion)\" \\",
            "    --enable-ip-alias \\",
            "    --create-subnetwork \"name=\(name)-nodes,range=\(cluster.nodeRange)\" \\",
            "    --cluster-ipv4-cidr \"\(cluster.podRange)\" \\",
            "    --services-ipv4-cidr \"\(cluster.serviceRange)\" \\",
        ]
        lines.append("    --machine-type \"$MACHINE_TYPE\" \\")
        lines += [
            "    --num-nodes \"\(cluster.nodesPerZone)\" \\",
            "    --max-pods-per-node \"\(cluster.profile.maxPodsPerNode)\" \\",
            "    --node-labels \"fleetplan.io/cluster=\(name),fleetplan.io/profile=\(cluster.profile.name)\" \\",
            "    --system-config-from-file \"$HERE/node-system-config.yaml\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// What these files set and what GKE fixes.
    var settings: [ManagedCluster.Setting] {
        var carried: [String: String] = [:]
        for (field, _) in Self.kubeletFields { carried[field] = "gke/node-system-config.yaml" }
        carried["maxPods"] = "gke/create.sh (--max-pods-per-node)"
        return cluster.settings(carried: carried, fixed: Self.fixed)
    }

    static func fixed(_ field: String) -> String {
        switch field {
        case "systemReserved", "kubeReserved", "reservedSystemCPUs": "GKE's reservation formula by machine size (docs/capacity.md)"
        case "evictionHard": "GKE's hard eviction: memory.available<100Mi (docs/capacity.md)"
        case "featureGates": "GKE sets the gates of its version; not configurable per node pool"
        default: "GKE's node image default"
        }
    }
}
