import Testing
@testable import TerminalCore

@Suite struct KeyEventTests {
    @Test(arguments: ["j", "C-s", "M-x", "Enter", "Esc", "S-Tab", "PgDn", "F1", "F12", "Space", "Up", "?", ":", "C-c"])
    func notationRoundTrips(_ text: String) throws {
        let event = try #require(KeyEvent(notation: text))
        #expect(event.notation == text)
    }

    @Test func notationMeaning() {
        #expect(KeyEvent(notation: "C-s") == .ctrl("s"))
        #expect(KeyEvent(notation: "Space") == .char(" "))
        #expect(KeyEvent(notation: "F5") == KeyEvent(.function(5)))
        #expect(KeyEvent(notation: "F13") == nil)
        #expect(KeyEvent(notation: "Nope") == nil)
        #expect(KeyEvent(notation: "C-") == nil)
    }
}
