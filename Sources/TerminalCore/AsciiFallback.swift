/// The ASCII stand-in of every non-ASCII glyph the workbench draws, for terminals that cannot
/// show Unicode (`LANG=C`, `--ascii`): the one place the choice is made, applied by the
/// backend to every cell it outputs, so no glyph ever reaches the screen as `?`.
///
/// Box-drawing lines are chosen earlier, by ``Borders`` (`+`, `-`, `|`), and are already
/// ASCII here; this table covers the rest: ellipses, arrows, brackets, marks, bars.
public enum AsciiFallback {
    /// The stand-in for one cell's symbol: itself when ASCII.
    public static func symbol(_ symbol: String) -> String {
        if symbol.utf8.count == 1 { return symbol }
        if let mapped = table[symbol] { return mapped }
        // Letters with accents keep their base letter (é → e); anything else is a neutral mark.
        if let base = symbol.decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII { return String(base) }
        return "*"
    }

    static let table: [String: String] = [
        "…": "~", "‹": "<", "›": ">", "«": "<", "»": ">", "×": "x", "÷": "/", "⌈": "[", "⌉": "]", "⌊": "[", "⌋": "]",
        "–": "-", "—": "-", "−": "-", "‐": "-", "·": "-", "•": "*", "●": "*", "○": "o", "◦": "o",
        "→": ">", "←": "<", "↑": "^", "↓": "v", "⇒": ">", "▸": ">", "▹": ">", "▾": "v", "▿": "v", "◀": "<", "▶": ">",
        "≤": "<", "≥": ">", "≈": "~", "≠": "#", "±": "+", "∞": "8", "√": "V", "Σ": "E", "∑": "E",
        "‘": "'", "’": "'", "“": "\"", "”": "\"", "′": "'", "″": "\"",
        "✔": "+", "✓": "+", "✘": "x", "✗": "x", "⚠": "!", "★": "*", "☆": "*",
        "█": "#", "▓": "#", "▒": ":", "░": ".", "▚": "%", "▞": "%", "▀": "\"", "▄": "_", "▌": "|", "▐": "|",
        "│": "|", "─": "-", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "║": "|", "═": "=", "╔": "+", "╗": "+", "╚": "+", "╝": "+", "╭": "+", "╮": "+", "╯": "+", "╰": "+",
        "°": "o", "µ": "u", "€": "E", "£": "L", "§": "S", "¶": "P",
    ]
}
