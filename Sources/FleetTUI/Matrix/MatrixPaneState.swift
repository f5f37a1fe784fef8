import FleetEngine
import FleetModel

/// Everything the Matrix pane remembers: the cursor, the page shown, the platforms picked
/// for side by side, the open prompt, and the scored matrix of the current project.
///
/// The scored matrix (`derived`) is recomputed once per project change, never per cell
/// drawn; ``derived(for:)`` recomputes only when it was made for another project.
public struct MatrixPaneState: Sendable, Equatable {
    /// What the pane shows.
    public enum Page: Sendable, Equatable {
        /// Platforms × criteria, the ranking bars and the sensitivity column.
        case grid
        /// Two picked platforms compared criterion by criterion.
        case sideBySide
        /// The migration roadmap to the current winner.
        case roadmap
    }

    /// The selected criterion (a row of the grid).
    public var criterion: Criterion
    /// The selected column: 0 is the weight, 1…5 the platforms in `PlatformID` order.
    public var column: Int
    public var page: Page
    /// Show each cell's weighted contribution next to its score.
    public var showContributions: Bool
    /// Platforms picked for side by side, oldest first (at most two).
    public var picked: [PlatformID]
    /// The first line shown on the side-by-side and roadmap pages.
    public var scroll: Int
    /// The weight or override prompt, while one is open.
    public var prompt: MatrixPrompt?
    /// The platform catalog the pane scores against (the bundled one, or why it failed to load).
    public var catalog: Result<Catalog, CatalogError>
    /// The scored matrix of the project it was last refreshed for.
    public private(set) var derived: MatrixDerived

    /// A pane on `project`, scored against `catalog` (the bundled catalog by default).
    public init(project: Project, catalog: Result<Catalog, CatalogError>? = nil) {
        let catalog = catalog ?? Result { () throws(CatalogError) in try Catalog.bundled() }
        self.criterion = Criterion.allCases[0]
        self.column = 0
        self.page = .grid
        self.showContributions = false
        self.picked = []
        self.scroll = 0
        self.prompt = nil
        self.catalog = catalog
        self.derived = MatrixDerived(project: project, catalog: catalog)
    }

    /// Recomputes the scored matrix when `project`'s requirements or matrix changed.
    public mutating func refresh(for project: Project) {
        guard !derived.isCurrent(for: project) else { return }
        derived = MatrixDerived(project: project, catalog: catalog)
    }

    /// The scored matrix for `project`: the cached one when it is current, else a fresh one.
    public func derived(for project: Project) -> MatrixDerived {
        derived.isCurrent(for: project) ? derived : MatrixDerived(project: project, catalog: catalog)
    }

    /// Replaces the catalog (tests, or a reload) and rescoring `project` against it.
    public mutating func setCatalog(_ catalog: Result<Catalog, CatalogError>, project: Project) {
        self.catalog = catalog
        derived = MatrixDerived(project: project, catalog: catalog)
    }

    /// The platform of the selected column; `nil` on the weight column.
    public var platform: PlatformID? {
        column > 0 && column <= PlatformID.allCases.count ? PlatformID.allCases[column - 1] : nil
    }

    /// The number of columns the cursor moves over (the weight, then each platform).
    static let columnCount = PlatformID.allCases.count + 1
}
