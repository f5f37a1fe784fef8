import TerminalCore

/// The Topology pane's actions: moving in the tree, scrolling the diagram, and the
/// cluster form, the delete question, the mesh form and the draft review.
public enum TopologyMsg: Sendable, Equatable {
    // The tree and the diagram.
    /// Move the tree selection by rows (clamped).
    case moveSelection(Int)
    case moveToFirst
    case moveToLast
    /// Scroll the diagram by columns and rows (never before its start).
    case scrollDiagram(columns: Int, rows: Int)

    // Opening dialogs.
    /// Open the cluster form for a new cluster in the selected region.
    case addCluster
    /// Open the cluster form on the selected cluster, its focus on `field`.
    case editCluster(ClusterFormField)
    /// Open the mesh form (model, mesh ID, trust domain).
    case editMesh
    /// Ask before deleting the selected cluster.
    case deleteCluster
    /// Draft a topology from the requirements and review the changes it proposes.
    case draftFromRequirements

    // Inside a form.
    /// Focus the next (`1`) or previous (`-1`) field.
    case moveField(Int)
    /// Step a choice; moves the cursor in a text field.
    case stepChoice(Int)
    /// A key typed into the focused field.
    case typeKey(KeyEvent)
    /// Check the form and apply it.
    case submitForm

    // The delete question and the draft review.
    case confirmDelete(Bool)
    /// Move the selection in the list of proposed changes.
    case moveProposal(Int)
    /// Accept or reject the selected proposal.
    case toggleProposal
    /// Accept every proposal (`true`) or none.
    case acceptAllProposals(Bool)
    /// Merge the accepted proposals.
    case applyProposals

    /// Close the open dialog without changing the project.
    case closeDialog
}
