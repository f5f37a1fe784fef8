/// The AWS VPC CNI's per-node pod limit of an instance type, from its network interfaces.
///
/// Each ENI's first IPv4 address belongs to the node, so pods get the rest; the `+ 2` is the
/// host-network pods (aws-node and kube-proxy). With prefix delegation every slot holds a
/// /28 prefix of 16 addresses, and the calculator caps the result at what EKS recommends.
public struct ENILimits: Sendable, Equatable, Codable {
    /// ENIs on the default network card.
    public var interfaces: Int
    /// IPv4 addresses per ENI.
    public var ipv4PerInterface: Int
    /// Published max pods without prefix delegation.
    public var maxPods: Int
    /// Max pods with prefix delegation, after the recommended cap.
    public var maxPodsPrefixDelegation: Int
    public var limitsSource: String
    public var maxPodsSource: String
    public var prefixDelegationSource: String

    public init(
        interfaces: Int, ipv4PerInterface: Int, maxPods: Int, maxPodsPrefixDelegation: Int,
        limitsSource: String, maxPodsSource: String, prefixDelegationSource: String
    ) {
        self.interfaces = interfaces
        self.ipv4PerInterface = ipv4PerInterface
        self.maxPods = maxPods
        self.maxPodsPrefixDelegation = maxPodsPrefixDelegation
        self.limitsSource = limitsSource
        self.maxPodsSource = maxPodsSource
        self.prefixDelegationSource = prefixDelegationSource
    }

    /// `interfaces × (ipv4PerInterface − 1) + 2`: m6i.2xlarge, 4 × (15 − 1) + 2 = 58.
    public static func maxPods(interfaces: Int, ipv4PerInterface: Int) -> Int {
        interfaces * (ipv4PerInterface - 1) + 2
    }

    /// `interfaces × ((ipv4PerInterface − 1) × 16) + 2`, capped at 110 for 30 vCPUs or
    /// fewer and 250 above (m6i.2xlarge: 898, capped to 110).
    public static func maxPodsWithPrefixDelegation(interfaces: Int, ipv4PerInterface: Int, vcpu: Int) -> Int {
        min(interfaces * ((ipv4PerInterface - 1) * 16) + 2, vcpu <= 30 ? 110 : 250)
    }

    /// The pods a node can run: with or without prefix delegation.
    ///
    /// Prefix delegation never lowers the limit: a type whose ENI limit is above the
    /// recommended cap (m6i.4xlarge: 234 against 110) keeps its ENI limit.
    public func limit(prefixDelegation: Bool) -> Int {
        prefixDelegation ? max(maxPodsPrefixDelegation, maxPods) : maxPods
    }
}
