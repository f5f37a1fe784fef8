/// A terminal colour: the terminal's own default, or an entry of the 256-colour palette.
///
/// Palette entries 0–7 are the standard colours, 8–15 their bright variants, 16–231 the
/// 6×6×6 cube and 232–255 the grey ramp. Themes name colours (`cyan`, `bright-red`,
/// `color208`, `#ff8800`); a backend degrades them to what the terminal supports with
/// ``degraded(toColors:)``.
public enum Color: Sendable, Hashable {
    /// The terminal's default foreground or background (ncurses colour `-1`).
    case terminalDefault
    /// An entry of the 256-colour palette.
    case indexed(UInt8)

    /// The standard colour names, in palette order.
    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses a colour as written in a theme file.
    ///
    /// Accepts `default`, the eight names, `bright-NAME` (or `brightNAME`), `gray`/`grey`
    /// (bright black), `colorN` with N in 0…255, and `#rrggbb` (mapped to the nearest
    /// entry of the 256-colour palette). Returns `nil` for anything else.
    public init?(name text: String) {
        let name = text.lowercased()
        if name == "default" || name == "none" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: name) {
            self = .indexed(UInt8(index))
        } else if name == "gray" || name == "grey" {
            self = .indexed(8)
        } else if name.hasPrefix("bright"),
                  let index = Self.names.firstIndex(of: String(name.dropFirst(6).drop { $0 == "-" })) {
            self = .indexed(UInt8(index + 8))
        } else if name.hasPrefix("color"), let number = Int(name.dropFirst(5)), (0...255).contains(number) {
            self = .indexed(UInt8(number))
        } else if name.hasPrefix("#"), name.count == 7, let rgb = Int(name.dropFirst(), radix: 16) {
            self = .indexed(Self.nearestIndex(red: (rgb >> 16) & 0xff, green: (rgb >> 8) & 0xff, blue: rgb & 0xff))
        } else {
            return nil
        }
    }

    /// This colour for a terminal with `count` colours (256, 16, 8 or fewer).
    ///
    /// Cube and grey entries map to the nearest of the 16 (or 8) standard colours; with
    /// fewer than 8 colours every colour becomes ``terminalDefault``.
    public func degraded(toColors count: Int) -> Color {
        guard case .indexed(let index) = self else { return self }
        if count >= 256 || (count >= 16 && index < 16) || (count >= 8 && index < 8) { return self }
        guard count >= 8 else { return .terminalDefault }
        let rgb = Self.rgb(of: index)
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<min(count, 16) {
            let other = Self.rgb(of: UInt8(candidate))
            let distance = Self.distance(rgb, other)
            if distance < bestDistance { (best, bestDistance) = (candidate, distance) }
        }
        return .indexed(UInt8(best))
    }

    /// The palette entry closest to an RGB colour (cube or grey ramp).
    static func nearestIndex(red: Int, green: Int, blue: Int) -> UInt8 {
        var best = 16
        var bestDistance = Int.max
        for index in 16...255 {
            let distance = distance(rgb(of: UInt8(index)), (red, green, blue))
            if distance < bestDistance { (best, bestDistance) = (index, distance) }
        }
        return UInt8(best)
    }

    /// The xterm RGB value of a palette entry.
    static func rgb(of index: UInt8) -> (Int, Int, Int) {
        let standard: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let value = Int(index)
        if value < 16 { return standard[value] }
        if value >= 232 {
            let grey = 8 + (value - 232) * 10
            return (grey, grey, grey)
        }
        let cube = value - 16
        let level = { (step: Int) in step == 0 ? 0 : 55 + step * 40 }
        return (level(cube / 36), level((cube / 6) % 6), level(cube % 6))
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr * 3 + dg * dg * 4 + db * db * 2
    }
}
