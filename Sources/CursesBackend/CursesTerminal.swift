#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import CursesShim
import TerminalCore

/// The ncurses terminal: the only place the workbench talks to curses.
///
/// Creating one takes over the terminal: `setlocale` (before `initscr`, so UTF-8 and wide
/// characters work), a 25 ms escape delay (so Esc is not a second late), raw mode (C-c,
/// C-s and C-q arrive as keys), keypad decoding, colours with the terminal's own defaults,
/// and handlers that restore the terminal on SIGINT, SIGTERM, SIGHUP and on a crash.
/// ``shutdown()`` restores it on a normal exit; it is also restored at process exit.
///
/// Only one may exist at a time, and it must be used from one thread.
public final class CursesTerminal: TerminalBackend, TerminalSuspending {
    /// Choices made when the terminal is opened.
    public struct Options: Sendable {
        /// Report mouse clicks and the wheel (off by default: it takes over copy and paste).
        public var mouse: Bool
        /// Use ASCII line drawing even in a UTF-8 locale.
        public var ascii: Bool

        public init(mouse: Bool = false, ascii: Bool = false) {
            self.mouse = mouse
            self.ascii = ascii
        }
    }

    public let supportsUnicode: Bool
    /// How many colours the terminal has (0 when it has none).
    public let colorCount: Int
    private var colorPairs: ColorPairs
    private var pending: [InputEvent] = []
    private var open = true

    private var window: UnsafeMutablePointer<WINDOW> { cs_stdscr()!.assumingMemoryBound(to: WINDOW.self) }

    /// Opens the terminal on stdin/stdout.
    /// True when the terminfo database describes `terminalType` (the `TERM` value), checked
    /// before taking over the terminal so an unknown type is our error message, not curses'.
    public static func knowsTerminal(_ terminalType: String) -> Bool {
        cs_terminal_known(terminalType) == 1
    }

    public init(options: Options = Options()) {
        setlocale(LC_ALL, "")
        set_escdelay(25)
        initscr()
        raw()
        noecho()
        nonl()
        let screen = cs_stdscr()!.assumingMemoryBound(to: WINDOW.self)
        keypad(screen, true)
        // Never poll for typeahead during doupdate: a frame is small and always finished.
        typeahead(-1)
        curs_set(0)
        supportsUnicode = cs_locale_is_utf8() != 0 && !options.ascii
        var defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            colorCount = Int(cs_colors())
        } else {
            colorCount = 0
        }
        colorPairs = ColorPairs(colors: colorCount, maxPairs: Int(cs_color_pairs()), defaultColors: defaultColors)
        if options.mouse {
            mousemask(mmask_t(cs_mouse_mask()), nil)
            mouseinterval(0)
        }
        cs_install_restore_handlers()
    }

    deinit { shutdown() }

    /// Gives the terminal back: ends curses mode, shows the cursor, restores tty modes.
    public func shutdown() {
        guard open else { return }
        open = false
        cs_restore_terminal()
    }

    public var size: (width: Int, height: Int) { (Int(cs_cols()), Int(cs_lines())) }

    /// Hands the terminal to `body` (an editor) in the modes it had before curses, then takes
    /// it back: ncurses' `def_prog_mode`/`endwin` and `reset_prog_mode`/`refresh`.
    public func suspend(while body: () -> Void) {
        guard open else { body(); return }
        def_prog_mode()
        endwin()
        body()
        reset_prog_mode()
        clearok(window, true)
        refresh()
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard var event = read(timeout: timeoutMilliseconds) else { return nil }
        if case .resize = event {
            // Coalesce a burst of resizes (a window being dragged) into the last size.
            while let next = read(timeout: 0) {
                if case .resize = next { event = next } else { pending.append(next); break }
            }
        }
        return event
    }

    private func read(timeout: Int) -> InputEvent? {
        wtimeout(window, Int32(timeout))
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        guard status != ERR else { return nil }
        switch KeyDecoder.decode(isFunctionKey: status == KEY_CODE_YES, code: UInt32(code)) {
        case .key(let event):
            if event.key == .escape, let alt = altKey() { return .key(alt) }
            return .key(event)
        case .resize:
            return .resize(width: Int(cs_cols()), height: Int(cs_lines()))
        case .mouse:
            var raw = MEVENT()
            guard getmouse(&raw) == OK,
                  let mouse = KeyDecoder.decodeMouse(buttonState: UInt32(raw.bstate), x: Int(raw.x), y: Int(raw.y))
            else { return read(timeout: 0) }
            return .mouse(mouse)
        case .ignored:
            return read(timeout: 0)
        }
    }

    /// An Esc immediately followed by a character is Alt+character.
    private func altKey() -> KeyEvent? {
        wtimeout(window, 0)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        guard status == OK else {
            if status == KEY_CODE_YES { unget_wch_key(Int32(bitPattern: UInt32(code))) }
            return nil
        }
        guard case .key(var event) = KeyDecoder.decode(isFunctionKey: false, code: UInt32(code)) else { return nil }
        event.alt = true
        return event
    }

    private func unget_wch_key(_ code: Int32) { ungetch(code) }

    public func present(_ runs: [CellRun], cursor: (x: Int, y: Int)?) {
        let window = window
        for run in runs {
            var x = run.x
            var index = 0
            while index < run.cells.count {
                let style = run.cells[index].style
                var text = ""
                let start = x
                while index < run.cells.count, run.cells[index].style == style {
                    let cell = run.cells[index]
                    if supportsUnicode {
                        cell.appendSymbol(to: &text)
                    } else if cell.isContinuation {
                        text += " "   // the second column of a wide glyph, now one ASCII character
                    } else {
                        text += AsciiFallback.symbol(cell.symbol)
                    }
                    x += 1
                    index += 1
                }
                wattr_set(window, attributes(style), colorPairs.pair(for: style), nil)
                _ = wmove(window, Int32(run.y), Int32(start))
                waddnstr(window, text, -1)
            }
        }
        wattr_set(window, 0, 0, nil)
        if let cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    public func invalidate() {
        clearok(window, true)
    }

    private func attributes(_ style: Style) -> attr_t {
        var value = cs_a_normal()
        let attributes = style.attributes
        if attributes.contains(.bold) { value |= cs_a_bold() }
        if attributes.contains(.dim) { value |= cs_a_dim() }
        if attributes.contains(.reverse) { value |= cs_a_reverse() }
        if attributes.contains(.underline) { value |= cs_a_underline() }
        if attributes.contains(.italic) { value |= cs_a_italic() }
        return attr_t(value)
    }
}
