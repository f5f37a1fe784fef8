/// A named place in the interface that a theme gives a style to, such as `pane.border.focused`.
///
/// Widgets never choose colours: views ask the theme for a role. A role the theme does
/// not define falls back to its parent (`pane.border.focused` → `pane.border`), then to
/// the plain style.
public struct ThemeRole: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    /// The role's position in ``known`` for the roles the interface draws, so a resolved
    /// theme can be read by index instead of by hashing the name; `nil` for other names.
    public let ordinal: Int?

    public init(rawValue: String) {
        self.rawValue = rawValue
        self.ordinal = nil
    }

    public init(stringLiteral value: String) { self.init(rawValue: value) }

    init(_ rawValue: String, _ ordinal: Int) {
        self.rawValue = rawValue
        self.ordinal = ordinal
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The role one level up, or `nil` at the top.
    public var parent: ThemeRole? {
        guard let dot = rawValue.lastIndex(of: ".") else { return nil }
        return ThemeRole(rawValue: String(rawValue[..<dot]))
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let screen = ThemeRole("screen", 0)
    public static let paneBorder = ThemeRole("pane.border", 1)
    public static let paneBorderFocused = ThemeRole("pane.border.focused", 2)
    public static let paneTitle = ThemeRole("pane.title", 3)
    public static let paneTitleFocused = ThemeRole("pane.title.focused", 4)
    public static let tab = ThemeRole("tab", 5)
    public static let tabActive = ThemeRole("tab.active", 6)
    public static let listSelected = ThemeRole("list.selected", 7)
    public static let tableHeader = ThemeRole("table.header", 8)
    public static let formLabel = ThemeRole("form.label", 9)
    public static let formValue = ThemeRole("form.value", 10)
    public static let formFocused = ThemeRole("form.focused", 11)
    public static let formEditing = ThemeRole("form.editing", 12)
    public static let formError = ThemeRole("form.error", 13)
    public static let statusBar = ThemeRole("status", 14)
    public static let statusKey = ThemeRole("status.key", 15)
    public static let statusModified = ThemeRole("status.modified", 16)
    public static let statusError = ThemeRole("status.error", 17)
    public static let statusInfo = ThemeRole("status.info", 18)
    public static let commandLine = ThemeRole("command.line", 19)
    public static let dialog = ThemeRole("dialog", 20)
    public static let dialogBorder = ThemeRole("dialog.border", 21)
    public static let dialogHint = ThemeRole("dialog.hint", 22)
    public static let helpKey = ThemeRole("help.key", 23)
    public static let helpSection = ThemeRole("help.section", 24)
    public static let helpDisabled = ThemeRole("help.disabled", 25)
    public static let findingError = ThemeRole("finding.error", 26)
    public static let findingWarning = ThemeRole("finding.warning", 27)
    public static let findingInfo = ThemeRole("finding.info", 28)
    public static let matrixScore = ThemeRole("matrix.score", 29)
    public static let matrixScoreBest = ThemeRole("matrix.score.best", 30)
    public static let matrixEliminated = ThemeRole("matrix.eliminated", 31)
    public static let matrixOverride = ThemeRole("matrix.override", 32)
    public static let matrixBar = ThemeRole("matrix.bar", 33)

    /// Every role the interface uses, in ordinal order.
    public static let known: [ThemeRole] = [
        screen, paneBorder, paneBorderFocused, paneTitle, paneTitleFocused, tab, tabActive, listSelected, tableHeader, formLabel, formValue, formFocused, formEditing, formError, statusBar, statusKey, statusModified, statusError, statusInfo, commandLine, dialog, dialogBorder, dialogHint, helpKey, helpSection, helpDisabled, findingError, findingWarning, findingInfo, matrixScore, matrixScoreBest,
        matrixEliminated, matrixOverride, matrixBar,
    ]

    /// Every role the interface uses, sorted by name; theme files may define any of them.
    public static let all: [ThemeRole] = [
        screen, paneBorder, paneBorderFocused, paneTitle, paneTitleFocused, tab, tabActive, listSelected, tableHeader,
        formLabel, formValue, formFocused, formEditing, formError, statusBar, statusKey, statusModified, statusError,
        statusInfo, commandLine, dialog, dialogBorder, dialogHint, helpKey, helpSection, helpDisabled,
        findingError, findingWarning, findingInfo, matrixScore, matrixScoreBest, matrixEliminated, matrixOverride, matrixBar,
    ].sorted()
}
