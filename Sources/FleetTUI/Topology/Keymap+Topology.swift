import TerminalCore

extension Keymap {
    /// The Topology pane: the tree, the diagram, and the keys that open its dialogs.
    public static let topology = BindingTable("Topology", [
        Binding(["j", "Down"], .topology(.moveSelection(1)), "next row of the tree", hint: "move"),
        Binding(["k", "Up"], .topology(.moveSelection(-1)), "previous row of the tree"),
        Binding(["PgDn", "C-d"], .topology(.moveSelection(10)), "ten rows down"),
        Binding(["PgUp", "C-u"], .topology(.moveSelection(-10)), "ten rows up"),
        Binding(["g", "Home"], .topology(.moveToFirst), "first row (the mesh)"),
        Binding(["G", "End"], .topology(.moveToLast), "last row"),
        Binding(["a"], .topology(.addCluster), "add a cluster in the selected region", hint: "add"),
        Binding(["Enter", "e"], .topology(.editCluster(.name)), "edit the selected cluster (or the mesh on its row)",
                hint: "edit", disabled: { $0.topologyRowIsRegion ? "select a cluster or the mesh row" : nil }),
        Binding(["r"], .topology(.editCluster(.name)), "rename the selected cluster (remotes follow the new name)",
                disabled: { $0.selectedClusterPosition == nil ? "select a cluster" : nil }),
        Binding(["m"], .topology(.editCluster(.region)), "move the selected cluster to another region",
                disabled: { $0.selectedClusterPosition == nil ? "select a cluster" : nil }),
        Binding(["x", "Del"], .topology(.deleteCluster), "delete the selected cluster (asks first)", hint: "delete",
                disabled: { $0.selectedClusterPosition == nil ? "select a cluster" : nil }),
        Binding(["M"], .topology(.editMesh), "mesh model, mesh ID and trust domain", hint: "mesh"),
        Binding(["D"], .topology(.draftFromRequirements), "draft from the requirements and choose what to merge",
                hint: "draft", disabled: { $0.project.requirements.regions.isEmpty ? "the requirements list no region" : nil }),
        Binding(["J"], .topology(.scrollDiagram(columns: 0, rows: 3)), "scroll the diagram down"),
        Binding(["K"], .topology(.scrollDiagram(columns: 0, rows: -3)), "scroll the diagram up"),
        Binding(["L"], .topology(.scrollDiagram(columns: 8, rows: 0)), "scroll the diagram right"),
        Binding(["H"], .topology(.scrollDiagram(columns: -8, rows: 0)), "scroll the diagram left"),
    ])

    /// Inside the cluster and mesh forms; other keys are typed into the focused field.
    public static let topologyForm = BindingTable("Topology: cluster and mesh forms", [
        Binding(["Enter"], .topology(.submitForm), "apply the form"),
        Binding(["Esc"], .topology(.closeDialog), "close the form, changing nothing"),
        Binding(["Tab", "Down"], .topology(.moveField(1)), "next field"),
        Binding(["S-Tab", "Up"], .topology(.moveField(-1)), "previous field"),
        Binding(["Right"], .topology(.stepChoice(1)), "next choice (cursor right in a text field)"),
        Binding(["Left"], .topology(.stepChoice(-1)), "previous choice (cursor left in a text field)"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    /// The question before a cluster is deleted.
    public static let topologyDelete = BindingTable("Topology: delete a cluster?", [
        Binding(["y"], .topology(.confirmDelete(true)), "delete the cluster"),
        Binding(["n", "Esc"], .topology(.confirmDelete(false)), "keep it"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    /// The review of the changes drafted from the requirements.
    public static let topologyDraft = BindingTable("Topology: draft from requirements", [
        Binding(["j", "Down"], .topology(.moveProposal(1)), "next proposed change"),
        Binding(["k", "Up"], .topology(.moveProposal(-1)), "previous proposed change"),
        Binding(["Space"], .topology(.toggleProposal), "accept or reject the selected change"),
        Binding(["a"], .topology(.acceptAllProposals(true)), "accept every change"),
        Binding(["n"], .topology(.acceptAllProposals(false)), "accept none"),
        Binding(["Enter"], .topology(.applyProposals), "merge the accepted changes (never removes a cluster)"),
        Binding(["Esc"], .topology(.closeDialog), "close, merging nothing"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    /// The Topology pane's dialog tables, in the order help lists them.
    static let topologyDialogTables: [BindingTable] = [topologyForm, topologyDelete, topologyDraft]

    /// The message for a key while a Topology dialog is open (the dialog takes every key:
    /// unbound keys are typed into a form), or `nil` when no dialog is open.
    static func topologyDialogMessage(for key: KeyEvent, in state: AppState) -> Msg? {
        guard state.focus == .topology, let dialog = state.topology.dialog else { return nil }
        switch dialog {
        case .form: return topologyForm.binding(for: key)?.message ?? .topology(.typeKey(key))
        case .confirmDelete: return topologyDelete.binding(for: key)?.message ?? .topology(.typeKey(key))
        case .draft: return topologyDraft.binding(for: key)?.message ?? .topology(.typeKey(key))
        }
    }
}

extension AppState {
    /// True when the Topology tree's selected row is a region.
    var topologyRowIsRegion: Bool {
        if case .region = topologyOutline.row(at: topology.selectedRow) { return true }
        return false
    }
}
