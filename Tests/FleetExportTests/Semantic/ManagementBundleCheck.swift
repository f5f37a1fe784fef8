import FleetEngine
import FleetModel
import Foundation
import Yams
@testable import FleetExport

/// Cross-file checks of `management/`, read back from the bundle's bytes as Argo CD, Flux and
/// the bootstrap script would read them:
///
/// - every manifest passes the upstream CRD tables;
/// - every cluster of the design gets exactly one delivery of its `gitops/clusters/<name>` tree,
///   and that tree exists in the bundle with a `kustomization.yaml`;
/// - Argo CD: each destination is `in-cluster` (the management cluster) or a name the bootstrap
///   registers with `argocd cluster add --name`, and is allowed by the object's AppProject;
///   each source repository is allowed by the project; Helm sources are pinned;
/// - Flux: every `sourceRef` and `dependsOn` names an object of the bundle, every `kubeConfig`
///   Secret is created by the bootstrap, the management cluster's own objects have none;
/// - `kustomization.yaml` lists exactly the manifests of the directory.
struct ManagementBundleCheck {
    var files: [String: Data]
    var project: Project

    func text(_ path: String) -> String? { files[path].map { String(decoding: $0, as: UTF8.self) } }

    func documents(_ path: String) throws -> [Node] {
        guard let text = text(path) else { return [] }
        var nodes: [Node] = []
        let parser = try Parser(yaml: text)
        while let node = try parser.nextRoot() { nodes.append(node) }
        return nodes
    }

    func problems() throws -> [String] {
        var problems: [String] = []
        let all = files.keys.filter { $0.hasPrefix("management/") && $0.hasSuffix(".yaml") }.sorted()
        for path in all {
            problems += DocumentCheck.problems(inFile: path, text: text(path)!, version: project.kubernetesVersion).map { "\(path): \($0)" }
        }
        let manifests = all.filter { !$0.hasPrefix("management/cluster-api/") }
        problems += try clusterAPIProblems()
        let listed = try documents("management/kustomization.yaml").first?["resources"]?.sequence?.compactMap(\.string) ?? []
        let expected = manifests.filter { $0 != "management/kustomization.yaml" }.map { String($0.dropFirst("management/".count)) }
        if Set(listed) != Set(expected) { problems.append("management/kustomization.yaml lists \(listed), the directory holds \(expected)") }

        let bootstrap = text("management/bootstrap.sh") ?? ""
        let trees = Set(files.keys.filter { $0.hasPrefix("gitops/clusters/") && $0.hasSuffix("/kustomization.yaml") }
            .map { String($0.dropLast("/kustomization.yaml".count)) })
        let objects = try manifests.flatMap { try documents($0) }
        var delivered = trees
        if project.topology.gitops.clusterAPI { delivered.insert("management/cluster-api") }
        switch project.topology.gitops.tool {
        case .argoCD: problems += try argoProblems(objects, bootstrap: bootstrap, trees: delivered)
        case .flux: problems += fluxProblems(objects, bootstrap: bootstrap, trees: delivered)
        }
        return problems
    }

    /// `management/cluster-api/`: one file per workload cluster, listed by the directory's
    /// kustomization, every reference resolved inside the file (kind, name and API group), the
    /// machines the plan asks for, the plan's pod and service ranges, one namespace.
    func clusterAPIProblems() throws -> [String] {
        let paths = files.keys.filter { $0.hasPrefix("management/cluster-api/") }.sorted()
        guard project.topology.gitops.clusterAPI else {
            return paths.isEmpty ? [] : ["management/cluster-api/ is written although topology.gitops.clusterAPI is off"]
        }
        var problems: [String] = []
        let context = BundleContext(project: project, catalog: try Catalog.bundled())
        let workload = context.clusters.filter { $0.role == .workload }
        let listed = try documents("management/cluster-api/kustomization.yaml").first?["resources"]?.sequence?.compactMap(\.string) ?? []
        let expected = ["namespace.yaml"] + workload.map { "\(BundlePath.component($0.name)).yaml" }
        if Set(listed) != Set(expected) || Set(paths.map { String($0.dropFirst("management/cluster-api/".count)) }) != Set(expected + ["kustomization.yaml"]) {
            problems.append("management/cluster-api/ lists \(listed) and holds \(paths), expected \(expected)")
        }
        let namespace = try documents("management/cluster-api/namespace.yaml").first?["metadata"]?["name"]?.string
        for cluster in workload {
            let path = "management/cluster-api/\(BundlePath.component(cluster.name)).yaml"
            let objects = try documents(path)
            guard let plan = context.clusterPlan(for: cluster) else { continue }
            func group(_ node: Node) -> String { String((node["apiVersion"]?.string ?? "").split(separator: "/").first ?? "") }
            func find(_ reference: Node?) -> Node? {
                guard let reference, let kind = reference["kind"]?.string, let name = reference["name"]?.string else { return nil }
                return objects.first { $0["kind"]?.string == kind && $0["metadata"]?["name"]?.string == name
                    && group($0) == reference["apiGroup"]?.string }
            }
            for object in objects where object["metadata"]?["namespace"]?.string != namespace {
                problems.append("\(path): \(object["kind"]?.string ?? "?") is not in namespace \(namespace ?? "?")")
            }
            guard let root = objects.first(where: { $0["kind"]?.string == "Cluster" }) else {
                problems.append("\(path) has no Cluster")
                continue
            }
            let name = root["metadata"]?["name"]?.string
            for key in ["controlPlaneRef", "infrastructureRef"] where find(root["spec"]?[key]) == nil {
                problems.append("\(path): the Cluster's \(key) names no object of the file")
            }
            if root["spec"]?["clusterNetwork"]?["pods"]?["cidrBlocks"]?[0]?.string != plan.range(.pod)?.description {
                problems.append("\(path): the pod range is not the plan's \(plan.range(.pod)?.description ?? "-")")
            }
            if root["spec"]?["clusterNetwork"]?["services"]?["cidrBlocks"]?[0]?.string != plan.range(.service)?.description {
                problems.append("\(path): the service range is not the plan's")
            }
            var workers = 0
            for machines in objects where ["MachineDeployment", "MachinePool"].contains(machines["kind"]?.string ?? "") {
                let spec = machines["spec"]
                if spec?["clusterName"]?.string != name || spec?["template"]?["spec"]?["clusterName"]?.string != name {
                    problems.append("\(path): \(machines["metadata"]?["name"]?.string ?? "?") belongs to another cluster")
                }
                if find(spec?["template"]?["spec"]?["infrastructureRef"]) == nil { problems.append("\(path): a machine template is missing") }
                if let bootstrap = spec?["template"]?["spec"]?["bootstrap"]?["configRef"], find(bootstrap) == nil {
                    problems.append("\(path): a bootstrap template is missing")
                }
                if let selector = spec?["selector"]?["matchLabels"]?.mapping,
                   let labels = spec?["template"]?["metadata"]?["labels"]?.mapping, !selector.allSatisfy({ labels[$0.key] == $0.value }) {
                    problems.append("\(path): a MachineDeployment's selector does not select its template")
                }
                workers += spec?["replicas"]?.int ?? 0
            }
            if workers != max(plan.plannedNodes, 1) { problems.append("\(path): \(workers) workers, the plan builds \(plan.plannedNodes)") }
            if let controlPlane = objects.first(where: { $0["kind"]?.string == "KubeadmControlPlane" }) {
                if find(controlPlane["spec"]?["machineTemplate"]?["spec"]?["infrastructureRef"]) == nil {
                    problems.append("\(path): the control plane's machine template is missing")
                }
                if controlPlane["spec"]?["replicas"]?.int != plan.capacity.controlPlane.etcdMembers {
                    problems.append("\(path): the control plane does not have one machine per etcd member")
                }
                let files = controlPlane["spec"]?["kubeadmConfigSpec"]?["files"]?.sequence?.compactMap { $0["path"]?.string } ?? []
                if !files.contains(KubeadmConfiguration.schedulerConfigPath) {
                    problems.append("\(path): the scheduler's --config file is not written on the control-plane machines")
                }
            }
        }
        return problems
    }

    /// The Argo CD Applications the manifests produce: plain ones, and one per list element of an
    /// ApplicationSet with its Go template filled in.
    static func applications(_ documents: [Node]) throws -> [Node] {
        var applications: [Node] = []
        for document in documents {
            switch document["kind"]?.string {
            case "Application": applications.append(document)
            case "ApplicationSet":
                let template = try Yams.serialize(node: document["spec"]!["template"]!)
                for element in document["spec"]?["generators"]?[0]?["list"]?["elements"]?.sequence ?? [] {
                    var text = template
                    for (key, value) in element.mapping ?? [:] {
                        text = text.replacingOccurrences(of: "{{.\(key.string!)}}", with: value.string ?? "")
                    }
                    if text.contains("{{") { throw CheckError("an ApplicationSet template refers to a key its element lacks: \(text)") }
                    applications.append(try Yams.compose(yaml: text)!)
                }
            default: break
            }
        }
        return applications
    }

    struct CheckError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    func argoProblems(_ documents: [Node], bootstrap: String, trees: Set<String>) throws -> [String] {
        var problems: [String] = []
        let projects = Dictionary(documents.filter { $0["kind"]?.string == "AppProject" }.map { ($0["metadata"]!["name"]!.string!, $0) },
                                  uniquingKeysWith: { first, _ in first })
        let registered = Set(bootstrap.split(separator: "\n").filter { $0.contains("argocd cluster add") }.compactMap { line -> String? in
            guard let range = line.range(of: "--name \"") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "\"" })
        })
        var delivered: [String: Int] = [:]
        for application in try Self.applications(documents) {
            let name = application["metadata"]?["name"]?.string ?? "?"
            guard let spec = application["spec"], let destination = spec["destination"]?["name"]?.string,
                  let source = spec["source"], let repoURL = source["repoURL"]?.string else {
                problems.append("Application \(name) has no destination name or source")
                continue
            }
            if destination != "in-cluster", !registered.contains(destination) {
                problems.append("Application \(name) targets \(destination), which bootstrap.sh never registers")
            }
            guard let projectName = spec["project"]?.string, let appProject = projects[projectName]?["spec"] else {
                problems.append("Application \(name) names a project the bundle does not define")
                continue
            }
            let repos = appProject["sourceRepos"]?.sequence?.compactMap(\.string) ?? []
            if !repos.contains(repoURL) && !repos.contains("*") { problems.append("Application \(name): project \(projectName) does not allow \(repoURL)") }
            let namespace = spec["destination"]?["namespace"]?.string
            let allowed = appProject["destinations"]?.sequence?.contains { entry in
                entry["name"]?.string == destination && (entry["namespace"]?.string == "*" || entry["namespace"]?.string == namespace)
            } ?? false
            if !allowed { problems.append("Application \(name): project \(projectName) does not allow \(destination)/\(namespace ?? "-")") }
            if let path = source["path"]?.string {
                if !trees.contains(path) { problems.append("Application \(name) delivers \(path), which is not a tree of the bundle") }
                delivered[path, default: 0] += 1
            } else if source["chart"]?.string == nil || (source["targetRevision"]?.string ?? "").isEmpty {
                problems.append("Application \(name): a Helm source without a pinned chart version")
            }
            if repoURL != project.topology.gitops.repository && source["path"] != nil && !project.topology.gitops.repository.isEmpty {
                problems.append("Application \(name) reads \(repoURL), not the project's repository")
            }
        }
        for tree in trees where delivered[tree] != 1 {
            problems.append("\(tree) is delivered \(delivered[tree] ?? 0) times")
        }
        return problems
    }

    func fluxProblems(_ documents: [Node], bootstrap: String, trees: Set<String>) -> [String] {
        var problems: [String] = []
        func names(_ kind: String) -> Set<String> {
            Set(documents.filter { $0["kind"]?.string == kind }.compactMap { $0["metadata"]?["name"]?.string })
        }
        let secrets = Set(bootstrap.split(separator: "\n").filter { $0.contains("create secret generic") }.compactMap { line in
            line.split(separator: " ").drop { $0 != "generic" }.dropFirst().first.map(String.init)
        })
        var delivered: [String: Int] = [:]
        let managementName = project.topology.clusters.first { $0.role == .management }.map { BundlePath.component($0.name) }
        for document in documents {
            let kind = document["kind"]?.string ?? "?"
            let name = document["metadata"]?["name"]?.string ?? "?"
            let spec = document["spec"]
            if let reference = spec?["sourceRef"] ?? spec?["chart"]?["spec"]?["sourceRef"],
               let target = reference["name"]?.string, let targetKind = reference["kind"]?.string, !names(targetKind).contains(target) {
                problems.append("\(kind) \(name) reads \(targetKind) \(target), which the bundle does not define")
            }
            for dependency in spec?["dependsOn"]?.sequence ?? [] where !names(kind).contains(dependency["name"]?.string ?? "") {
                problems.append("\(kind) \(name) depends on a missing \(kind)")
            }
            if let secret = spec?["kubeConfig"]?["secretRef"]?["name"]?.string, !secrets.contains(secret) {
                problems.append("\(kind) \(name) reads kubeconfig Secret \(secret), which bootstrap.sh never creates")
            }
            if let managementName, name.hasPrefix(managementName + "-"), spec?["kubeConfig"] != nil {
                problems.append("\(kind) \(name) runs on the management cluster but names a kubeconfig")
            }
            if kind == "Kustomization", let path = spec?["path"]?.string {
                let tree = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
                if !trees.contains(tree) { problems.append("Kustomization \(name) applies \(path), which is not a tree of the bundle") }
                delivered[tree, default: 0] += 1
            }
            if kind == "HelmRelease", (spec?["chart"]?["spec"]?["version"]?.string ?? "").isEmpty {
                problems.append("HelmRelease \(name) has no pinned chart version")
            }
        }
        for tree in trees where delivered[tree] != 1 {
            problems.append("\(tree) is delivered \(delivered[tree] ?? 0) times")
        }
        return problems
    }
}
