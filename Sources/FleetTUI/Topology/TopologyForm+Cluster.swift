import FleetEngine
import FleetModel

extension TopologyForm {
    /// The cluster form for `cluster` (a new one when `purpose` is `.addCluster`), its
    /// choices taken from the project: regions required or in use, environments required
    /// or in use, the profiles, the networks in use, the mesh's primaries.
    static func cluster(_ cluster: Cluster, purpose: Purpose, in project: Project, focus: ClusterFormField = .name) -> TopologyForm {
        let clusters = project.topology.clusters
        let regions = unique(project.requirements.regions + clusters.map(\.region))
        let environments = unique(project.requirements.environments + clusters.map(\.environment) + ["shared"])
        let profiles = unique(project.profiles.map(\.name) + [cluster.profile]).filter { !$0.isEmpty }
        let networks = unique(clusters.map(\.network) + regions.map { DNSLabel.sanitized("net-\($0)") })
        let primaries = ["none"] + clusters.filter { $0.meshRole == .primary && $0.name != cluster.name }.map(\.name)
        let zones = ["default"] + (1...6).map(String.init)
        let fleet = FleetPlan(project)
        let position: Int? = if case .editCluster(let index) = purpose { index } else { nil }
        let ranges = position.flatMap { index in fleet.allocation.clusters.first { $0.index == index } }
        let profilePods = project.profile(named: cluster.profile)?.workload.pods
        let podsDefault = Self.profilePods(profilePods)
        let entries = ClusterFormField.allCases.map { field -> Entry in
            switch field {
            case .name: Entry(key: field.rawValue, label: field.label, kind: .text, value: cluster.name)
            case .description: Entry(key: field.rawValue, label: field.label, kind: .text, value: cluster.description)
            case .region: Entry(key: field.rawValue, label: field.label, kind: .combo(regions), value: cluster.region)
            case .role: Entry(key: field.rawValue, label: field.label, kind: .choice(ClusterRole.allCases.map(\.rawValue)),
                              value: cluster.role.rawValue)
            case .environment: Entry(key: field.rawValue, label: field.label, kind: .combo(environments), value: cluster.environment)
            case .profile: Entry(key: field.rawValue, label: field.label, kind: profiles.isEmpty ? .combo([]) : .choice(profiles),
                                 value: cluster.profile)
            case .network: Entry(key: field.rawValue, label: field.label, kind: .combo(networks), value: cluster.network)
            case .zones: Entry(key: field.rawValue, label: field.label, kind: .combo(zones),
                               value: cluster.zones.map(String.init) ?? "default")
            case .meshRole: Entry(key: field.rawValue, label: field.label, kind: .choice(["none"] + MeshRole.allCases.map(\.rawValue)),
                                  value: cluster.meshRole?.rawValue ?? "none")
            case .primary: Entry(key: field.rawValue, label: field.label, kind: .choice(unique(primaries + [cluster.primary ?? "none"])),
                                 value: cluster.primary ?? "none")
            case .pods: Entry(key: field.rawValue, label: field.label, kind: .combo([podsDefault]),
                              value: cluster.workload?.pods.map(String.init) ?? podsDefault)
            case .percent: Entry(key: field.rawValue, label: field.label, kind: .combo(["100", "50", "25", "10"]),
                                 value: String(cluster.workload?.percent ?? 100))
            case .nodeCIDR, .podCIDR, .serviceCIDR:
                Self.rangeEntry(field, cluster: cluster, allocated: ranges?[field.addressKind!]?.range)
            }
        }

        var form = TopologyForm(purpose: purpose, entries: entries, focused: ClusterFormField.allCases.firstIndex(of: focus) ?? 0)
        form.regionNetworks = regionNetworks(in: project)
        return form
    }

    /// The pods field's value when the cluster runs its profile's pods.
    static func profilePods(_ pods: Int?) -> String {
        pods.map { "profile (\($0))" } ?? "profile"
    }

    /// A range field: `auto` (allocated from the pool, the current block shown) or a pinned block.
    static func rangeEntry(_ field: ClusterFormField, cluster: Cluster, allocated: IPv4Range?) -> Entry {
        let kind = field.addressKind!
        let auto = allocated.map { "auto (\($0))" } ?? "auto"
        var options = [auto]
        if let allocated { options.append(allocated.description) }
        let pinned = cluster.pinned(kind)
        if let pinned, !options.contains(pinned) { options.append(pinned) }
        return Entry(key: field.rawValue, label: field.label, kind: .combo(options), value: pinned ?? auto)
    }

    /// A new cluster for the add form: placed in `region`, with the first environment,
    /// profile and the region's conventional network, named so it is free.
    static func newCluster(in region: String, project: Project) -> Cluster {
        let environment = project.requirements.environments.first ?? "dev"
        let taken = Set(project.topology.clusters.map(\.name))
        let base = DNSLabel.sanitized("\(environment)-\(region)")
        var name = base
        var counter = 2
        while taken.contains(name) {
            name = "\(base.prefix(DNSLabel.maxLength - 4))-\(counter)"
            counter += 1
        }
        return Cluster(name: name, environment: environment, region: region,
                       profile: project.profiles.first?.name ?? "", network: regionNetworks(in: project)[region] ?? DNSLabel.sanitized("net-\(region)"))
    }

    /// Per region, the network most of its clusters use (the first in file order on a tie): a
    /// new cluster there joins it rather than silently starting a network with no gateway.
    static func regionNetworks(in project: Project) -> [String: String] {
        var counts: [String: [(network: String, count: Int)]] = [:]
        for cluster in project.topology.clusters {
            var list = counts[cluster.region, default: []]
            if let index = list.firstIndex(where: { $0.network == cluster.network }) { list[index].count += 1 } else { list.append((cluster.network, 1)) }
            counts[cluster.region] = list
        }
        return counts.compactMapValues { list in
            list.enumerated().max { ($0.element.count, -$0.offset) < ($1.element.count, -$1.offset) }?.element.network
        }
    }

    /// The cluster the form describes, checked against the rest of the topology, or the
    /// reason it cannot be applied. `original` is the position being edited, if any.
    func builtCluster(in project: Project, replacing original: Int?) -> Result<Cluster, TopologyFormProblem> {
        let name = value(ClusterFormField.name.rawValue)
        if let problem = DNSLabel.problem(with: name) { return .failure(TopologyFormProblem("name \"\(name)\" \(problem)")) }
        let others = project.topology.clusters.enumerated().filter { $0.offset != original }
        if others.contains(where: { $0.element.name == name }) {
            return .failure(TopologyFormProblem("a cluster named \"\(name)\" already exists"))
        }
        let region = value(ClusterFormField.region.rawValue)
        guard !region.isEmpty else { return .failure(TopologyFormProblem("choose or type a region")) }
        let environment = value(ClusterFormField.environment.rawValue)
        guard !environment.isEmpty else { return .failure(TopologyFormProblem("choose or type an environment")) }
        let profile = value(ClusterFormField.profile.rawValue)
        guard !profile.isEmpty else { return .failure(TopologyFormProblem("choose a profile (add one in the Profiles pane first)")) }
        let network = value(ClusterFormField.network.rawValue)
        let zonesText = value(ClusterFormField.zones.rawValue)
        var zones: Int?
        if !zonesText.isEmpty, zonesText != "default" {
            guard let number = Int(zonesText), (1...6).contains(number) else {
                return .failure(TopologyFormProblem("zones must be 1…6 or default"))
            }
            zones = number
        }
        let meshRole = MeshRole(rawValue: value(ClusterFormField.meshRole.rawValue))
        let primary = value(ClusterFormField.primary.rawValue)
        let workload: ClusterWorkload
        switch builtWorkload() {
        case .failure(let problem): return .failure(problem)
        case .success(let value): workload = value
        }
        var cluster = Cluster(
            name: name, description: value(ClusterFormField.description.rawValue),
            role: ClusterRole(rawValue: value(ClusterFormField.role.rawValue)) ?? .workload,
            environment: environment, region: region, zones: zones, profile: profile,
            network: network.isEmpty ? DNSLabel.sanitized("net-\(region)") : network,
            meshRole: meshRole, primary: meshRole == .remote && primary != "none" && !primary.isEmpty ? primary : nil,
            workload: workload.isEmpty ? nil : workload)
        for field in [ClusterFormField.nodeCIDR, .podCIDR, .serviceCIDR] {
            let text = value(field.rawValue)
            if text.isEmpty || text.hasPrefix("auto") { continue }
            switch IPv4Range.parse(text) {
            case .success(let range): cluster.pin(field.addressKind!, range.description)
            case .failure(let failure):
                let reason = switch failure.problem {
                case .syntax, .prefix: "is not an IPv4 block such as 10.128.0.0/16"
                case .hostBits(let block): "has host bits set (the block is \(block))"
                }
                return .failure(TopologyFormProblem("\(field.label.lowercased()) \(reason); auto allocates one"))
            }
        }
        return .success(cluster)
    }

    /// The pods and percent fields as the cluster's own workload (empty: the profile's).
    func builtWorkload() -> Result<ClusterWorkload, TopologyFormProblem> {
        var workload = ClusterWorkload()
        let podsText = value(ClusterFormField.pods.rawValue)
        if !podsText.isEmpty, !podsText.hasPrefix("profile") {
            guard let pods = Int(podsText), (0...10_000_000).contains(pods) else {
                return .failure(TopologyFormProblem("pods must be a whole number 0…10000000, or profile"))
            }
            workload.pods = pods
        }
        let percentText = value(ClusterFormField.percent.rawValue)
        if !percentText.isEmpty, percentText != "100" {
            guard let percent = Int(percentText.hasSuffix("%") ? String(percentText.dropLast()) : percentText),
                  (1...1000).contains(percent) else {
                return .failure(TopologyFormProblem("workload % must be a whole number 1…1000"))
            }
            workload.percent = percent
        }
        return .success(workload)
    }

    /// The mesh form: model, mesh ID and trust domain.
    static func mesh(_ mesh: MeshSettings) -> TopologyForm {
        TopologyForm(purpose: .mesh, entries: [
            Entry(key: "model", label: "Mesh model", kind: .choice(MeshModel.allCases.map(\.rawValue)), value: mesh.model.rawValue),
            Entry(key: "meshID", label: "Mesh ID", kind: .text, value: mesh.meshID),
            Entry(key: "trustDomain", label: "Trust domain", kind: .text, value: mesh.trustDomain),
        ])
    }

    /// The mesh settings the form describes, the rest of `mesh` kept.
    func builtMesh(from mesh: MeshSettings) -> Result<MeshSettings, TopologyFormProblem> {
        var result = mesh
        result.model = MeshModel(rawValue: value("model")) ?? mesh.model
        result.meshID = value("meshID")
        result.trustDomain = value("trustDomain")
        guard !result.trustDomain.isEmpty else { return .failure(TopologyFormProblem("the trust domain cannot be empty")) }
        return .success(result)
    }

    /// `values` without repeats or empty strings, in order of first appearance.
    static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

/// Why a form cannot be applied, in words for the form's message line.
struct TopologyFormProblem: Error, Equatable {
    let text: String
    init(_ text: String) { self.text = text }
}
