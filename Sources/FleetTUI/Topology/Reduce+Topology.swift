import FleetEngine
import FleetModel

extension AppState {
    /// The shared navigation messages (mouse wheel and the like) for the Topology pane.
    mutating func reduceTopologyNavigation(_ msg: Msg) -> [Effect] {
        switch msg {
        case .moveSelection(let delta): return reduceTopology(.moveSelection(delta))
        case .moveToFirst: return reduceTopology(.moveToFirst)
        case .moveToLast: return reduceTopology(.moveToLast)
        case .activateField: return reduceTopology(.editCluster(.name))
        default: return []
        }
    }

    /// Messages for the Topology pane: the tree, the diagram, and its dialogs.
    mutating func reduceTopology(_ msg: TopologyMsg) -> [Effect] {
        switch msg {
        case .moveSelection(let delta):
            selectTopologyRow(topology.selectedRow + delta)
        case .moveToFirst:
            selectTopologyRow(0)
        case .moveToLast:
            selectTopologyRow(topologyOutline.rows.count - 1)
        case .scrollDiagram(let columns, let rows):
            let size = topologyDiagramSize
            let window = TopologyView.diagramWindow(width: width, height: height)
            topology.scrollColumn = min(max(0, topology.scrollColumn + columns), max(0, size.columns - window.columns))
            topology.scrollLine = min(max(0, topology.scrollLine + rows), max(0, size.lines - window.lines))
        case .addCluster:
            let region = topologyOutline.region(at: topology.selectedRow, in: project)
                ?? project.requirements.regions.first ?? "region-1"
            let cluster = TopologyForm.newCluster(in: region, project: project)
            topology.dialog = .form(.cluster(cluster, purpose: .addCluster, in: project))
        case .editCluster(let field):
            guard let position = selectedClusterPosition else {
                if case .mesh = topologyOutline.row(at: topology.selectedRow) {
                    topology.dialog = .form(.mesh(project.topology.mesh))
                } else {
                    message = .error("select a cluster first")
                }
                return []
            }
            topology.dialog = .form(.cluster(project.topology.clusters[position], purpose: .editCluster(position),
                                             in: project, focus: field))
        case .editMesh:
            topology.dialog = .form(.mesh(project.topology.mesh))
        case .deleteCluster:
            guard let position = selectedClusterPosition else {
                message = .error("select a cluster to delete")
                return []
            }
            topology.dialog = .confirmDelete(cluster: project.topology.clusters[position].name)
        case .draftFromRequirements:
            let proposal = TopologyDraft.propose(for: project)
            let changes = TopologyMerge.changes(from: project.topology, to: proposal)
            if changes.isEmpty {
                message = StatusMessage("the topology already has everything the requirements draft proposes")
            } else {
                topology.dialog = .draft(DraftReview(changes: changes))
            }
        case .moveField, .stepChoice, .typeKey, .submitForm:
            reduceTopologyForm(msg)
        case .confirmDelete(let confirmed):
            guard case .confirmDelete(let name) = topology.dialog else { return [] }
            topology.dialog = nil
            if confirmed { deleteCluster(named: name) } else { message = StatusMessage("kept \(name)") }
        case .moveProposal, .toggleProposal, .acceptAllProposals, .applyProposals:
            reduceDraftReview(msg)
        case .closeDialog:
            topology.dialog = nil
            message = StatusMessage("nothing changed")
        }
        return []
    }

    /// The position in `spec.topology.clusters` of the selected row's cluster, if it is one.
    var selectedClusterPosition: Int? {
        if case .cluster(let position) = topologyOutline.row(at: topology.selectedRow) { return position }
        return nil
    }

    /// The diagram's size at the current terminal width (Unicode glyphs; ASCII has the same shape).
    var topologyDiagramSize: (lines: Int, columns: Int) {
        let width = TopologyView.diagramDrawingWidth(forPaneWidth: self.width)
        let diagram = topologyDiagram(width: width, ascii: false)
        return (diagram.lines.count, diagram.columns)
    }

    /// Selects a tree row (clamped) and scrolls the diagram to show it.
    mutating func selectTopologyRow(_ row: Int) {
        let outline = topologyOutline
        topology.selectedRow = min(max(0, row), max(0, outline.rows.count - 1))
        let diagram = topologyDiagram(width: TopologyView.diagramDrawingWidth(forPaneWidth: width), ascii: false)
        let anchor: (line: Int, column: Int)?
        switch outline.row(at: topology.selectedRow) {
        case .mesh?: anchor = (0, 0)
        case .region(let name, _, _)?: anchor = diagram.anchors.regions[name]
        case .cluster(let position)?: anchor = diagram.anchors.clusters[project.topology.clusters[position].name]
        case nil: anchor = nil
        }
        guard let anchor else { return }
        let window = TopologyView.diagramWindow(width: width, height: height)
        // A cluster's box starts a line above its name; keep the whole top border in view.
        let top = max(0, anchor.line - 1)
        if top < topology.scrollLine || anchor.line >= topology.scrollLine + window.lines {
            topology.scrollLine = min(top, max(0, diagram.lines.count - window.lines))
        }
        if anchor.column < topology.scrollColumn || anchor.column >= topology.scrollColumn + window.columns {
            topology.scrollColumn = min(max(0, anchor.column - 4), max(0, diagram.columns - window.columns))
        }
    }

    /// Removes the named cluster; remotes that followed it keep the reference, which the
    /// lint rules then report, so nothing changes silently.
    mutating func deleteCluster(named name: String) {
        var edited = project
        edited.topology.clusters.removeAll { $0.name == name }
        let pinned = apply(edited, label: "delete cluster \(name)")
        selectTopologyRow(topology.selectedRow)
        let followers = edited.topology.clusters.filter { $0.primary == name }.map(\.name)
        message = followers.isEmpty ? StatusMessage("deleted \(name)" + Self.pinnedNote(pinned))
            : .error("deleted \(name); \(followers.joined(separator: ", ")) still follow it as primary" + Self.pinnedNote(pinned))
    }
}
