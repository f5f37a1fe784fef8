import FleetEngine
import FleetModel
import TerminalCore

/// Everything the workbench shows and remembers; the only mutable state of the program.
///
/// It changes only through ``reduce(_:_:)``. The view is a pure function of it.
public struct AppState: Sendable, Equatable {
    /// The project being edited. Change it only through ``apply(_:label:coalescing:)``.
    public internal(set) var project: Project
    /// The project as last loaded or saved; the project is modified when they differ.
    public var baseline: Project
    /// The project file; `nil` for an untitled project.
    public var filePath: String?
    /// Undo and redo, recorded by ``apply(_:label:coalescing:)``.
    public internal(set) var history: EditHistory
    /// Counts project changes (edits, undo, redo, loads); a pane can key its own caches on it.
    public internal(set) var projectVersion: Int
    /// Findings, plans and the matrix evaluation, computed once per project value.
    public internal(set) var derived: DerivedCache
    /// The recovery copy's clock.
    public var autosave: AutosaveState
    /// The project file as last read or written; saving checks it has not changed since.
    public var diskStamp: FileStamp?
    public var focus: PaneID
    public var mode: Mode
    public var message: StatusMessage?
    /// The Requirements pane's selected field.
    public var selectedField: RequirementField
    /// The Profiles pane's selection, region and open input or dialog.
    public var profiles: ProfilesPaneState
    /// The Matrix pane: cursor, page, picks, prompt and the scored matrix.
    public var matrixPane: MatrixPaneState
    /// The Findings pane's selected row (in the filtered list).
    public var selectedFinding: Int
    /// The Findings filter (case-insensitive substring of code, field and message).
    public var findingsFilter: String
    /// Commands run from the command line, oldest first.
    public var commandHistory: [String]
    /// The active theme and the themes that can be chosen with `:theme`.
    public var themeName: String
    public var themeNames: [String]
    /// The terminal size.
    public var width: Int
    public var height: Int
    /// The project being written by a `save` effect, and whether to quit once it is saved.
    public var pendingSave: Project?
    public var quitAfterSave: Bool
    /// Set when the program should end.
    public var finished: Bool

    /// A fresh workbench on `project`, as read from `filePath` (or untitled).
    public init(project: Project, filePath: String?, themeName: String = "default", themeNames: [String] = ["default"],
                width: Int = 80, height: Int = 24) {
        self.project = project
        self.baseline = project
        self.filePath = filePath
        self.history = EditHistory()
        self.projectVersion = 0
        self.derived = DerivedCache()
        self.autosave = AutosaveState()
        self.diskStamp = nil
        self.focus = .requirements
        self.mode = .normal
        self.message = nil
        self.selectedField = .name
        self.profiles = ProfilesPaneState()
        self.matrixPane = MatrixPaneState()
        self.selectedFinding = 0
        self.findingsFilter = ""
        self.commandHistory = []
        self.themeName = themeName
        self.themeNames = themeNames
        self.width = width
        self.height = height
        self.pendingSave = nil
        self.quitAfterSave = false
        self.finished = false
    }

    /// True when the project has changes that are not saved.
    public var isModified: Bool { project != baseline }

    /// The findings the Findings pane lists (the filter applied).
    public var visibleFindings: [Finding] {
        guard !findingsFilter.isEmpty else { return findings }
        let needle = findingsFilter.lowercased()
        return findings.filter {
            "\($0.severity.rawValue) \($0.code) \($0.path) \($0.message)".lowercased().contains(needle)
        }
    }

    /// The findings about one Requirements field (its path or anything below it).
    public func findings(for field: RequirementField) -> [Finding] {
        findings.filter { $0.path.components.starts(with: field.path.components) }
    }

    /// True when the terminal is below the 60×16 the workbench needs.
    public var isTooSmall: Bool { width < 60 || height < 16 }
}
