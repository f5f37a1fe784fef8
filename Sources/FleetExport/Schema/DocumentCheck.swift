import FleetEngine
import FleetModel
import Yams

/// Checks emitted YAML documents against the upstream field tables, key by key.
///
/// The text is parsed back with Yams (as `kubectl`, `kubeadm` and `istioctl` would read it),
/// each document's `apiVersion` and `kind` select its table, and every key path, enum value,
/// quantity and duration must be accepted. Flags passed through kubeadm `extraArgs` are
/// checked against the flag tables of their component, and feature gates (kubelet
/// `featureGates`, kube-apiserver `--feature-gates`) against the planner's gate table.
///
/// ```swift
/// DocumentCheck.problems(inYAML: text, version: KubernetesVersion(minor: 34))   // [] when valid
/// ```
public enum DocumentCheck {
    /// Every problem of every document in `text` (documents separated by `---`).
    ///
    /// - Complexity: O(*n* × *f*) for *n* key paths and *f* fields of the largest table.
    public static func problems(inYAML text: String, version: KubernetesVersion) -> [String] {
        var documents: [Node] = []
        do {
            let parser = try Parser(yaml: text)
            while let node = try parser.nextRoot() { documents.append(node) }
        } catch {
            return ["does not parse as YAML: \(error)"]
        }
        if documents.isEmpty { return ["holds no YAML document"] }
        return documents.enumerated().flatMap { index, node in
            problems(in: node, version: version).map { documents.count > 1 ? "document \(index + 1): \($0)" : $0 }
        }
    }

    /// The problems of one parsed document.
    public static func problems(in document: Node, version: KubernetesVersion) -> [String] {
        guard let apiVersion = document["apiVersion"]?.string, let kind = document["kind"]?.string else {
            return ["a document without apiVersion and kind"]
        }
        let entries = keyPaths(document)
        if let extra = KubernetesComponentTables.check(apiVersion: apiVersion, kind: kind, entries: entries, version: version) {
            return extra
        }
        guard let schema = UpstreamSchemas.schema(apiVersion: apiVersion, kind: kind) else {
            return ["\(apiVersion) \(kind): not a type Fleetplan has a field table for"]
        }
        var problems = entries.flatMap { schema.problems(at: $0.path, value: $0.value) } + schema.missingMembers(in: document)
        if kind == "ClusterConfiguration" { problems += clusterConfigurationProblems(document, version: version) }
        if apiVersion == UpstreamSchemas.nodeadmNodeConfig.apiVersion, let config = document["spec"]?["kubelet"]?["config"] {
            var kubelet = keyPaths(config)
            kubelet.insert(("apiVersion", "kubelet.config.k8s.io/v1beta1"), at: 0)
            problems += KubernetesComponentTables.check(apiVersion: "kubelet.config.k8s.io/v1beta1", kind: "KubeletConfiguration",
                                                        entries: kubelet, version: version)?.map { "spec.kubelet.config: \($0)" } ?? []
        }
        if apiVersion == UpstreamSchemas.eksctlClusterConfig.apiVersion {
            for (index, group) in (document["managedNodeGroups"]?.sequence ?? []).enumerated() {
                guard let text = group["overrideBootstrapCommand"]?.string else { continue }
                problems += self.problems(inYAML: text, version: version).map { "managedNodeGroups[\(index)].overrideBootstrapCommand: \($0)" }
            }
        }
        return problems
    }

    /// The problems of a bundle file by its path: the provider files without `apiVersion`
    /// and `kind` (`gke/node-system-config.yaml`, `aks/*.json`) against their tables, every
    /// other YAML file through `problems(inYAML:version:)`; scripts and other files give none.
    public static func problems(inFile path: String, text: String, version: KubernetesVersion) -> [String] {
        if path.hasSuffix("/gke/node-system-config.yaml") { return problems(inYAML: text, schema: UpstreamSchemas.gkeNodeSystemConfig) }
        if path.hasSuffix("/aks/kubelet-config.json") { return problems(inYAML: text, schema: UpstreamSchemas.aksKubeletConfig) }
        if path.hasSuffix("/aks/linux-os-config.json") { return problems(inYAML: text, schema: UpstreamSchemas.aksLinuxOSConfig) }
        return path.hasSuffix(".yaml") ? problems(inYAML: text, version: version) : []
    }

    /// The problems of a document without `apiVersion` and `kind` (GKE's node system
    /// configuration, AKS's JSON files), checked against `schema`. JSON is read as YAML.
    public static func problems(inYAML text: String, schema: DocumentSchema) -> [String] {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { return ["does not parse: \(error)"] }
        guard let node, node.mapping != nil else { return ["holds no document"] }
        return keyPaths(node).flatMap { schema.problems(at: $0.path, value: $0.value) } + schema.missingMembers(in: node)
    }

    /// Every key path of `node` with its scalar value (`nil` for maps and lists), in document order.
    public static func keyPaths(_ node: Node, prefix: String = "") -> [(path: String, value: String?)] {
        switch node {
        case .scalar:
            return []
        case .sequence(let sequence):
            return sequence.flatMap { keyPaths($0, prefix: prefix + "[]") }
        case .mapping(let mapping):
            return mapping.flatMap { key, value -> [(path: String, value: String?)] in
                let name = key.string ?? ""
                let path = prefix.isEmpty ? name : "\(prefix).\(name)"
                return [(path, value.scalar?.string)] + keyPaths(value, prefix: path)
            }
        case .alias:
            return [(prefix, nil)]
        }
    }

    /// kubeadm specifics: the version string and the flags of every `extraArgs` list.
    static func clusterConfigurationProblems(_ document: Node, version: KubernetesVersion) -> [String] {
        var problems: [String] = []
        if let text = document["kubernetesVersion"]?.string {
            if KubernetesVersion(text) != version || !text.hasPrefix("v") || text.split(separator: ".").count != 3 {
                problems.append("kubernetesVersion: \"\(text)\" is not v\(version).<patch>")
            }
        }
        let lists: [(path: String, node: Node?, flags: Set<String>)] = [
            ("apiServer.extraArgs", document["apiServer"]?["extraArgs"], KubernetesComponentTables.apiServerFlags(version).union(UpstreamSchemas.apiServerExportFlags)),
            ("etcd.local.extraArgs", document["etcd"]?["local"]?["extraArgs"], KubernetesComponentTables.etcdFlags(version)),
            ("scheduler.extraArgs", document["scheduler"]?["extraArgs"], UpstreamSchemas.schedulerFlags),
            ("controllerManager.extraArgs", document["controllerManager"]?["extraArgs"], UpstreamSchemas.controllerManagerFlags),
        ]
        for list in lists {
            for argument in list.node?.sequence ?? [] {
                guard let name = argument["name"]?.string, argument["value"]?.string != nil else {
                    problems.append("\(list.path): every argument needs a name and a string value")
                    continue
                }
                if name.hasPrefix("-") { problems.append("\(list.path): \"\(name)\" must be written without leading dashes") }
                if !list.flags.contains(name) { problems.append("\(list.path): \"\(name)\" is not a flag Fleetplan's tables list for \(version)") }
                if list.path == "apiServer.extraArgs", name == "feature-gates", let value = argument["value"]?.string {
                    let gates = KubernetesComponentTables.parseGates(value)
                    if gates.contains(where: { $0 == nil }) { problems.append("\(list.path): feature-gates \"\(value)\" is not Name=bool,…") }
                    problems += KubernetesComponentTables.gateProblems(gates.compactMap { $0 }, component: .apiServer, version: version)
                        .map { "\(list.path): \($0)" }
                }
            }
        }
        return problems
    }
}
