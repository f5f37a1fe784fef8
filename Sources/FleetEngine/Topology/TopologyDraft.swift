import FleetModel

/// A starting topology drafted from the requirements.
///
/// The draft is a proposal: it never edits the project. To bring a draft into a topology
/// the user has already edited, `TopologyMerge.changes(from:to:)` lists the differences
/// as changes the user accepts one by one, and applying them never removes a cluster.
///
/// The rules (`docs/topology.md` explains why):
/// - one management cluster (`mgmt`, environment `shared`) in the first required region;
/// - production (`Requirements.productionEnvironment`) in every required region; every
///   other environment in the first region only;
/// - one network per region, `net-<region>`;
/// - the mesh is on when any profile enables it or the requirements ask for mTLS:
///   multi-primary over the production clusters, one primary per production region; the
///   other environments and the management cluster stay out of it, so production shares
///   its trust domain with nothing else (each other workload cluster gets a mesh of its
///   own in the bundle; FP321 warns when a design mixes them);
/// - an east-west gateway on every mesh network when the mesh spans several networks;
/// - failover from each production region to the others, nearest in list order first;
/// - clusters that share the production profile but are not production run a share of
///   its workload (``share(for:)``: 25% for staging-like environments, 10% for the
///   others, 5% for the management cluster), and their description says so; a cluster
///   with a profile of its own runs that profile's workload.
///
/// Cluster names are `<environment>` in a single-region design and
/// `<environment>-<region>` otherwise; profiles are the one named after the environment
/// (or `management` for the management cluster) when it exists, else the first profile.
public enum TopologyDraft {
    /// The drafted topology for `project`'s requirements and profiles.
    ///
    /// Returns an empty topology when the requirements list no region or environment.
    ///
    /// - Complexity: O(*e* × *r* + *r*²) for *e* environments and *r* regions.
    public static func propose(for project: Project) -> Topology {
        let requirements = project.requirements
        let regions = requirements.regions
        guard let home = regions.first, let production = requirements.productionEnvironment else { return Topology() }
        var names: Set<String> = []
        func unique(_ wanted: String) -> String {
            let base = DNSLabel.sanitized(wanted)
            var name = base
            var counter = 2
            while names.contains(name) {
                let suffix = "-\(counter)"
                name = String(base.prefix(DNSLabel.maxLength - suffix.count)) + suffix
                counter += 1
            }
            names.insert(name)
            return name
        }
        func network(_ region: String) -> String { DNSLabel.sanitized("net-\(region)") }

        let productionProfile = profile(for: production, in: project)
        var management = Cluster(name: unique("mgmt"), description: "GitOps, monitoring and cluster lifecycle",
                                 role: .management, environment: "shared", region: home,
                                 profile: profile(for: "management", in: project), network: network(home))
        if management.profile == productionProfile {
            management.workload = ClusterWorkload(percent: managementShare)
            management.description += "; runs \(managementShare)% of the production workload (a drafted share)"
        }
        var clusters = [management]
        for environment in requirements.environments {
            let placed = environment == production ? regions : [home]
            for region in placed {
                let name = regions.count == 1 ? environment : "\(environment)-\(region)"
                var cluster = Cluster(name: unique(name), role: .workload, environment: environment, region: region,
                                      profile: profile(for: environment, in: project), network: network(region))
                if environment != production, cluster.profile == productionProfile {
                    let share = share(for: environment)
                    cluster.workload = ClusterWorkload(percent: share)
                    cluster.description = "Runs \(share)% of the production workload (a drafted share: change it in the cluster form)"
                }
                clusters.append(cluster)
            }
        }

        var mesh = MeshSettings()
        let meshWanted = requirements.mtlsRequired || project.profiles.contains { $0.mesh.enabled }
        // Only production joins the mesh: clusters of one mesh share its trust domain and root
        // of trust, so a non-production workload would hold an identity production trusts
        // (FP321). Each other workload cluster gets a mesh of its own in the bundle.
        let meshed = clusters.indices.filter { clusters[$0].role == .workload && clusters[$0].environment == production }
        if meshWanted, !meshed.isEmpty {
            let meshID = DNSLabel.sanitized(project.metadata.name)
            mesh.meshID = meshID
            mesh.trustDomain = "\(meshID).example.com"
            mesh.model = .multiPrimary
            for position in meshed { clusters[position].meshRole = .primary }
            mesh.eastWestGateways = gatewaysNeeded(for: clusters)
            if regions.count > 1 {
                mesh.failover = regions.indices.map { position in
                    FailoverRule(from: regions[position], to: Array(regions[(position + 1)...] + regions[..<position]))
                }
            }
        }
        // The delivery settings are the team's, not the draft's: they carry over.
        return Topology(mesh: mesh, clusters: clusters, gitops: project.topology.gitops)
    }

    /// The percent of the production workload the management cluster runs when it shares
    /// the production profile.
    static let managementShare = 5

    /// The percent of the production workload a non-production environment runs when its
    /// clusters share the production profile: 25 for staging-like environments (a
    /// rehearsal of production at a quarter of its size), 10 for the others.
    public static func share(for environment: String) -> Int {
        let stagingLike = ["staging", "stage", "preprod", "pre-prod", "uat", "perf"]
        return stagingLike.contains(where: { environment.lowercased().hasPrefix($0) }) ? 25 : 10
    }

    /// Networks that need an east-west gateway: every network of the mesh members when
    /// they span more than one, in order of first appearance; none otherwise.
    static func gatewaysNeeded(for clusters: [Cluster]) -> [String] {
        var seen: Set<String> = []
        let networks = clusters.filter { $0.meshRole != nil }.map(\.network).filter { seen.insert($0).inserted }
        return networks.count > 1 ? networks : []
    }

    /// The profile named `purpose` if the project has one, else its first profile, else
    /// `general` (which `Project.validate()` then reports as missing).
    static func profile(for purpose: String, in project: Project) -> String {
        project.profile(named: purpose)?.name ?? project.profiles.first?.name ?? "general"
    }
}
