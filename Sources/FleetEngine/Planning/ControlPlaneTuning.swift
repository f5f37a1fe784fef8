import FleetModel

/// kube-apiserver and etcd flags for a profile's clusters, sized by the planned node count.
///
/// Flags are emitted as `--name` → value (strings, as on a command line), in a fixed order.
public enum ControlPlaneTuning {
    /// The issuer and audience of service-account tokens (the in-cluster API URL).
    static let issuer = "https://kubernetes.default.svc.cluster.local"

    /// kube-apiserver flags and their reasons.
    ///
    /// - Complexity: O(*g*) in the number of emitted gates.
    public static func apiServer(capacity: CapacityPlan, gates: FeatureGateSelection) -> TunedComponent {
        var map = TunedMapBuilder(component: "apiServer")
        let nodes = plannedNodes(capacity)
        let (reads, writes): (Int, Int)
        switch nodes {
        case ...1000: (reads, writes) = (400, 200)
        case ...3000: (reads, writes) = (1500, 500)
        default: (reads, writes) = (3000, 1000)
        }
        let inflightReason = nodes <= 1000
            ? "the upstream default; \(nodes) nodes do not need more. With APF the two flags form one budget of \(reads + writes)"
            : "\(nodes) nodes: raised so controllers and kubelets are not throttled; with APF the two flags form one budget of \(reads + writes) shared by priority levels"
        map.add("--max-requests-inflight", .string(String(reads)), inflightReason,
                source: nodes <= 1000 ? .apiServerInflight : .largeClusterFlags)
        map.add("--max-mutating-requests-inflight", .string(String(writes)), inflightReason,
                source: nodes <= 1000 ? .apiServerInflight : .largeClusterFlags)
        map.add("--enable-priority-and-fairness", "true",
                "API Priority and Fairness (GA since 1.29) shares the in-flight budget by priority level, so a noisy client cannot starve the others",
                source: .priorityAndFairness)
        map.add("--request-timeout", "1m0s", "the upstream default: non-long-running requests are cut at one minute",
                source: .apiServerFlags)
        map.add("--min-request-timeout", "1800",
                "the upstream default: watches time out between 30 and 60 minutes, spreading reconnects", source: .apiServerFlags)
        map.add("--audit-log-path", "/var/log/kubernetes/audit/audit.log", "audit events go to a file the node's log shipper collects",
                source: .apiServerFlags)
        map.add("--audit-log-maxage", "30", "delete rotated audit files older than 30 days; how much history the files hold depends on the request rate, so ship them to a log store for retention",
                source: .apiServerFlags)
        map.add("--audit-log-maxbackup", "10", "at most 10 rotated files", source: .apiServerFlags)
        map.add("--audit-log-maxsize", "100", "rotate at 100 MB: 10 × 100 MB bounds audit logs to about 1 GB of disk",
                source: .apiServerFlags)
        map.add("--audit-log-mode", .string(nodes > 1000 ? "batch" : "blocking"),
                nodes > 1000
                    ? "\(nodes) nodes: buffer audit events so disk writes do not hold up requests"
                    : "the upstream default: each event is written before the response",
                source: nodes > 1000 ? .largeClusterFlags : .apiServerFlags)
        map.add("--service-account-issuer", .string(issuer), "the in-cluster API URL issues bound service-account tokens",
                source: .serviceAccountIssuer)
        map.add("--service-account-key-file", "/etc/kubernetes/pki/sa.pub", "verifies service-account tokens",
                source: .serviceAccountIssuer)
        map.add("--service-account-signing-key-file", "/etc/kubernetes/pki/sa.key", "signs service-account tokens",
                source: .serviceAccountIssuer)
        map.add("--api-audiences", .string(issuer),
                "tokens must name the issuer as audience; stated explicitly so a later issuer change does not silently change it",
                source: .serviceAccountIssuer)
        if !gates.apiServer.isEmpty {
            let text = gates.apiServer.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
            map.add("--feature-gates", .string(text), "gates the profile asks for that this release accepts and does not lock",
                    source: .featureGates)
        }
        return map.tuned
    }

    /// etcd flags and their reasons.
    ///
    /// - Complexity: O(1).
    public static func etcd(capacity: CapacityPlan) -> TunedComponent {
        var map = TunedMapBuilder(component: "etcd")
        let nodes = plannedNodes(capacity)
        let quotaGiB = nodes <= 100 ? 2 : nodes <= 1000 ? 4 : 8
        map.add("--quota-backend-bytes", .string(String(Int64(quotaGiB) << 30)),
                quotaGiB == 2
                    ? "the 2 GiB default holds the objects of \(nodes) nodes"
                    : "\(nodes) nodes: \(quotaGiB) GiB of object history (8 GiB is the suggested maximum); the \(capacity.controlPlane.machineMemoryGiB) GiB control-plane machine covers it",
                source: .etcdQuota)
        map.add("--snapshot-count", "10000",
                "snapshot every 10,000 applied entries (the etcd 3.6 default and kubeadm's; 3.5 defaults to 100,000) to bound the memory held by the raft log",
                source: .etcdSnapshotCount)
        let placement = capacity.zones > 1
            ? "members sit in \(capacity.zones) zones of one region, whose round trips are a few milliseconds"
            : "members sit in one zone"
        map.add("--heartbeat-interval", "100",
                "the etcd default: \(placement); the tuning guide asks for a heartbeat of about 0.5–1.5 × the round trip between members, which 100 ms covers",
                source: .etcdTuning)
        map.add("--election-timeout", "1000",
                "the etcd default: the tuning guide asks for an election timeout of at least 10 × the round trip between members; 1000 ms is ten heartbeats and far above 10 × a cross-zone round trip",
                source: .etcdTuning)
        map.add("--auto-compaction-mode", "periodic",
                "kube-apiserver compacts every 5 minutes itself; periodic compaction is the backstop for other writers")
        map.add("--auto-compaction-retention", "1h", "keep one hour of revisions so watchers can resume after a restart")
        map.explain("members", "\(capacity.controlPlane.etcdMembers) members keep quorum with \(capacity.controlPlane.faultTolerance) down (see capacity.etcdMembers)",
                    source: .etcdMembers)
        return map.tuned
    }

    /// The node count the control plane is sized for: the zone-loss count when there is one.
    static func plannedNodes(_ capacity: CapacityPlan) -> Int {
        capacity.nodesToSurviveZoneLoss ?? capacity.nodesToSurviveNodeLoss ?? 0
    }
}
