/// The hard facts about a platform that constraints are checked against.
///
/// Scores are judgement; these are not. A requirement a platform cannot meet eliminates
/// it (see `Constraints`) instead of lowering its score.
public struct PlatformFacts: Sendable, Equatable, Codable {
    /// `self-hosted` or `managed`.
    public var hosting: String
    public var hostingFact: String
    /// The documented maximum of nodes in one cluster; `nil` when none is documented
    /// (or, for serverless platforms, when there are no nodes to count).
    public var maxNodesPerCluster: Int?
    public var nodeLimitFact: String
    /// What the node limit means, in one line.
    public var nodeLimitNote: String
    /// Where it runs, e.g. `aws`, `gcp`, `any cloud`, `on-premises`.
    public var clouds: [String]
    public var cloudsFact: String
    /// What it can run and where, each with its source.
    public var capabilities: [PlatformCapability]

    public init(
        hosting: String, hostingFact: String, maxNodesPerCluster: Int?, nodeLimitFact: String,
        nodeLimitNote: String, clouds: [String], cloudsFact: String, capabilities: [PlatformCapability]
    ) {
        self.hosting = hosting
        self.hostingFact = hostingFact
        self.maxNodesPerCluster = maxNodesPerCluster
        self.nodeLimitFact = nodeLimitFact
        self.nodeLimitNote = nodeLimitNote
        self.clouds = clouds
        self.cloudsFact = cloudsFact
        self.capabilities = capabilities
    }

    /// The entry for a capability, if the catalog lists one.
    public func capability(_ kind: PlatformCapability.Kind) -> PlatformCapability? {
        capabilities.first { $0.capability == kind }
    }

    private enum CodingKeys: String, CodingKey {
        case hosting, hostingFact, maxNodesPerCluster, nodeLimitFact, nodeLimitNote, clouds, cloudsFact, capabilities
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(hosting, forKey: .hosting)
        try container.encode(hostingFact, forKey: .hostingFact)
        try container.encode(maxNodesPerCluster, forKey: .maxNodesPerCluster)
        try container.encode(nodeLimitFact, forKey: .nodeLimitFact)
        try container.encode(nodeLimitNote, forKey: .nodeLimitNote)
        try container.encode(clouds, forKey: .clouds)
        try container.encode(cloudsFact, forKey: .cloudsFact)
        try container.encode(capabilities, forKey: .capabilities)
    }
}
