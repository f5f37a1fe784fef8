import Testing
@testable import TerminalCore

@Suite struct TextWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(TextWidth.of("") == 0)
        #expect(TextWidth.of("a") == 1)
        #expect(TextWidth.of("fleet plan") == 10)
    }

    @Test func cjkAndEmojiAreTwoColumns() {
        #expect(TextWidth.of("集") == 2)
        #expect(TextWidth.of("集群拓扑 ✓ 多集群") == 17)
        #expect(TextWidth.of("🚀") == 2)
        #expect(TextWidth.of("ｆ") == 2)   // fullwidth Latin
    }

    @Test func combiningMarksAndControlsTakeNoColumn() {
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("\u{200B}") == 0)
        #expect(TextWidth.of("a\tb") == 2)
        #expect(TextWidth.of("\u{1b}") == 0)
    }

    @Test func emojiPresentationSelectorMakesTwoColumns() {
        #expect(TextWidth.of("✓") == 1)
        #expect(TextWidth.of("❤\u{FE0F}") == 2)
    }

    @Test func truncateCutsByColumnsAndMarksTheCut() {
        #expect(TextWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(TextWidth.truncate("abc", to: 3) == "abc")
        #expect(TextWidth.truncate("集群拓扑", to: 5) == "集群…")
        #expect(TextWidth.truncate("abc", to: 0) == "")
        #expect(TextWidth.truncate("abc", to: 1) == "…")
    }

    @Test func padFillsToExactWidth() {
        #expect(TextWidth.pad("集", to: 4) == "集  ")
        #expect(TextWidth.pad("集群", to: 3) == "集 ")
        #expect(TextWidth.pad("abc", to: 0) == "")
    }
}

@Suite struct SimpleNarrowTextTests {
    @Test func chromeCharactersTakeTheFastPath() {
        #expect(TextWidth.isSimpleNarrow("‹ medium › 3  (1…6) │ ─ é"))
        #expect(!TextWidth.isSimpleNarrow("集"))
        #expect(!TextWidth.isSimpleNarrow("e\u{301}"))
        #expect(!TextWidth.isSimpleNarrow("❤\u{FE0F}"))
        #expect(TextWidth.of("‹ a ›…") == 6)
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.write("‹ab›…x", x: 0, y: 0, maxWidth: 5)
        #expect(buffer.rows == ["‹ab›… "])
    }
}
