import CNcurses
import CursesShim
import TerminalCore

/// What one `wget_wch` result means.
public enum DecodedInput: Sendable, Equatable {
    case key(KeyEvent)
    /// `KEY_RESIZE`: read the new size from ncurses.
    case resize
    /// `KEY_MOUSE`: fetch the event with `getmouse`.
    case mouse
    /// A code the workbench does not use (unknown function keys, stray control bytes).
    case ignored
}

/// Turns the raw results of `wget_wch` into key events.
///
/// `wget_wch` returns `KEY_CODE_YES` with a key code for keys ncurses decoded from an
/// escape sequence (arrows, F-keys, `KEY_RESIZE`, …) and `OK` with a Unicode scalar for
/// everything else, including control characters: C-a is 1, Tab 9, Enter 13 (10 in some
/// modes), Esc 27, Backspace 127 (8 on some terminals). Pure, so it is tested from raw codes.
public enum KeyDecoder {
    /// Decodes one `wget_wch` result.
    ///
    /// - Parameters:
    ///   - isFunctionKey: `true` when `wget_wch` returned `KEY_CODE_YES`.
    ///   - code: the value it stored.
    public static func decode(isFunctionKey: Bool, code: UInt32) -> DecodedInput {
        isFunctionKey ? decodeFunctionKey(Int32(bitPattern: code)) : decodeCharacter(code)
    }

    static func decodeCharacter(_ code: UInt32) -> DecodedInput {
        switch code {
        case 9: return .key(KeyEvent(.tab))
        case 10, 13: return .key(KeyEvent(.enter))
        case 27: return .key(KeyEvent(.escape))
        case 8, 127: return .key(KeyEvent(.backspace))
        case 0: return .key(KeyEvent(.character(" "), control: true))
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(code + 96)!)))
        case 28...31: return .ignored
        default:
            guard let scalar = Unicode.Scalar(code), code >= 0x20, !(0x80..<0xa0).contains(code) else { return .ignored }
            return .key(.char(Character(scalar)))
        }
    }

    static func decodeFunctionKey(_ code: Int32) -> DecodedInput {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .mouse
        case KEY_UP: return .key(KeyEvent(.up))
        case KEY_DOWN: return .key(KeyEvent(.down))
        case KEY_LEFT: return .key(KeyEvent(.left))
        case KEY_RIGHT: return .key(KeyEvent(.right))
        case KEY_HOME: return .key(KeyEvent(.home))
        case KEY_END: return .key(KeyEvent(.end))
        case KEY_PPAGE: return .key(KeyEvent(.pageUp))
        case KEY_NPAGE: return .key(KeyEvent(.pageDown))
        case KEY_BTAB: return .key(KeyEvent(.backTab))
        case KEY_BACKSPACE: return .key(KeyEvent(.backspace))
        case KEY_DC: return .key(KeyEvent(.delete))
        case KEY_IC: return .key(KeyEvent(.insert))
        case KEY_ENTER: return .key(KeyEvent(.enter))
        case cs_key_f(1)...cs_key_f(12): return .key(KeyEvent(.function(Int(code - cs_key_f(0)))))
        default: return .ignored
        }
    }

    /// Decodes a mouse event's button state; `nil` for releases and motion.
    public static func decodeMouse(buttonState: UInt32, x: Int, y: Int) -> MouseEvent? {
        if buttonState & cs_button4_pressed() != 0 { return MouseEvent(.wheelUp, x: x, y: y) }
        if buttonState & cs_button5_pressed() != 0 { return MouseEvent(.wheelDown, x: x, y: y) }
        if buttonState & (cs_button1_pressed() | cs_button1_clicked()) != 0 { return MouseEvent(.press(button: 1), x: x, y: y) }
        if buttonState & cs_button3_pressed() != 0 { return MouseEvent(.press(button: 3), x: x, y: y) }
        return nil
    }
}
