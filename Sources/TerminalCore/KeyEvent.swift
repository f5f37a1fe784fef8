/// A key the terminal reported, without modifiers.
public enum Key: Sendable, Hashable {
    /// A printable character (a grapheme cluster).
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1–F12.
    case function(Int)
}

/// A key press with its modifiers, as backends report it and binding tables match it.
///
/// Control letters arrive as `KeyEvent(.character("s"), control: true)`, whatever the
/// terminal sends for them. ``notation`` gives the text form used in help and docs
/// (`C-s`, `Enter`, `S-Tab`, `j`), and ``init(notation:)`` reads it back.
public struct KeyEvent: Sendable, Hashable, CustomStringConvertible {
    public var key: Key
    public var control: Bool
    public var alt: Bool

    public init(_ key: Key, control: Bool = false, alt: Bool = false) {
        self.key = key
        self.control = control
        self.alt = alt
    }

    /// A plain character key.
    public static func char(_ character: Character) -> KeyEvent { KeyEvent(.character(character)) }

    /// Control plus a letter.
    public static func ctrl(_ letter: Character) -> KeyEvent { KeyEvent(.character(letter), control: true) }

    private static let names: [(String, Key)] = [
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab), ("BS", .backspace),
        ("Del", .delete), ("Ins", .insert), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("Home", .home), ("End", .end), ("PgUp", .pageUp), ("PgDn", .pageDown), ("Space", .character(" ")),
    ]

    /// The text form: `j`, `C-s`, `M-x`, `Enter`, `Esc`, `S-Tab`, `PgDn`, `F1`, `Space`.
    public var notation: String {
        var base: String
        if let name = Self.names.first(where: { $0.1 == key })?.0 {
            base = name
        } else if case .function(let number) = key {
            base = "F\(number)"
        } else if case .character(let character) = key {
            base = String(character)
        } else {
            base = "?"
        }
        if alt { base = "M-" + base }
        if control { base = "C-" + base }
        return base
    }

    /// Reads the text form written by ``notation``; `nil` if it is not one.
    public init?(notation text: String) {
        var rest = Substring(text)
        var control = false
        var alt = false
        while rest.count > 2 {
            if rest.hasPrefix("C-") { control = true; rest = rest.dropFirst(2) } else if rest.hasPrefix("M-") { alt = true; rest = rest.dropFirst(2) } else { break }
        }
        if let named = Self.names.first(where: { $0.0 == rest })?.1 {
            self.init(named, control: control, alt: alt)
        } else if rest.hasPrefix("F"), rest.count > 1, let number = Int(rest.dropFirst()), (1...12).contains(number) {
            self.init(.function(number), control: control, alt: alt)
        } else if rest.count == 1, let character = rest.first {
            self.init(.character(character), control: control, alt: alt)
        } else {
            return nil
        }
    }

    public var description: String { notation }
}

/// A mouse action at a cell.
public struct MouseEvent: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        case press(button: Int)
        case wheelUp
        case wheelDown
    }

    public var action: Action
    public var x: Int
    public var y: Int

    public init(_ action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}

/// Anything a backend can report: a key, a mouse action or a new terminal size.
public enum InputEvent: Sendable, Hashable {
    case key(KeyEvent)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
}
