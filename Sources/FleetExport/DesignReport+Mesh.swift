import FleetEngine
import FleetModel

extension DesignReport {
    /// `## Mesh bootstrap`: the runbook's steps in order, every placeholder with the command
    /// that reveals it, and the remote secrets the mesh needs. `nil` without a multi-cluster mesh.
    func meshBootstrap() -> String? {
        guard let install = context.meshInstall else { return nil }
        let runbook = MeshRunbook(install: install, project: project, paths: Set(paths))
        let networks = Set(install.members.map(\.cluster.network)).count
        let guide = install.model == .multiPrimary
            ? (install.multiNetwork ? "multi-primary_multi-network" : "multi-primary")
            : (install.multiNetwork ? "primary-remote_multi-network" : "primary-remote")
        var lines = [
            "## Mesh bootstrap", "",
            "A \(install.model.rawValue) mesh `\(install.meshID)` over \(networks) network\(networks == 1 ? "" : "s"): "
                + "\(install.primaries.count) primar\(install.primaries.count == 1 ? "y" : "ies")"
                + (install.remotes.isEmpty ? "" : " and \(install.remotes.count) remote\(install.remotes.count == 1 ? "" : "s")")
                + ", trust domain `\(install.trustDomain)`, one root CA. "
                + "Installed as the Istio guide `\(guide)` does (istio.io, docs/setup/install/multicluster/\(guide)).",
            "",
            "Run `sh mesh/bootstrap.sh` (or each step alone, in this order) with `kubectl`, `istioctl` and `openssl` on the path:",
            "",
        ]
        for (number, step) in runbook.steps.enumerated() {
            lines.append("\(number + 1). `\(step.path)`: \(step.title).")
        }
        lines += [
            "",
            "The mesh clusters: "
                + install.members.map { "`\($0.cluster.name)` (\($0.role.rawValue)\($0.primary.map { " of `\($0)`" } ?? ""), network `\($0.cluster.network)`)" }
                .joined(separator: ", ") + ".",
            "Remote secrets: \(install.remoteSecrets.count) ("
                + install.remoteSecrets.map { "`\($0.source)` → `\($0.target)`" }.joined(separator: ", ") + ").",
            "",
        ]
        if install.placeholders.isEmpty {
            lines += ["Every value the runbook needs is in the project.", ""]
        } else {
            lines += ["### Placeholders", "",
                      "Values the design cannot know until the clusters exist. Each is also an `FP320` finding; set the project field "
                        + "once you know it, or export the variable before running the runbook.", ""]
            var table = MarkdownTable(["Variable", "What", "Project field", "Reveal it with"])
            for placeholder in install.placeholders {
                table.add(["`\(placeholder.variable)`", placeholder.summary,
                           "`clusters[\(placeholder.position)].\(placeholder.field)`", "`\(placeholder.reveal)`"])
            }
            lines += [table.render()]
        }
        lines += [
            "Traffic: `mesh/traffic/canary.sh SERVICE NAMESPACE PERCENT` and `mesh/traffic/blue-green.sh SERVICE NAMESPACE blue|green` "
                + "print a service's DestinationRule and VirtualService for the roadmap's canary steps and a blue-green switch; pipe them to "
                + "`kubectl --context=<primary> apply -f -`.",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
