import CNcurses
import TerminalCore

/// Colour pairs allocated on first use, with colours degraded to what the terminal has.
///
/// ncurses draws colours through numbered pairs (foreground, background). The palette is
/// read once after `start_color`: 256 colours are used as they are, 16 or 8 degrade to
/// the nearest standard colour, and without colour support every style is drawn with
/// pair 0 (attributes only). When the pairs run out, later combinations use pair 0.
struct ColorPairs {
    private var pairs: [PairKey: Int16] = [:]
    private let colors: Int
    private let maxPairs: Int
    private let defaultColors: Bool

    private struct PairKey: Hashable {
        var foreground: Color
        var background: Color
    }

    /// - Parameters:
    ///   - colors: `COLORS` (0 when the terminal has no colour).
    ///   - maxPairs: `COLOR_PAIRS`.
    ///   - defaultColors: whether `use_default_colors()` succeeded, so `-1` is allowed.
    init(colors: Int, maxPairs: Int, defaultColors: Bool) {
        self.colors = colors
        self.maxPairs = min(maxPairs, Int(Int16.max))
        self.defaultColors = defaultColors
    }

    /// The pair for a style's colours, allocating it if needed (0 = terminal defaults).
    mutating func pair(for style: Style) -> Int16 {
        guard colors >= 8 else { return 0 }
        let key = PairKey(foreground: style.foreground.degraded(toColors: colors),
                          background: style.background.degraded(toColors: colors))
        if key.foreground == .terminalDefault, key.background == .terminalDefault { return 0 }
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        guard next < maxPairs else { return 0 }
        init_pair(Int16(next), number(key.foreground, fallback: COLOR_WHITE), number(key.background, fallback: COLOR_BLACK))
        pairs[key] = Int16(next)
        return Int16(next)
    }

    private func number(_ color: Color, fallback: Int32) -> Int16 {
        switch color {
        case .terminalDefault: defaultColors ? -1 : Int16(fallback)
        case .indexed(let index): Int16(index)
        }
    }
}
