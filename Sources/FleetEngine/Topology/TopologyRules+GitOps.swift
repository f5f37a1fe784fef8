import FleetModel

extension TopologyRules {
    /// `FP326`: GitOps delivery from the management cluster (`topology.gitops`).
    ///
    /// - warning: the repository is set but is not a URL Argo CD or Flux can clone
    ///   (`https://`, `ssh://` or `git@host:path`), or the revision is empty.
    /// - info (`placeholders(_:)`, reported by the matrix rules when the bundle is for
    ///   Kubernetes): the repository URL or the DNS zone is not set, so the bundle's
    ///   `management/` manifests carry a named placeholder (`https://git.example.com/REPLACE-ORG/…`,
    ///   `<region>.example.com`) that must be replaced before they are applied.
    static func gitops(_ index: TopologyIndex) -> [Finding] {
        let topology = index.topology
        guard topology.clusters.contains(where: { $0.role == .management }) else { return [] }
        let gitops = topology.gitops
        let path = index.path.key("gitops")
        var findings: [Finding] = []
        if !gitops.repository.isEmpty, !isCloneURL(gitops.repository) {
            findings.append(Finding(.warning, "FP326", at: path.key("repository"),
                                    "GitOps repository \"\(gitops.repository)\" is not a URL Argo CD or Flux can clone",
                                    hint: "write https://host/org/repo.git, ssh://git@host/org/repo.git or git@host:org/repo.git"))
        }
        if gitops.revision.trimmingCharacters(in: .whitespaces).isEmpty {
            findings.append(Finding(.warning, "FP326", at: path.key("revision"), "the GitOps revision is empty",
                                    hint: "name the branch to deliver (main), or a tag as refs/tags/<tag>"))
        }
        return findings
    }

    /// `FP326` info: the values the bundle's `management/` manifests leave as placeholders. Only
    /// meaningful when the bundle is for Kubernetes and the topology has a management cluster.
    public static func gitopsPlaceholders(_ project: Project) -> [Finding] {
        let topology = project.topology
        guard topology.clusters.contains(where: { $0.role == .management }) else { return [] }
        let path = FieldPath.spec.key("topology").key("gitops")
        var findings: [Finding] = []
        if topology.gitops.repository.isEmpty {
            findings.append(Finding(.info, "FP326", at: path.key("repository"),
                                    "no GitOps repository is set; the bundle's management/ manifests point at a placeholder URL",
                                    hint: "set topology.gitops.repository to the Git URL the bundle is committed to"))
        }
        if topology.gitops.dnsZone.isEmpty {
            findings.append(Finding(.info, "FP326", at: path.key("dnsZone"),
                                    "no DNS zone is set; ExternalDNS on each cluster is given <region>.example.com and publishes nothing until it is replaced",
                                    hint: "set topology.gitops.dnsZone to the parent zone the clusters publish under"))
        }
        return findings
    }

    /// True for the URL forms Git clones: `https://`, `http://`, `ssh://`, `git://`, and the
    /// scp-like `user@host:path`.
    public static func isCloneURL(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }) else { return false }
        for scheme in ["https://", "http://", "ssh://", "git://"] where text.hasPrefix(scheme) {
            return text.count > scheme.count
        }
        guard let at = text.firstIndex(of: "@"), let colon = text[at...].firstIndex(of: ":") else { return false }
        return at > text.startIndex && text.index(after: at) < colon && text.index(after: colon) < text.endIndex
    }
}
