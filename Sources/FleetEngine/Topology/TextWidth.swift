/// Terminal column widths of text: wide East Asian characters and emoji take two
/// columns, combining marks and zero-width joiners none.
///
/// Box layout must never use `String.count`: `"日本"` is two characters but four columns,
/// and `"e\u{301}"` is one column. The width of a grapheme cluster is the width of its
/// first scalar, widened to two by an emoji presentation selector (U+FE0F).
public enum TextWidth {
    /// The number of terminal columns `text` occupies.
    ///
    /// - Complexity: O(*n*) in the number of Unicode scalars.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// The number of terminal columns one grapheme cluster occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains("\u{FE0F}") { return 2 }
        return of(first)
    }

    /// The number of columns one scalar occupies on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode Standard Annex #11).
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// `text` followed by spaces up to `width` columns; unchanged when already as wide.
    public static func padded(_ text: String, to width: Int) -> String {
        let missing = width - of(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }

    /// The longest prefix of `text` that fits `width` columns once `ellipsis` is appended,
    /// plus the ellipsis; `text` itself when it already fits.
    ///
    /// A wide character that would straddle the limit is dropped whole, so the result is
    /// never wider than `width` (it may be narrower by one column).
    public static func truncated(_ text: String, to width: Int, ellipsis: String) -> String {
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room > 0 else { return String(ellipsis.prefix(max(width, 0))) }
        var result = ""
        var used = 0
        for character in text {
            let next = of(character)
            if used + next > room { break }
            result.append(character)
            used += next
        }
        return result + ellipsis
    }
}

extension TextWidth {
    /// `text` broken at spaces into lines of at most `width` columns; continuation lines
    /// start with `indent`. Leading and repeated spaces are kept. A word wider than a line is split between characters, so no
    /// text is ever lost or wider than `width` (unless `indent` alone is that wide).
    ///
    /// ```swift
    /// TextWidth.wrapped("one two three", to: 8, indent: "  ")  // ["one two", "  three"]
    /// ```
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func wrapped(_ text: String, to width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        var line = String(text.prefix { $0 == " " })
        var used = line.count
        var atStart = true
        let indentWidth = of(indent)
        func startLine() {
            lines.append(line)
            line = indent
            used = indentWidth
            atStart = true
        }
        for word in text.drop(while: { $0 == " " }).split(separator: " ", omittingEmptySubsequences: false) {
            if !atStart, used + 1 + of(word) > width { startLine() }
            if !atStart {
                line += " "
                used += 1
            }
            for character in word {
                let next = of(character)
                if !atStart, used + next > width { startLine() }
                line.append(character)
                used += next
                atStart = false
            }
        }
        lines.append(line)
        return lines
    }
}
