import FleetEngine
import FleetModel

extension AppState {
    /// Keys inside the cluster or mesh form: move between fields, step, type, apply.
    mutating func reduceTopologyForm(_ msg: TopologyMsg) {
        guard case .form(var form) = topology.dialog else { return }
        switch msg {
        case .moveField(let delta): form.moveFocus(delta)
        case .stepChoice(let delta): form.step(delta)
        case .typeKey(let key): form.type(key)
        case .submitForm:
            switch applyForm(form) {
            case .success(let done):
                topology.dialog = nil
                message = StatusMessage(done)
                return
            case .failure(let problem):
                form.problem = problem.text
            }
        default: break
        }
        topology.dialog = .form(form)
    }

    /// Applies a form to the project; returns what was done, or why it was refused.
    private mutating func applyForm(_ form: TopologyForm) -> Result<String, TopologyFormProblem> {
        var edited = project
        switch form.purpose {
        case .mesh:
            switch form.builtMesh(from: project.topology.mesh) {
            case .failure(let problem): return .failure(problem)
            case .success(let mesh): edited.topology.mesh = mesh
            }
            apply(edited, label: "mesh settings")
            return .success("mesh: \(edited.topology.mesh.model.rawValue)")
        case .addCluster:
            switch form.builtCluster(in: project, replacing: nil) {
            case .failure(let problem): return .failure(problem)
            case .success(let cluster):
                edited.topology.clusters.append(cluster)
                let pinned = apply(edited, label: "add cluster \(cluster.name)")
                selectCluster(at: edited.topology.clusters.count - 1)
                return .success("added \(cluster.name) in \(cluster.region)" + findingNote(at: edited.topology.clusters.count - 1)
                    + Self.pinnedNote(pinned))
            }
        case .editCluster(let position):
            guard project.topology.clusters.indices.contains(position) else { return .failure(TopologyFormProblem("the cluster is gone")) }
            switch form.builtCluster(in: project, replacing: position) {
            case .failure(let problem): return .failure(problem)
            case .success(let cluster):
                let oldName = project.topology.clusters[position].name
                edited.topology.clusters[position] = cluster
                var followers = 0
                if oldName != cluster.name {
                    for index in edited.topology.clusters.indices where edited.topology.clusters[index].primary == oldName {
                        edited.topology.clusters[index].primary = cluster.name
                        followers += 1
                    }
                }
                let pinned = apply(edited, label: oldName == cluster.name ? "edit cluster \(oldName)" : "rename \(oldName) to \(cluster.name)")
                selectCluster(at: position)
                let renamed = oldName == cluster.name ? "updated \(cluster.name)"
                    : "renamed \(oldName) to \(cluster.name)" + (followers > 0 ? " (\(followers) remote(s) follow the new name)" : "")
                return .success(renamed + findingNote(at: position) + Self.pinnedNote(pinned))
            }
        }
    }

    private mutating func selectCluster(at position: Int) {
        if let row = topologyOutline.row(ofCluster: position) { selectTopologyRow(row) }
    }

    private func findingNote(at position: Int) -> String {
        let count = topologyOutline.clusterFindings[position]?.count ?? 0
        return count == 0 ? "" : "; \(count) finding(s): see below the tree"
    }

    /// Keys in the draft review: move, accept or reject one or all, merge the accepted.
    mutating func reduceDraftReview(_ msg: TopologyMsg) {
        guard case .draft(var review) = topology.dialog else { return }
        switch msg {
        case .moveProposal(let delta):
            review.selected = min(max(0, review.selected + delta), max(0, review.changes.count - 1))
        case .toggleProposal:
            if review.accepted.indices.contains(review.selected) { review.accepted[review.selected].toggle() }
        case .acceptAllProposals(let all):
            review.accepted = Array(repeating: all, count: review.changes.count)
        case .applyProposals:
            let accepted = review.acceptedChanges
            topology.dialog = nil
            guard !accepted.isEmpty else {
                message = StatusMessage("no change accepted: the topology is as it was")
                return
            }
            var edited = project
            edited.topology = project.topology.applying(accepted)
            apply(edited, label: "merge \(accepted.count) drafted change(s)")
            selectTopologyRow(topology.selectedRow)
            message = StatusMessage("merged \(accepted.count) of \(review.changes.count) proposed change(s)")
            return
        default: break
        }
        topology.dialog = .draft(review)
    }
}
