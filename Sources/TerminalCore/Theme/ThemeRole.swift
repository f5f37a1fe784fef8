/// A named place in the interface that a theme gives a style to, such as `pane.border.focused`.
///
/// Widgets never choose colours: views ask the theme for a role. A role the theme does
/// not define falls back to its parent (`pane.border.focused` → `pane.border`), then to
/// the plain style.
public struct ThemeRole: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The role one level up, or `nil` at the top.
    public var parent: ThemeRole? {
        guard let dot = rawValue.lastIndex(of: ".") else { return nil }
        return ThemeRole(rawValue: String(rawValue[..<dot]))
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let screen: ThemeRole = "screen"
    public static let paneBorder: ThemeRole = "pane.border"
    public static let paneBorderFocused: ThemeRole = "pane.border.focused"
    public static let paneTitle: ThemeRole = "pane.title"
    public static let paneTitleFocused: ThemeRole = "pane.title.focused"
    public static let tab: ThemeRole = "tab"
    public static let tabActive: ThemeRole = "tab.active"
    public static let listSelected: ThemeRole = "list.selected"
    public static let tableHeader: ThemeRole = "table.header"
    public static let formLabel: ThemeRole = "form.label"
    public static let formValue: ThemeRole = "form.value"
    public static let formFocused: ThemeRole = "form.focused"
    public static let formEditing: ThemeRole = "form.editing"
    public static let formError: ThemeRole = "form.error"
    public static let statusBar: ThemeRole = "status"
    public static let statusKey: ThemeRole = "status.key"
    public static let statusModified: ThemeRole = "status.modified"
    public static let statusError: ThemeRole = "status.error"
    public static let statusInfo: ThemeRole = "status.info"
    public static let commandLine: ThemeRole = "command.line"
    public static let dialog: ThemeRole = "dialog"
    public static let dialogBorder: ThemeRole = "dialog.border"
    public static let dialogHint: ThemeRole = "dialog.hint"
    public static let helpKey: ThemeRole = "help.key"
    public static let helpSection: ThemeRole = "help.section"
    public static let helpDisabled: ThemeRole = "help.disabled"
    public static let findingError: ThemeRole = "finding.error"
    public static let findingWarning: ThemeRole = "finding.warning"
    public static let findingInfo: ThemeRole = "finding.info"
    public static let matrixScore: ThemeRole = "matrix.score"
    public static let matrixScoreBest: ThemeRole = "matrix.score.best"
    public static let matrixEliminated: ThemeRole = "matrix.eliminated"
    public static let matrixOverride: ThemeRole = "matrix.override"
    public static let matrixBar: ThemeRole = "matrix.bar"

    /// Every role the interface uses, sorted; theme files may define any of them.
    public static let all: [ThemeRole] = [
        screen, paneBorder, paneBorderFocused, paneTitle, paneTitleFocused, tab, tabActive, listSelected, tableHeader,
        formLabel, formValue, formFocused, formEditing, formError, statusBar, statusKey, statusModified, statusError,
        statusInfo, commandLine, dialog, dialogBorder, dialogHint, helpKey, helpSection, helpDisabled,
        findingError, findingWarning, findingInfo, matrixScore, matrixScoreBest, matrixEliminated, matrixOverride, matrixBar,
    ].sorted()
}
