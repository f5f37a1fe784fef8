import Testing
@testable import TerminalCore

@Suite struct TextInputTests {
    @Test func typingInsertsAtTheCursor() {
        var input = TextInput("ac", cursor: 1)
        input.apply(.char("b"))
        #expect(input.text == "abc")
        #expect(input.cursor == 2)
    }

    @Test func movementStaysInBounds() {
        var input = TextInput("ab")
        input.apply(KeyEvent(.right))
        #expect(input.cursor == 2)
        input.apply(KeyEvent(.home))
        input.apply(KeyEvent(.left))
        #expect(input.cursor == 0)
        input.apply(.ctrl("e"))
        #expect(input.cursor == 2)
    }

    @Test func deletion() {
        var input = TextInput("eu-west-1 us-east-1")
        input.apply(.ctrl("w"))
        #expect(input.text == "eu-west-1 ")
        input.apply(KeyEvent(.backspace))
        #expect(input.text == "eu-west-1")
        input.apply(KeyEvent(.home))
        input.apply(KeyEvent(.delete))
        #expect(input.text == "u-west-1")
        input.apply(KeyEvent(.right))
        input.apply(.ctrl("k"))
        #expect(input.text == "u")
        input.apply(KeyEvent(.backspace))
        input.apply(KeyEvent(.backspace))
        #expect(input.text == "")
        #expect(input.cursor == 0)
    }

    @Test func nonEditingKeysAreNotHandled() {
        var input = TextInput("x")
        let enter = input.apply(KeyEvent(.enter))
        let escape = input.apply(KeyEvent(.escape))
        #expect(!enter)
        #expect(!escape)
        #expect(input.text == "x")
    }

    @Test func visibleWindowKeepsTheCursorOnScreen() {
        let input = TextInput("abcdefghij")
        let shown = input.visible(width: 5)
        #expect(shown.text == "ghij")
        #expect(shown.cursorColumn == 4)
        let start = TextInput("abcdefghij", cursor: 0).visible(width: 5)
        #expect(start.text == "abcde")
        #expect(start.cursorColumn == 0)
        let wide = TextInput("集群拓扑").visible(width: 5)
        #expect(wide.text == "拓扑")
        #expect(wide.cursorColumn == 4)
    }
}

@Suite struct PrefilledTextInputTests {
    @Test func typingReplacesEditingKeysKeep() {
        var input = TextInput("45", prefilled: true)
        input.apply(.char("7"))
        #expect(input.text == "7" && !input.prefilled)
        var edited = TextInput("45", prefilled: true)
        edited.apply(KeyEvent(.backspace))
        #expect(edited.text == "4")
        var moved = TextInput("45", prefilled: true)
        moved.apply(KeyEvent(.left))
        moved.apply(.char("0"))
        #expect(moved.text == "405")
        #expect(!TextInput("", prefilled: true).prefilled)
    }
}

@Suite struct AsciiFallbackTests {
    @Test func everyStandInIsOneASCIICharacter() {
        for (glyph, standIn) in AsciiFallback.table {
            #expect(standIn.count == 1 && standIn.allSatisfy(\.isASCII), "\(glyph)")
        }
        #expect(AsciiFallback.symbol("…") == "~" && AsciiFallback.symbol("‹") == "<" && AsciiFallback.symbol("×") == "x")
        #expect(AsciiFallback.symbol("a") == "a" && AsciiFallback.symbol("é") == "e")
        #expect(AsciiFallback.symbol("漢") == "*", "never ?")
    }
}
