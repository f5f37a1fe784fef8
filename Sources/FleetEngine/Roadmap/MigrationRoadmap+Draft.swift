import FleetModel

extension MigrationRoadmap {
    /// Drafts the roadmap from `requirements.currentPlatform` to the platform the decision pins
    /// (`matrix.decision.platform`), else the evaluation's winner.
    ///
    /// Returns `nil` when nothing is pinned and every platform is eliminated (there is no target). Production is
    /// `requirements.productionEnvironment` (`prod` or `production`, else the last listed);
    /// its phases follow `requirements.regions` order, then any other region the topology names.
    ///
    /// - Complexity: O(*e* · *n*) for *e* environments and *n* clusters.
    public static func draft(for project: Project, evaluation: MatrixEvaluation) -> MigrationRoadmap? {
        guard let target = project.matrix.decision.platform ?? evaluation.winner else { return nil }
        let requirements = project.requirements
        let source = requirements.currentPlatform
        let kind: Kind = source == nil ? .greenfield : source == target ? .stay : .migration
        let clusters = project.topology.clusters
        let production = requirements.productionEnvironment ?? "prod"
        var phases = [foundation(project, kind: kind, source: source, target: target)]

        var environments = requirements.environments
        for cluster in clusters where cluster.role == .workload && !environments.contains(cluster.environment) {
            environments.append(cluster.environment)
        }
        for environment in environments where environment != production {
            let members = clusters.filter { $0.role == .workload && $0.environment == environment }.map(\.name)
            phases.append(preProduction(environment, members, kind: kind, source: source, target: target, requirements: requirements))
        }

        var regions = requirements.regions
        for cluster in clusters where cluster.environment == production && !regions.contains(cluster.region) {
            regions.append(cluster.region)
        }
        for (index, region) in regions.enumerated() {
            let members = clusters.filter { $0.role == .workload && $0.environment == production && $0.region == region }
            phases.append(productionRegion(region, members, pilot: index == 0, firstRegion: regions.first ?? region,
                                           kind: kind, source: source, target: target, project: project))
        }
        if kind == .migration, let source {
            phases.append(retirement(source, target: target))
        }
        return MigrationRoadmap(kind: kind, from: source, to: target, strategy: strategy(kind, source, target, production), phases: phases)
    }

    static func strategy(_ kind: Kind, _ source: PlatformID?, _ target: PlatformID, _ production: String) -> String {
        switch kind {
        case .greenfield:
            "Build \(target.displayName) from Git: the management plane first, then each environment, then \(production) one region at a time behind a canary."
        case .migration:
            "Move from \(source!.displayName) to \(target.displayName) environment by environment; run both side by side and move \(production) one region at a time with a canary and a rehearsed rollback to \(source!.displayName)."
        case .stay:
            "Stay on \(target.displayName) and roll out the new topology: the management plane first, then each environment, then \(production) one region at a time behind a canary."
        }
    }

    static func foundation(_ project: Project, kind: Kind, source: PlatformID?, target: PlatformID) -> RoadmapPhase {
        let management = project.topology.clusters.filter { $0.role == .management }
        let services = project.requirements.expectedServices
        var steps: [String] = []
        if management.isEmpty {
            steps.append("Choose where the GitOps controller runs: the topology has no management cluster.")
        } else {
            for cluster in management {
                steps.append(managementStep(target, cluster))
            }
        }
        steps.append(target == .kubernetes
            ? "Keep every cluster definition and every service definition in Git; changes reach clusters only through the GitOps controller (management/)."
            : "Keep every \(target.clusterNoun) definition and every service definition in Git; changes reach \(target.displayName) only through the deployment pipeline.")
        if kind == .migration, let source {
            steps.append("Inventory the \(services) services on \(source.displayName) and translate their \(source.deploymentArtifacts) into \(target.deploymentArtifacts).")
        } else {
            steps.append("Write \(target.deploymentArtifacts) for the \(services) services, starting from templates shared by all teams.")
        }
        if project.requirements.mtlsRequired {
            steps.append("Create the shared root CA and trust domain \(project.topology.mesh.trustDomain); issue one intermediate CA per cluster.")
        }
        steps.append(target == .kubernetes || target == .nomad || target == .dockerSwarm
            ? "Set up shared metrics, logs and alerting before the first workload \(target == .kubernetes ? "cluster" : target.clusterNoun) exists."
            : "Set up shared metrics, logs and alerting before the first service is deployed.")
        var risks = ["The management plane becomes the path of every change: back it up and keep Git the source of truth."]
        if kind == .migration {
            risks.append("Translated definitions can differ in networking, health checks and service discovery; review them service by service.")
        }
        return RoadmapPhase(
            id: "foundation", title: "Foundation: management plane and GitOps",
            clusters: management.map(\.name), steps: steps,
            exitCriteria: [
                "The management plane is rebuilt from Git alone in a rehearsal.",
                "Definitions for all \(services) services are reviewed and stored in Git.",
            ],
            risks: risks
        )
    }

    /// The management plane's first step, in the target platform's nouns.
    static func managementStep(_ target: PlatformID, _ cluster: Cluster) -> String {
        switch target {
        case .kubernetes:
            "Create the management cluster \(cluster.name) in \(cluster.region) from Git; install its GitOps controller and components (management/)."
        case .cloudRun:
            "Create the management Google Cloud project for \(cluster.name)'s role in \(cluster.region): Artifact Registry, the deployment pipeline and Cloud Monitoring, from Git."
        case .ecs:
            "Create the management AWS account resources for \(cluster.name)'s role in \(cluster.region): ECR, the deployment pipeline and CloudWatch, from Git."
        case .nomad:
            "Create the management Nomad region's servers for \(cluster.name)'s role in \(cluster.region), with the CI/CD runners that submit jobs, from Git."
        case .dockerSwarm:
            "Create the management swarm \(cluster.name) in \(cluster.region) from Git: the registry mirror and the CI/CD runners that deploy stacks."
        }
    }

    static func preProduction(_ environment: String, _ clusters: [String], kind: Kind, source: PlatformID?, target: PlatformID,
                              requirements: Requirements) -> RoadmapPhase {
        var steps = clusters.isEmpty
            ? ["Add a \(environment) \(target.clusterNoun) to the topology; none is planned yet."]
            : clusters.map { "Create \($0) from Git." }
        steps.append("Deploy every service to \(environment) and run the integration and smoke tests.")
        if kind == .migration, let source {
            steps.append("Run \(environment) on \(source.displayName) and \(target.displayName) side by side and compare error rates and latency.")
            steps.append("Switch \(environment) traffic to \(target.displayName); switch back if the tests regress.")
        }
        if requirements.workloads.contains(.stateful) {
            steps.append("Restore a copy of each stateful store into \(environment) and time the restore.")
        }
        return RoadmapPhase(
            id: "env-\(environment)", title: "Environment \(environment)",
            clusters: clusters, steps: steps,
            exitCriteria: [
                "Every service in \(environment) passes its tests on \(target.displayName).",
                "Deployments reach \(environment) only through GitOps.",
            ],
            risks: ["Differences between environments hide problems until production: keep \(environment) built from the same definitions."]
        )
    }

    static func productionRegion(_ region: String, _ clusters: [Cluster], pilot: Bool, firstRegion: String, kind: Kind,
                                 source: PlatformID?, target: PlatformID, project: Project) -> RoadmapPhase {
        let names = clusters.map(\.name)
        let fallback = kind == .migration ? source!.displayName : "the current production setup"
        var steps = names.isEmpty
            ? ["Add a production \(target.clusterNoun) in \(region) to the topology; none is planned yet."]
            : names.map { "Create \($0) from Git and deploy every service with no traffic." }
        if !pilot {
            steps.insert("Apply what the \(firstRegion) rollout taught before starting.", at: 0)
        }
        let mesh = project.topology.mesh
        if mesh.model != .none, clusters.contains(where: { $0.meshRole != nil }) {
            if let rule = mesh.failover.first(where: { $0.from == region }), let first = rule.to.first {
                steps.append("Join the \(mesh.model.rawValue) mesh (mesh/bootstrap.sh) and test locality failover from \(region) to \(first): "
                             + "stop \(region)'s endpoints of one service and watch its traffic move.")
            } else {
                steps.append("Join the \(mesh.model.rawValue) mesh (mesh/bootstrap.sh); \(region) has no failover rule, so its traffic stays in \(region) when its endpoints fail.")
            }
        }
        steps.append("Rehearse the rollback: shift all traffic back to \(fallback) in one step and confirm it holds.")
        steps.append("Canary: shift 5%, then 25%, 50% and 100% of \(region) traffic, holding each step until the error budget is intact"
                     + (mesh.model != .none ? " (mesh/traffic/canary.sh SERVICE NAMESPACE PERCENT per service)." : "."))
        steps.append("Roll back at any step where error rate or latency leaves its objective.")
        if project.requirements.workloads.contains(.stateful) {
            steps.append("Replicate each stateful store to \(region) before its cutover; freeze writes during the switch.")
        }
        var risks = ["A regional outage during the canary: keep \(fallback) able to take all of \(region) traffic until the exit criteria hold."]
        if project.requirements.workloads.contains(.stateful) {
            risks.append("Data written during the cutover can be lost or duplicated: rehearse the write freeze.")
        }
        return RoadmapPhase(
            id: "prod-\(region)", title: pilot ? "Production \(region) (pilot region)" : "Production \(region)",
            clusters: names, steps: steps,
            exitCriteria: [
                "100% of \(region) traffic on \(target.displayName) for two weeks within objectives.",
                "The rollback was rehearsed and took less than the agreed time.",
            ],
            risks: risks
        )
    }

    static func retirement(_ source: PlatformID, target: PlatformID) -> RoadmapPhase {
        RoadmapPhase(
            id: "retire", title: "Retire \(source.displayName)",
            clusters: [],
            steps: [
                "Stop deploying to \(source.displayName); remove its pipelines.",
                "Archive its state and configuration, then drain and delete each \(source.clusterNoun).",
                "Remove the rollback paths that pointed to \(source.displayName).",
            ],
            exitCriteria: ["No traffic and no deployment reaches \(source.displayName) for a full release cycle."],
            risks: ["A forgotten consumer still calls an old endpoint: watch access logs before deleting."]
        )
    }
}
