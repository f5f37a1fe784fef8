import TerminalCore

/// One rendered screen: the cells, and where the terminal cursor goes (hidden when `nil`).
public struct Frame: Sendable {
    public var buffer: CellBuffer
    public var cursorX: Int?
    public var cursorY: Int?

    public init(buffer: CellBuffer, cursor: (x: Int, y: Int)? = nil) {
        self.buffer = buffer
        self.cursorX = cursor?.x
        self.cursorY = cursor?.y
    }

    /// The cursor position, if shown.
    public var cursor: (x: Int, y: Int)? {
        guard let cursorX, let cursorY else { return nil }
        return (cursorX, cursorY)
    }
}

/// What the view needs besides the state: the theme and the terminal's abilities.
public struct ViewContext: Sendable {
    public var theme: Theme
    public var borders: BorderSet
    public var unicode: Bool
    /// The theme resolved for every known role, read by ordinal on every frame.
    private let resolved: [Style]

    public init(theme: Theme, unicode: Bool) {
        self.theme = theme
        self.unicode = unicode
        self.borders = unicode ? .unicode : .ascii
        self.resolved = theme.resolvedStyles()
    }

    /// The theme's style of a role.
    public func style(_ role: ThemeRole) -> Style {
        if let ordinal = role.ordinal { return resolved[ordinal] }
        return theme.style(role)
    }
}
