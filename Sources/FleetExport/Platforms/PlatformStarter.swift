import FleetEngine
import FleetModel

/// The starting configuration of a platform other than Kubernetes, when the matrix recommends one.
///
/// Each starter turns the requirements (regions, zones, mTLS) and the profiles' typical pod
/// (CPU, memory) into that platform's own files: Nomad agent configuration, a Swarm stack, an
/// ECS task definition and service, a Cloud Run service. Values the design cannot know
/// (images, subnets, account ids) are placeholders named `REPLACE-…` and listed in
/// `docs/export-bundle.md`.
public enum PlatformStarter {
    /// The starter's files, path relative to `platforms/<platform>/` → text, in a stable order;
    /// empty for Kubernetes, whose configuration lives under `clusters/` and `gitops/`.
    ///
    /// - Complexity: O(*p* + *r*) for *p* profiles and *r* regions.
    public static func files(for platform: PlatformID, project: Project) -> [(path: String, text: String)] {
        let workloads = StarterWorkload.all(in: project)
        switch platform {
        case .kubernetes: return []
        case .nomad: return NomadStarter(project: project, workloads: workloads).files
        case .dockerSwarm: return SwarmStarter(project: project, workloads: workloads).files
        case .ecs: return ECSStarter(project: project, workloads: workloads).files
        case .cloudRun: return CloudRunStarter(project: project, workloads: workloads).files
        }
    }
}

/// One deployable unit of a starter: a profile's typical pod as a service.
struct StarterWorkload: Sendable, Equatable {
    /// A DNS-1123 name: `<project>-<profile>`, shortened to 63 characters.
    var name: String
    var cpuMillis: Int64
    var memoryMiB: Int64
    /// One replica per zone, at least two: the floor of every region's count.
    var replicas: Int
    /// The container image to replace.
    var image: String
    /// Replicas per region: the pods the design runs there with this profile (its production
    /// clusters' workloads), at least one per zone; regions without such a cluster run the
    /// profile's whole workload, as each production region of the design does.
    var replicasByRegion: [String: Int] = [:]

    /// The replicas to run in `region`.
    func replicas(in region: String) -> Int { max(replicas, replicasByRegion[region] ?? 0) }

    /// One workload per profile, in `spec.profiles` order.
    static func all(in project: Project) -> [StarterWorkload] {
        let production = project.requirements.productionEnvironment
        return project.profiles.map { profile in
            let name = String(DNSLabel.sanitized("\(project.metadata.name)-\(profile.name)").prefix(DNSLabel.maxLength))
            let trimmed = name.hasSuffix("-") ? String(name.dropLast()) : name
            let pods = max(0, profile.workload.pods)
            var byRegion: [String: Int] = [:]
            for region in project.requirements.regions { byRegion[region] = pods }
            var counted: Set<String> = []
            for cluster in project.topology.clusters
            where cluster.profile == profile.name && cluster.role == .workload && cluster.environment == production {
                let clusterPods = max(0, cluster.workload?.pods(profilePods: pods) ?? pods)
                byRegion[cluster.region] = counted.insert(cluster.region).inserted
                    ? clusterPods : (byRegion[cluster.region] ?? 0).saturatingAdd(clusterPods)
            }
            return StarterWorkload(
                name: trimmed,
                cpuMillis: max(1, profile.workload.podCPU.millis),
                memoryMiB: max(1, max(0, profile.workload.podMemory.units).saturatingDivideRoundingUp(1_048_576)),
                replicas: max(2, project.requirements.zonesPerRegion),
                image: "registry.example.com/REPLACE-\(trimmed):1.0.0",
                replicasByRegion: byRegion)
        }
    }
}
