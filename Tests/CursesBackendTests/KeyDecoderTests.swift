import CNcurses
import CursesShim
import Testing
import TerminalCore
@testable import CursesBackend

@Suite struct KeyDecoderTests {
    func key(_ code: UInt32, function: Bool = false) -> KeyEvent? {
        if case .key(let event) = KeyDecoder.decode(isFunctionKey: function, code: code) { return event }
        return nil
    }

    func function(_ code: Int32) -> KeyEvent? { key(UInt32(bitPattern: code), function: true) }

    @Test func printableCharactersAndUTF8() {
        #expect(key(0x6A) == .char("j"))
        #expect(key(0x3F) == .char("?"))
        #expect(key(0x96C6) == .char("集"))
        #expect(key(0x20) == .char(" "))
    }

    @Test func controlCharacters() {
        #expect(key(9) == KeyEvent(.tab))
        #expect(key(13) == KeyEvent(.enter))
        #expect(key(10) == KeyEvent(.enter))
        #expect(key(27) == KeyEvent(.escape))
        #expect(key(127) == KeyEvent(.backspace))
        #expect(key(8) == KeyEvent(.backspace))
        #expect(key(3) == .ctrl("c"))
        #expect(key(19) == .ctrl("s"))
        #expect(key(1) == .ctrl("a"))
        #expect(key(26) == .ctrl("z"))
        #expect(KeyDecoder.decode(isFunctionKey: false, code: 28) == .ignored)
        #expect(KeyDecoder.decode(isFunctionKey: false, code: 0x85) == .ignored)
    }

    @Test func keypadCodes() {
        #expect(function(KEY_UP) == KeyEvent(.up))
        #expect(function(KEY_DOWN) == KeyEvent(.down))
        #expect(function(KEY_LEFT) == KeyEvent(.left))
        #expect(function(KEY_RIGHT) == KeyEvent(.right))
        #expect(function(KEY_HOME) == KeyEvent(.home))
        #expect(function(KEY_END) == KeyEvent(.end))
        #expect(function(KEY_PPAGE) == KeyEvent(.pageUp))
        #expect(function(KEY_NPAGE) == KeyEvent(.pageDown))
        #expect(function(KEY_BTAB) == KeyEvent(.backTab))
        #expect(function(KEY_BACKSPACE) == KeyEvent(.backspace))
        #expect(function(KEY_DC) == KeyEvent(.delete))
        #expect(function(KEY_ENTER) == KeyEvent(.enter))
    }

    @Test func functionKeys() {
        #expect(function(cs_key_f(1)) == KeyEvent(.function(1)))
        #expect(function(cs_key_f(12)) == KeyEvent(.function(12)))
        #expect(KeyDecoder.decode(isFunctionKey: true, code: UInt32(bitPattern: cs_key_f(13))) == .ignored)
    }

    @Test func resizeAndMouse() {
        #expect(KeyDecoder.decode(isFunctionKey: true, code: UInt32(bitPattern: KEY_RESIZE)) == .resize)
        #expect(KeyDecoder.decode(isFunctionKey: true, code: UInt32(bitPattern: KEY_MOUSE)) == .mouse)
    }

    @Test func mouseButtonsAndWheel() {
        #expect(KeyDecoder.decodeMouse(buttonState: cs_button1_pressed(), x: 3, y: 4) == MouseEvent(.press(button: 1), x: 3, y: 4))
        #expect(KeyDecoder.decodeMouse(buttonState: cs_button4_pressed(), x: 0, y: 0)?.action == .wheelUp)
        #expect(KeyDecoder.decodeMouse(buttonState: cs_button5_pressed(), x: 0, y: 0)?.action == .wheelDown)
        #expect(KeyDecoder.decodeMouse(buttonState: 0, x: 0, y: 0) == nil)
    }
}

@Suite struct ColorPairsTests {
    @Test func monochromeUsesPairZero() {
        var pairs = ColorPairs(colors: 0, maxPairs: 0, defaultColors: false)
        #expect(pairs.pair(for: Style(foreground: .indexed(1))) == 0)
    }

    @Test func defaultColoursNeedNoPair() {
        var pairs = ColorPairs(colors: 256, maxPairs: 256, defaultColors: true)
        #expect(pairs.pair(for: Style(attributes: .bold)) == 0)
    }
}
