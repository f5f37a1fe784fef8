import FleetEngine
import FleetModel

/// `management/env.sh` and `management/bootstrap.sh` for Argo CD and Flux.
extension ManagementFiles {

    static func doubleQuoted(_ text: String) -> String { MeshRunbook.doubleQuoted(text) }

    var env: String {
        var lines = [
            "# shellcheck shell=sh",
            "# Kube contexts of the clusters of \(project.metadata.name); management/bootstrap.sh reads this file.",
            "# Export a variable to override it; a missing one stops the script and says how to find it.",
            "",
        ]
        for target in targets {
            let variable = target.contextVariable
            if let context = target.cluster.kubeContext, !context.isEmpty {
                lines.append("\(variable)=\"${\(variable):-\(Self.doubleQuoted(context))}\"")
            } else if createdByClusterAPI(target) {
                // Cluster API creates it: its context exists only after the first run.
                lines.append("\(variable)=\"${\(variable):-}\"")
            } else {
                lines.append(": \"${\(variable):?set \(variable) to the kube context of cluster \(Self.doubleQuoted(target.cluster.name)) (kubectl config get-contexts -o name)}\"")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// True when Cluster API creates the target (a workload cluster with `clusterAPI` on).
    func createdByClusterAPI(_ target: Target) -> Bool {
        gitops.clusterAPI && !target.isManagement && target.cluster.role == .workload
    }

    /// The registration of every non-management cluster: `register` for a cluster whose context
    /// is set; for one Cluster API creates and whose context is not set yet, how to get it.
    func registrations(_ register: (Target) -> [String]) -> [String] {
        var lines: [String] = []
        for target in targets.dropFirst() {
            guard createdByClusterAPI(target) else {
                lines += register(target)
                continue
            }
            let namespace = clusterAPI?.namespace ?? ""
            lines.append("if [ -n \"$\(target.contextVariable)\" ]; then")
            lines += register(target).map { "    " + $0 }
            lines.append("else")
            lines.append("    echo \"\(Self.doubleQuoted(target.cluster.name)): Cluster API creates it; once it is up, merge the output of "
                + "'clusterctl get kubeconfig \(target.label) -n \(namespace)' into your kubeconfig, set \(target.contextVariable) and run this script again\"")
            lines.append("fi")
        }
        return lines
    }

    func header(_ title: String) -> [String] {
        [
            "#!/bin/sh",
            "# \(title)",
            "# Commit the bundle to \(Self.doubleQuoted(repository)) (revision \(Self.doubleQuoted(gitops.revision))) first: the controller reads it from there.",
            "set -eu",
            "cd \"$(dirname \"$0\")/..\"",
            ". management/env.sh",
            "management=\"$\(targets[0].contextVariable)\"",
        ]
    }

    var argoBootstrap: String {
        var lines = header("Installs Argo CD \(ManagementCharts.argoCDVersion) on the management cluster \(management.name), registers every other cluster and applies management/.")
        lines += [
            "",
            "kubectl --context=\"$management\" create namespace argocd --dry-run=client -o yaml | kubectl --context=\"$management\" apply -f -",
            "kubectl --context=\"$management\" -n argocd apply --server-side --force-conflicts -f \(ManagementCharts.argoCDInstall)",
            "kubectl --context=\"$management\" -n argocd rollout status deployment/argocd-repo-server --timeout=10m",
            "kubectl --context=\"$management\" -n argocd rollout status deployment/argocd-applicationset-controller --timeout=10m",
            "",
            "# argocd in core mode talks to the cluster directly, in the namespace of its kube context: work on",
            "# a copy of the kubeconfig so the user's own file is left as it is.",
            "kubeconfig=$(mktemp)",
            "trap 'rm -f \"$kubeconfig\"' EXIT",
            "kubectl config view --raw --flatten > \"$kubeconfig\"",
            "KUBECONFIG=\"$kubeconfig\" kubectl config set-context \"$management\" --namespace=argocd > /dev/null",
        ]
        lines += registrations { target in
            ["KUBECONFIG=\"$kubeconfig\" argocd cluster add \"$\(target.contextVariable)\" --name \"\(Self.doubleQuoted(target.destination))\" "
                + "--core --kube-context \"$management\" --upsert --yes"]
        }
        lines += [
            "",
            "kubectl --context=\"$management\" apply --server-side -k management/",
            "echo \"Argo CD delivers every cluster tree; watch with: kubectl --context=$management -n argocd get applications\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    var fluxBootstrap: String {
        var lines = header("Installs Flux \(ManagementCharts.fluxVersion) on the management cluster \(management.name), gives it every other cluster's kubeconfig and applies management/.")
        lines += [
            "",
            "flux install --context=\"$management\" --version=\(ManagementCharts.fluxVersion)",
            "",
            "# Each remote cluster's kubeconfig, flattened, as the Secret its Kustomization and HelmReleases",
            "# name (key: value). Credentials that run a plugin (aws, gke-gcloud-auth-plugin, kubelogin) do",
            "# not work inside the controllers: use a service-account token for these contexts.",
            "kubeconfig=$(mktemp)",
            "trap 'rm -f \"$kubeconfig\"' EXIT",
        ]
        lines += registrations { target in
            ["kubectl config view --raw --flatten --minify --context=\"$\(target.contextVariable)\" > \"$kubeconfig\"",
             "kubectl --context=\"$management\" -n flux-system create secret generic \(kubeconfigSecret(target)) "
                + "--from-file=value=\"$kubeconfig\" --dry-run=client -o yaml | kubectl --context=\"$management\" apply -f -"]
        }
        lines += [
            "",
            "kubectl --context=\"$management\" apply --server-side -k management/",
            "echo \"Flux delivers every cluster tree; watch with: flux --context=$management get kustomizations\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
