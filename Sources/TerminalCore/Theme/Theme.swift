/// A mapping from interface roles to styles, read from a theme file.
///
/// ```swift
/// let theme = try Theme.parse(yaml: text, source: "themes/light.yaml")
/// buffer.write("error", x: 0, y: 0, style: theme.style(.statusError))
/// ```
/// Themes layer: a user theme only names the roles it changes, and
/// ``layered(over:)`` fills in the rest from a base theme.
public struct Theme: Sendable, Equatable {
    /// The theme's name (its file name without `.yaml`).
    public var name: String
    /// One line for `fleetplan themes`.
    public var summary: String
    public var styles: [ThemeRole: Style]

    public init(name: String, summary: String = "", styles: [ThemeRole: Style] = [:]) {
        self.name = name
        self.summary = summary
        self.styles = styles
    }

    /// The style of a role, falling back to its parent roles, then to the plain style.
    public func style(_ role: ThemeRole) -> Style {
        var current: ThemeRole? = role
        while let candidate = current {
            if let style = styles[candidate] { return style }
            current = candidate.parent
        }
        return .plain
    }

    /// The style of every role in ``ThemeRole/known``, in ordinal order (fallbacks resolved).
    public func resolvedStyles() -> [Style] { ThemeRole.known.map(style) }

    /// This theme's roles over `base`'s: roles this theme names win, the rest come from `base`.
    public func layered(over base: Theme) -> Theme {
        Theme(name: name, summary: summary.isEmpty ? base.summary : summary,
              styles: base.styles.merging(styles) { _, own in own })
    }

    /// The same theme with every colour removed, attributes kept (for `NO_COLOR`).
    public var withoutColor: Theme {
        Theme(name: name, summary: summary, styles: styles.mapValues(\.withoutColor))
    }

    /// A theme that uses attributes only, for when no theme file can be read at all.
    public static let fallback = Theme(name: "fallback", summary: "attributes only", styles: [
        .paneBorderFocused: Style(attributes: .bold), .paneTitleFocused: Style(attributes: .bold),
        .tabActive: Style(attributes: .reverse), .listSelected: Style(attributes: .reverse),
        .tableHeader: Style(attributes: .bold), .formFocused: Style(attributes: .reverse),
        .formEditing: Style(attributes: .underline), .formError: Style(attributes: .bold),
        .statusBar: Style(attributes: .reverse), .statusError: Style(attributes: .bold),
        .dialogBorder: Style(attributes: .bold), .helpKey: Style(attributes: .bold),
        .helpSection: Style(attributes: .underline), .helpDisabled: Style(attributes: .dim),
        .findingError: Style(attributes: .bold), .matrixScoreBest: Style(attributes: .bold),
        .matrixEliminated: Style(attributes: .dim), .matrixOverride: Style(attributes: .underline),
    ])
}
