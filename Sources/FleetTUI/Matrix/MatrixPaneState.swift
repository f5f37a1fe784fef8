import FleetEngine
import FleetModel

/// Everything the Matrix pane remembers: the cursor, the page shown, the platforms picked
/// for side by side, the open prompt, and the catalog it scores against.
///
/// The scored matrix itself is derived data: ``AppState/matrixDerived`` computes it once
/// per project value through the state's derived-data cache, never per cell drawn.
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
    /// The page shown: the grid, side by side, or the roadmap.
    public var page: Page
    /// Show each cell's weighted contribution next to its score.
    public var showContributions: Bool
    /// Platforms picked for side by side, oldest first (at most two).
    public var picked: [PlatformID]
    /// The first line shown on the side-by-side and roadmap pages.
    public var scroll: Int
    /// The weight or override prompt, while one is open.
    public var prompt: MatrixPrompt?
    /// A change whose ranking was still being computed off the key loop when it was made:
    /// its message is completed when the ranking lands (``AppState/completeMatrixReport()``).
    public var pendingReport: PendingMatrixReport?
    /// The platform catalog the pane scores against (the bundled one, or why it failed to load).
    public private(set) var catalog: Result<Catalog, CatalogError>
    /// Counts catalog replacements; part of the cache key, so a new catalog is rescored.
    public private(set) var catalogGeneration: Int

    /// A pane scoring against `catalog` (the bundled catalog by default).
    public init(catalog: Result<Catalog, CatalogError>? = nil) {
        self.criterion = Criterion.allCases[0]
        self.column = 0
        self.page = .grid
        self.showContributions = false
        self.picked = []
        self.scroll = 0
        self.prompt = nil
        self.catalog = catalog ?? Result { () throws(CatalogError) in try Catalog.bundled() }
        self.catalogGeneration = 0
    }

    /// Scores against another catalog from now on (a test's, or a reloaded one).
    public mutating func setCatalog(_ catalog: Result<Catalog, CatalogError>) {
        self.catalog = catalog
        catalogGeneration += 1
    }

    /// The platform of the selected column; `nil` on the weight column.
    public var platform: PlatformID? {
        column > 0 && column <= PlatformID.allCases.count ? PlatformID.allCases[column - 1] : nil
    }

    /// The number of columns the cursor moves over (the weight, then each platform).
    static let columnCount = PlatformID.allCases.count + 1
}

/// What a matrix change said before its new ranking was known.
public struct PendingMatrixReport: Sendable, Equatable {
    /// The change, as the message line says it ("Complexity weight 6").
    public var change: String
    /// The winner shown when the change was made.
    public var winnerBefore: PlatformID?
    /// The project version the change produced; a later edit drops the report.
    public var projectVersion: Int
}
