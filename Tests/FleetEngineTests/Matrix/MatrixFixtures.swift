import FleetModel
@testable import FleetEngine

/// Small hand-made catalogs and projects whose results can be computed by hand.
enum MatrixFixtures {
    /// A catalog where every platform scores `filler` except the given cells, and supports
    /// every capability except the ones listed.
    static func catalog(
        scores: [PlatformID: [Criterion: Int]],
        filler: Int = 3,
        unsupported: [PlatformID: Set<PlatformCapability.Kind>] = [:],
        partial: [PlatformID: Set<PlatformCapability.Kind>] = [:],
        maxNodes: [PlatformID: Int] = [:]
    ) -> Catalog {
        let facts = [SourcedFact(id: "T-01", statement: "Test fact.", source: "tests", status: "verified")]
        let platforms = PlatformID.allCases.map { platform in
            PlatformEntry(
                id: platform,
                summary: "test \(platform.rawValue)",
                facts: PlatformFacts(
                    hosting: "self-hosted", hostingFact: "T-01", maxNodesPerCluster: maxNodes[platform],
                    nodeLimitFact: "T-01", nodeLimitNote: "test limit", clouds: ["any cloud"], cloudsFact: "T-01",
                    capabilities: PlatformCapability.Kind.allCases.map { kind in
                        let support: PlatformCapability.Support =
                            unsupported[platform]?.contains(kind) == true ? .no
                            : partial[platform]?.contains(kind) == true ? .partial : .yes
                        return PlatformCapability(capability: kind, support: support, note: "\(kind.rawValue) \(support.rawValue)", fact: "T-01")
                    }
                ),
                cells: Criterion.allCases.map { criterion in
                    CatalogCell(criterion: criterion, score: scores[platform]?[criterion] ?? filler, justification: "test", fact: "T-01")
                }
            )
        }
        return Catalog(reviewed: "2026-01-01", facts: facts, platforms: platforms)
    }

    /// The two-criterion catalog used by the hand-computed scoring tests:
    /// (complexity, scalability) = kubernetes (5,1), docker-swarm (1,5), nomad (3,3),
    /// ecs (1,1), cloud-run (5,5); every other cell 3.
    static let twoCriteria = catalog(scores: [
        .kubernetes: [.complexity: 5, .scalability: 1],
        .dockerSwarm: [.complexity: 1, .scalability: 5],
        .nomad: [.complexity: 3, .scalability: 3],
        .ecs: [.complexity: 1, .scalability: 1],
        .cloudRun: [.complexity: 5, .scalability: 5],
    ], unsupported: [.cloudRun: [.onPremises]])

    /// The canonical example: the multi-region template with the team's weights and override.
    static func canonicalProject() -> Project {
        var project = ProjectTemplate.multiRegion.project(named: "payments")
        project.requirements = Requirements(
            environments: ["dev", "staging", "prod"], regions: ["eu-west-1", "us-east-1"], zonesPerRegion: 3,
            multiCloud: false, onPremises: false, currentPlatform: .dockerSwarm, teamExperience: .medium,
            workloads: [.stateless, .stateful, .batch], gpu: false, windows: false, mtlsRequired: true,
            expectedNodes: 120, expectedServices: 300
        )
        project.matrix = Matrix(
            weights: [.complexity: 3, .scalability: 5, .ecosystem: 4, .flexibility: 3, .multiCloud: 2, .operationalOverhead: 4],
            overrides: [ScoreOverride(platform: .nomad, criterion: .ecosystem, score: 3, note: "The team already runs Consul and Vault")]
        )
        return project
    }

    /// The bundled catalog; tests fail loudly if it does not load.
    static func bundled() throws -> Catalog { try Catalog.bundled() }
}
