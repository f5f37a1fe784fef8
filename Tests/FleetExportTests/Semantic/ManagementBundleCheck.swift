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
        let manifests = files.keys.filter { $0.hasPrefix("management/") && $0.hasSuffix(".yaml") }.sorted()
        for path in manifests {
            problems += DocumentCheck.problems(inFile: path, text: text(path)!, version: project.kubernetesVersion).map { "\(path): \($0)" }
        }
        let listed = try documents("management/kustomization.yaml").first?["resources"]?.sequence?.compactMap(\.string) ?? []
        let expected = manifests.filter { $0 != "management/kustomization.yaml" }.map { String($0.dropFirst("management/".count)) }
        if Set(listed) != Set(expected) { problems.append("management/kustomization.yaml lists \(listed), the directory holds \(expected)") }

        let bootstrap = text("management/bootstrap.sh") ?? ""
        let trees = Set(files.keys.filter { $0.hasPrefix("gitops/clusters/") && $0.hasSuffix("/kustomization.yaml") }
            .map { String($0.dropLast("/kustomization.yaml".count)) })
        let all = try manifests.flatMap { try documents($0) }
        switch project.topology.gitops.tool {
        case .argoCD: problems += try argoProblems(all, bootstrap: bootstrap, trees: trees)
        case .flux: problems += fluxProblems(all, bootstrap: bootstrap, trees: trees)
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
