extension Double {
    /// The number with a fixed count of decimals, rounding half away from zero.
    ///
    /// Locale-independent and byte-stable: `72.2727.fixedPoint(1)` is `"72.3"`, and a value
    /// that rounds to zero never prints as `-0.0`.
    public func fixedPoint(_ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(self) * scale).rounded(.toNearestOrAwayFromZero))
        let unit = Int(scale)
        let whole = scaled / unit
        let fraction = String(scaled % unit)
        let sign = self < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + String(whole) }
        return sign + String(whole) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}

extension Double {
    /// The value as `fixedPoint(digits)` shows it, as a number.
    public func roundedTo(_ digits: Int) -> Double {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (self * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// The difference between two values as they are shown with `digits` decimals, so a printed
    /// "73.7 vs 66.5" says "7.2", never the 7.1 of the unrounded values.
    public static func shownDifference(_ a: Double, _ b: Double, digits: Int = 1) -> Double {
        a.roundedTo(digits) - b.roundedTo(digits)
    }
}
