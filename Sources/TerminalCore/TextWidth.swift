/// How many terminal columns text occupies: 0 for combining and format characters, 2 for
/// East Asian wide and emoji-presentation characters, 1 otherwise.
///
/// Every column, truncation and padding computation goes through this type; `String.count`
/// counts grapheme clusters, which is not the same (`"集群"` is 2 characters but 4 columns).
/// The wide ranges follow Unicode's East Asian Width property (`W` and `F`), the same data
/// glibc's `wcwidth` uses; emoji come from `Unicode.Scalar.Properties.isEmojiPresentation`.
public enum TextWidth {
    /// Columns of a whole string.
    ///
    /// - Complexity: O(*n*) in the number of Unicode scalars.
    public static func of(_ text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        if isSimpleNarrow(text) { return text.unicodeScalars.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// True when every byte is printable ASCII (one column each, one grapheme each).
    ///
    /// `\r\n` and other control bytes are excluded, so callers can take a byte-per-cell fast path.
    public static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7f }
    }

    /// True when every scalar is a one-column character that never joins a neighbour into
    /// a cluster: printable ASCII, Latin-1 and the punctuation, arrows and box drawing of
    /// ``isNarrowSymbol(_:)``. Such text can be written one scalar per cell.
    public static func isSimpleNarrow(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return (value >= 0x20 && value < 0x7f) || (value >= 0xa0 && value < 0x300) || isNarrowSymbol(value)
        }
    }

    /// Punctuation, arrows, box drawing and shapes used in chrome: one column, never combining.
    static func isNarrowSymbol(_ value: UInt32) -> Bool {
        (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
            || (0x2190...0x21FF).contains(value) || (0x2500...0x25FC).contains(value)
    }

    /// Columns of one grapheme cluster (0, 1 or 2).
    ///
    /// A cluster takes the width of its widest scalar; a variation selector 16
    /// (emoji presentation) makes it 2; control characters are 0.
    public static func of(_ character: Character) -> Int {
        if character.isASCII {
            guard let value = character.asciiValue else { return 1 }   // "\r\n"
            return value < 0x20 || value == 0x7f ? 0 : 1
        }
        var width = 0
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { return 2 }
            width = max(width, of(scalar))
        }
        return width
    }

    /// Columns of one Unicode scalar on its own (0, 1 or 2).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7f..<0xa0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        if isNarrowSymbol(value) { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }   // Hangul medial vowels and final consonants
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The longest prefix of `text` that fits in `width` columns.
    public static func prefix(_ text: String, fitting width: Int) -> Substring {
        let text = Substring(text)
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let columns = of(text[index])
            if used + columns > width { break }
            used += columns
            end = text.index(after: index)
        }
        return text[..<end]
    }

    /// `text` cut to `width` columns, ending in `…` when something was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return String(text) }
        let mark = of(ellipsis) <= width ? ellipsis : ""
        return String(prefix(text, fitting: width - of(mark))) + mark
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = prefix(text, fitting: max(0, width))
        return String(cut) + String(repeating: " ", count: max(0, width - of(String(cut))))
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CD5, 0x1B000...0x1B2FF,
        0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound { high = middle - 1 } else if value > range.upperBound { low = middle + 1 } else { return true }
        }
        return false
    }
}
