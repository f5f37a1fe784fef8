/// An editable line of text with a cursor: the model behind text fields, the command line
/// and the filter prompt.
///
/// The cursor is an index in grapheme clusters (0…count). ``apply(_:)`` handles the
/// usual editing keys: printable characters insert; Left/Right, Home/End and C-a/C-e
/// move; Backspace/Del and C-h delete; C-w deletes the word before the cursor; C-u
/// deletes to the start of the line; C-k to the end.
public struct TextInput: Sendable, Hashable {
    public private(set) var text: String
    public private(set) var cursor: Int
    /// True while the text is the value the field opened with, untouched: the first typed
    /// character replaces it (as in a spreadsheet cell or a form field); any editing or
    /// moving key keeps it and edits it instead.
    public private(set) var prefilled: Bool

    public init(_ text: String = "", cursor: Int? = nil, prefilled: Bool = false) {
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
        self.prefilled = prefilled && !text.isEmpty
    }

    private var characters: [Character] { Array(text) }

    /// Inserts text at the cursor and moves the cursor past it.
    public mutating func insert(_ inserted: String) {
        var characters = characters
        characters.insert(contentsOf: inserted, at: cursor)
        cursor += inserted.count
        text = String(characters)
    }

    /// Applies an editing key; returns false when the key is not an editing key.
    @discardableResult
    public mutating func apply(_ event: KeyEvent) -> Bool {
        if prefilled {
            prefilled = false
            if case .character = event.key, !event.control, !event.alt {
                text = ""
                cursor = 0
            }
        }
        var characters = characters
        switch (event.key, event.control) {
        case (.character(let character), false) where !event.alt:
            insert(String(character))
            return true
        case (.left, _), (.character("b"), true): cursor = max(0, cursor - 1)
        case (.right, _), (.character("f"), true): cursor = min(characters.count, cursor + 1)
        case (.home, _), (.character("a"), true): cursor = 0
        case (.end, _), (.character("e"), true): cursor = characters.count
        case (.backspace, _), (.character("h"), true):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case (.delete, _), (.character("d"), true):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case (.character("w"), true):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case (.character("u"), true):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case (.character("k"), true):
            characters.removeSubrange(cursor..<characters.count)
        default:
            return false
        }
        text = String(characters)
        return true
    }

    /// The part of the text to show in `width` columns so the cursor is visible, and the
    /// cursor's column within it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let characters = characters
        var start = 0
        var columns = TextWidth.of(String(characters[0..<cursor]))
        // Keep one column free for the cursor at the end.
        while columns >= width, start < cursor {
            columns -= TextWidth.of(characters[start])
            start += 1
        }
        let shown = TextWidth.prefix(String(characters[start...]), fitting: width)
        return (String(shown), columns)
    }
}
