import TerminalCore

/// One entry of a binding table: the keys, the message they send, the help text, and
/// why the binding cannot be used right now.
///
/// The help overlay, the status-bar hints and `docs/keys.md` are all generated from the
/// tables, so they cannot drift from what the keys do.
public struct Binding: Sendable {
    public var keys: [KeyEvent]
    public var message: Msg
    public var help: String
    /// A one- or two-word label for the status bar; `nil` keeps the binding out of it.
    public var hint: String?
    /// `nil` when the binding is available; otherwise the reason, shown in the help overlay.
    public var disabledReason: @Sendable (AppState) -> String?

    public init(_ keys: [String], _ message: Msg, _ help: String, hint: String? = nil,
                disabled: @escaping @Sendable (AppState) -> String? = { _ in nil }) {
        self.keys = keys.map { KeyEvent(notation: $0)! }
        self.message = message
        self.help = help
        self.hint = hint
        self.disabledReason = disabled
    }

    /// The keys as help shows them: `j/Down`.
    public var keyText: String { keys.map(\.notation).joined(separator: "/") }
}

/// A named list of bindings: one per pane, plus the global and input-mode tables.
public struct BindingTable: Sendable {
    public var title: String
    public var bindings: [Binding]

    public init(_ title: String, _ bindings: [Binding]) {
        self.title = title
        self.bindings = bindings
    }

    /// The first binding for a key, if any.
    public func binding(for key: KeyEvent) -> Binding? {
        bindings.first { $0.keys.contains(key) }
    }
}
