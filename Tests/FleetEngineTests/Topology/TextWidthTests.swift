import Testing
@testable import FleetEngine

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("", 0), ("a", 1), ("prod-eu", 7), ("日本", 4), ("e\u{301}", 1), ("👍", 2), ("❤\u{FE0F}", 2),
        ("a\u{200B}b", 2), ("╔═╗", 3), ("\u{1B}", 0), ("한국", 4), ("ｆｕｌｌ", 8),
    ])
    func widths(text: String, columns: Int) {
        #expect(TextWidth.of(text) == columns)
    }

    @Test func truncatedNeverExceedsTheWidth() {
        #expect(TextWidth.truncated("prod-eu", to: 7, ellipsis: "…") == "prod-eu")
        #expect(TextWidth.truncated("prod-eu-west", to: 7, ellipsis: "…") == "prod-e…")
        #expect(TextWidth.truncated("prod-eu-west", to: 7, ellipsis: "...") == "prod...")
        // A wide character that would straddle the limit is dropped whole.
        #expect(TextWidth.truncated("日本語です", to: 6, ellipsis: "…") == "日本…")
        #expect(TextWidth.truncated("abc", to: 0, ellipsis: "…") == "")
    }

    @Test func paddedFillsToColumnsNotCharacters() {
        #expect(TextWidth.padded("日本", to: 6) == "日本  ")
        #expect(TextWidth.padded("abcdef", to: 3) == "abcdef")
    }

    @Test func wrappedBreaksAtSpacesAndSplitsLongWords() {
        #expect(TextWidth.wrapped("", to: 10) == [""])
        #expect(TextWidth.wrapped("one two three", to: 8, indent: "  ") == ["one two", "  three"])
        #expect(TextWidth.wrapped("  a  b", to: 20) == ["  a  b"])
        #expect(TextWidth.wrapped("abcdefghij", to: 4, indent: " ") == ["abcd", " efg", " hij"])
        #expect(TextWidth.wrapped("日本語 日本語", to: 6) == ["日本語", "日本語"])
    }
}
