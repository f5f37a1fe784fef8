import Foundation

/// A Kubernetes resource quantity such as `250m`, `2`, `512Mi` or `1.5Gi`, held exactly.
///
/// The grammar is the one of `k8s.io/apimachinery/pkg/api/resource`: an optional sign, a
/// decimal number, then either a binary suffix (`Ki` `Mi` `Gi` `Ti` `Pi` `Ei`), a decimal
/// suffix (`n` `u` `m` `k` `M` `G` `T` `P` `E`) or an exponent (`e3`, `E-2`).
/// The text is kept as written so that saving a project reproduces it byte for byte;
/// the value is an exact `Decimal`, never a `Double`.
///
/// ```swift
/// Quantity(parsing: "250m")!.value      // 0.25
/// Quantity(parsing: "512Mi")!.value     // 536870912
/// Quantity(parsing: "1.5.0")            // nil
/// ```
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// The quantity as written (surrounding blanks removed).
    public let text: String
    /// The exact value in base units (cores, bytes).
    public let value: Decimal

    /// Parses a quantity; `nil` when the text is not a Kubernetes quantity.
    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let value = Self.parse(text) else { return nil }
        self.text = text
        self.value = value
    }

    /// A quantity of whole milli-units (`250` → `"250m"`, `2000` → `"2"`).
    public init(millis: Int64) {
        let text = millis % 1000 == 0 ? "\(millis / 1000)" : "\(millis)m"
        self.text = text
        self.value = Decimal(millis) / 1000
    }

    /// A quantity of whole mebibytes (`512` → `"512Mi"`, `2048` → `"2Gi"`).
    public init(mebibytes: Int64) {
        let text = mebibytes % 1024 == 0 ? "\(mebibytes / 1024)Gi" : "\(mebibytes)Mi"
        self.text = text
        self.value = Decimal(mebibytes) * 1_048_576
    }

    public var description: String { text }

    /// The value in milli-units, rounded up as the API server does for CPU.
    public var millis: Int64 { Self.roundUp(value * 1000) }

    /// The value in whole units (bytes for memory), rounded up.
    public var units: Int64 { Self.roundUp(value) }

    /// True when the value is finer than one milli-unit, which the API server rounds away for CPU.
    public var hasSubMilliPrecision: Bool {
        var scaled = value * 1000
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        return rounded != scaled
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    private static func roundUp(_ decimal: Decimal) -> Int64 {
        var input = decimal
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 0, .up)
        if rounded > Decimal(Int64.max) { return .max }
        if rounded < Decimal(Int64.min) { return .min }
        return NSDecimalNumber(decimal: rounded).int64Value
    }

    private static let binarySuffixes: [String: Int] = ["Ki": 10, "Mi": 20, "Gi": 30, "Ti": 40, "Pi": 50, "Ei": 60]
    private static let decimalSuffixes: [String: Int] = [
        "n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18,
    ]

    private static func parse(_ text: String) -> Decimal? {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 64 else { return nil }
        var index = 0
        var negative = false
        if scalars[index] == "+" || scalars[index] == "-" {
            negative = scalars[index] == "-"
            index += 1
        }
        var digits = ""
        var sawDigit = false
        var sawPoint = false
        while index < scalars.count {
            let scalar = scalars[index]
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
                sawDigit = true
            } else if scalar == ".", !sawPoint {
                digits.unicodeScalars.append(scalar)
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard sawDigit, digits.count <= 30 else { return nil }
        let suffix = String(String.UnicodeScalarView(scalars[index...]))
        // Built digit by digit: exact, and without the locale machinery `Decimal(string:)` starts up.
        var significand = Decimal(0)
        var fractionDigits = 0
        var afterPoint = false
        for character in digits.unicodeScalars {
            if character == "." {
                afterPoint = true
                continue
            }
            significand = significand * 10 + Decimal(Int(character.value) - 48)
            if afterPoint { fractionDigits += 1 }
        }
        var number = Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: significand)
        if let power = binarySuffixes[suffix] {
            return number * pow(Decimal(2), power)
        }
        if let power = decimalSuffixes[suffix] {
            return scaled(number, byPowerOfTen: power)
        }
        if let first = suffix.first, first == "e" || first == "E" {
            let exponentText = suffix.dropFirst()
            guard let exponent = Int(exponentText), exponentText.allSatisfy({ $0.isASCII }),
                  abs(exponent) <= 30 else { return nil }
            return scaled(number, byPowerOfTen: exponent)
        }
        return nil
    }

    private static func scaled(_ number: Decimal, byPowerOfTen power: Int) -> Decimal {
        power >= 0 ? number * pow(Decimal(10), power) : number / pow(Decimal(10), -power)
    }
}
