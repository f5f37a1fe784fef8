import FleetModel

/// How the topology's Istio mesh is installed: which cluster gets which control plane,
/// gateways and exposure, which remote secrets join them, and what the design cannot know
/// yet (kube contexts, gateway addresses).
///
/// One value drives the bundle's Istio files, its bootstrap runbook (`mesh/`), the cost of
/// the gateways' load balancers and the `FP320` placeholder findings, so the four agree.
/// The rules follow the Istio install guides (istio/istio.io
/// `content/en/docs/setup/install/multicluster/` `multi-primary`, `multi-primary_multi-network`,
/// `primary-remote`, `primary-remote_multi-network`):
///
/// - every mesh cluster shares one root of trust: plug-in `cacerts` from one root with an
///   intermediate per cluster (`before-you-begin`, istio/istio `tools/certs`);
/// - `istio-system` carries the cluster's `topology.istio.io/network` label; a remote's also
///   carries `topology.istio.io/controlPlaneClusters: <primary>`;
/// - a primary that serves remotes runs `values.global.externalIstiod: true` and exposes
///   istiod through an east-west gateway, on a single network too (`primary-remote`);
/// - a network listed in `eastWestGateways` runs an east-west gateway in each of its mesh
///   clusters; the cross-network `Gateway` (`expose-services`) is applied on primaries only,
///   which hold the mesh configuration;
/// - remote secrets: every primary's into every other primary (endpoint discovery), and each
///   remote's into its primary (`create-remote-secret`).
public struct MeshInstall: Sendable, Equatable {
    /// One cluster of the mesh.
    public struct Member: Sendable, Equatable {
        /// The cluster.
        public var cluster: Cluster
        /// Its position in `spec.topology.clusters`.
        public var position: Int
        /// `primary` or `remote`.
        public var role: MeshRole
        /// The provider of its profile, when the profile exists.
        public var provider: Provider?
        /// For a remote: the primary whose istiod it uses.
        public var primary: String?
        /// True for a primary that remote clusters follow.
        public var servesRemotes: Bool
        /// True when the cluster runs an east-west gateway: its network is listed in
        /// `eastWestGateways`, or it is a primary exposing istiod to remotes.
        public var eastWestGateway: Bool
        /// True when the cluster applies the cross-network `Gateway` (mTLS passthrough on
        /// 15443): a primary whose network has east-west gateways.
        public var exposesServices: Bool
        /// The runbook's variable for the cluster's kube context, `CTX_<NAME>`.
        public var contextVariable: String

        /// True for a primary: it runs istiod and holds the mesh configuration.
        public var isPrimary: Bool { role == .primary }
        /// True for a primary serving remotes: istiod is exposed on 15012 and 15017.
        public var exposesIstiod: Bool { servesRemotes }
    }

    /// A remote secret: `istioctl create-remote-secret` run against `source`'s API server and
    /// applied in `target`, so `target`'s istiod discovers `source`'s endpoints.
    public struct RemoteSecret: Sendable, Equatable, Hashable {
        public var source: String
        public var target: String
    }

    /// A value the design cannot know, which the bundle leaves as a named placeholder.
    public struct Placeholder: Sendable, Equatable {
        public enum Kind: String, Sendable {
            /// The kubeconfig context of a cluster (`clusters[].kubeContext`).
            case kubeContext
            /// The address of a primary's east-west gateway (`clusters[].eastWestAddress`),
            /// which its remotes use as `remotePilotAddress`.
            case eastWestAddress
        }

        public var kind: Kind
        /// The cluster the value belongs to.
        public var cluster: String
        /// Its position in `spec.topology.clusters`.
        public var position: Int
        /// The runbook's variable that carries it (`CTX_PROD_EU`, `DISCOVERY_ADDRESS_PROD_EU`).
        public var variable: String
        /// The command that reveals the value once the cluster exists.
        public var reveal: String

        /// The project field that gives the value.
        public var field: String { kind == .kubeContext ? "kubeContext" : "eastWestAddress" }
        /// What the value is, in a sentence fragment.
        public var summary: String {
            switch kind {
            case .kubeContext: "the kube context of \"\(cluster)\""
            case .eastWestAddress: "the address of \"\(cluster)\"'s east-west gateway (istiod for its remotes)"
            }
        }
    }

    /// The mesh model.
    public var model: MeshModel
    /// The mesh ID: the topology's, or the project name when it is empty.
    public var meshID: String
    /// The trust domain.
    public var trustDomain: String
    /// The mesh clusters, in file order.
    public var members: [Member]
    /// Every remote secret the mesh needs, primaries' pairs first, in file order.
    public var remoteSecrets: [RemoteSecret]
    /// Every value the bundle leaves as a placeholder.
    public var placeholders: [Placeholder]

    /// True when the mesh spans more than one network.
    public var multiNetwork: Bool { Set(members.map(\.cluster.network)).count > 1 }
    /// The primaries, in file order.
    public var primaries: [Member] { members.filter(\.isPrimary) }
    /// The remotes, in file order.
    public var remotes: [Member] { members.filter { !$0.isPrimary } }

    /// The member named `name`.
    ///
    /// - Complexity: O(1).
    public func member(named name: String) -> Member? { memberIndex[name].map { members[$0] } }

    /// Position in `members` by cluster name.
    private var memberIndex: [String: Int] = [:]

    /// The install of `project`'s mesh; `nil` when the mesh model is `none` or no cluster
    /// has a mesh role.
    ///
    /// Clusters whose profile does not enable the mesh are left out (FP325), and so are remotes
    /// whose primary is missing or not a primary (FP302/FP303 report them).
    public init?(project: Project) {
        let topology = project.topology
        let mesh = topology.mesh
        guard mesh.model != .none else { return nil }
        let meshed: (Cluster) -> Bool = { project.profile(named: $0.profile)?.mesh.enabled == true }
        let primaryNames = Set(topology.clusters.filter { $0.meshRole == .primary && meshed($0) }.map(\.name))
        var members: [Member] = []
        var seen: Set<String> = []
        for (position, cluster) in topology.clusters.enumerated() {
            guard let role = cluster.meshRole, !seen.contains(cluster.name), meshed(cluster) else { continue }
            if role == .remote {
                guard let primary = cluster.primary, primaryNames.contains(primary), primary != cluster.name else { continue }
            }
            seen.insert(cluster.name)
            let servesRemotes = role == .primary && topology.clusters.contains {
                $0.meshRole == .remote && $0.primary == cluster.name && meshed($0)
            }
            let listed = mesh.eastWestGateways.contains(cluster.network)
            members.append(Member(
                cluster: cluster, position: position, role: role,
                provider: project.profile(named: cluster.profile)?.provider,
                primary: role == .remote ? cluster.primary : nil,
                servesRemotes: servesRemotes,
                eastWestGateway: listed || servesRemotes,
                exposesServices: role == .primary && listed,
                contextVariable: Self.variable("CTX", cluster.name)))
        }
        guard !members.isEmpty else { return nil }
        self.model = mesh.model
        self.meshID = mesh.meshID.isEmpty ? project.metadata.name : mesh.meshID
        self.trustDomain = mesh.trustDomain
        self.members = members
        self.memberIndex = Dictionary(members.enumerated().map { ($1.cluster.name, $0) }, uniquingKeysWith: { first, _ in first })

        let primaries = members.filter(\.isPrimary)
        var secrets: [RemoteSecret] = []
        for source in primaries {
            for target in primaries where target.cluster.name != source.cluster.name {
                secrets.append(RemoteSecret(source: source.cluster.name, target: target.cluster.name))
            }
        }
        for remote in members where !remote.isPrimary {
            secrets.append(RemoteSecret(source: remote.cluster.name, target: remote.primary!))
        }
        self.remoteSecrets = secrets

        var placeholders: [Placeholder] = []
        for member in members {
            if member.cluster.kubeContext?.isEmpty ?? true {
                placeholders.append(Placeholder(
                    kind: .kubeContext, cluster: member.cluster.name, position: member.position,
                    variable: member.contextVariable, reveal: "kubectl config get-contexts -o name"))
            }
            if member.servesRemotes, member.cluster.eastWestAddress?.isEmpty ?? true {
                placeholders.append(Placeholder(
                    kind: .eastWestAddress, cluster: member.cluster.name, position: member.position,
                    variable: Self.discoveryVariable(member.cluster.name),
                    reveal: Self.revealAddress(context: "$\(member.contextVariable)", provider: member.provider)))
            }
        }
        self.placeholders = placeholders
    }

    /// `PREFIX_NAME` for a cluster name (a DNS label: `-` becomes `_`, letters upper case).
    public static func variable(_ prefix: String, _ name: String) -> String {
        let suffix = String(name.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
        return "\(prefix)_\(suffix)"
    }

    /// The runbook's variable for a primary's east-west gateway address.
    public static func discoveryVariable(_ primary: String) -> String { variable("DISCOVERY_ADDRESS", primary) }

    /// The command that prints an east-west gateway's load-balancer address. AWS load
    /// balancers publish a DNS name, the others an IP (istio.io `primary-remote` guide).
    public static func revealAddress(context: String, provider: Provider?) -> String {
        let field = provider == .aws ? "hostname" : "ip"
        return "kubectl --context=\"\(context)\" -n istio-system get svc istio-eastwestgateway -o jsonpath='{.status.loadBalancer.ingress[0].\(field)}'"
    }

    /// The address remotes of `primary` use for istiod: the project's `eastWestAddress`, or
    /// the runbook variable that will carry it.
    public func discoveryAddress(of primary: String) -> (value: String, known: Bool) {
        if let address = member(named: primary)?.cluster.eastWestAddress, !address.isEmpty { return (address, true) }
        return ("${\(Self.discoveryVariable(primary))}", false)
    }
}
