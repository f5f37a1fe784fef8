/// One cell of the terminal: the grapheme drawn there and its style.
///
/// A wide character (two columns) occupies its cell and the next one; the second cell is
/// a *continuation* with an empty symbol, which backends skip when drawing.
///
/// The grapheme is stored inline as up to four Unicode scalars, so a cell is a plain
/// value: copying, clearing and comparing a frame of cells involves no reference
/// counting. Longer clusters (some emoji sequences) keep their first four scalars.
public struct Cell: Sendable, Hashable {
    // Five 32-bit words and no padding, so rows of cells can be compared as bytes.
    private var scalars: (UInt32, UInt32, UInt32, UInt32)
    private var packedStyle: UInt32

    public init(_ symbol: String = " ", style: Style = .plain) {
        self.scalars = Self.pack(symbol)
        self.packedStyle = Self.pack(style)
    }

    /// A one-scalar cell (the fast path for ASCII text).
    init(scalar: UInt32, style: Style) {
        self.scalars = (scalar, 0, 0, 0)
        self.packedStyle = Self.pack(style)
    }

    public var style: Style {
        get {
            Style(foreground: Self.color(packedStyle & 0x1ff), background: Self.color((packedStyle >> 9) & 0x1ff),
                  attributes: TextAttributes(rawValue: UInt8(truncatingIfNeeded: packedStyle >> 18)))
        }
        set { packedStyle = Self.pack(newValue) }
    }

    private static func pack(_ style: Style) -> UInt32 {
        code(style.foreground) | code(style.background) << 9 | UInt32(style.attributes.rawValue) << 18
    }

    private static func code(_ color: Color) -> UInt32 {
        switch color {
        case .terminalDefault: 0x100
        case .indexed(let index): UInt32(index)
        }
    }

    private static func color(_ code: UInt32) -> Color {
        code == 0x100 ? .terminalDefault : .indexed(UInt8(truncatingIfNeeded: code))
    }

    /// A space with the plain style.
    public static let blank = Cell()

    /// The grapheme cluster shown in the cell; `""` for the right half of a wide character.
    public var symbol: String {
        get {
            guard scalars.0 != 0 else { return "" }
            var text = String.UnicodeScalarView()
            for value in [scalars.0, scalars.1, scalars.2, scalars.3] where value != 0 {
                if let scalar = Unicode.Scalar(value) { text.append(scalar) }
            }
            return String(text)
        }
        set { scalars = Self.pack(newValue) }
    }

    /// Appends the symbol to `text` without building an intermediate string.
    public func appendSymbol(to text: inout String) {
        if scalars.1 == 0 {
            if scalars.0 != 0, let scalar = Unicode.Scalar(scalars.0) { text.unicodeScalars.append(scalar) }
        } else {
            text += symbol
        }
    }

    /// The first scalar of the symbol (0 for a continuation cell).
    var firstScalar: UInt32 { scalars.0 }

    /// True for the right half of a wide character.
    public var isContinuation: Bool { scalars.0 == 0 }

    /// True when the symbol is one printable ASCII character.
    var isASCII: Bool { scalars.0 < 0x80 && scalars.1 == 0 }

    private static func pack(_ symbol: String) -> (UInt32, UInt32, UInt32, UInt32) {
        var values: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        for (index, scalar) in symbol.unicodeScalars.prefix(4).enumerated() {
            switch index {
            case 0: values.0 = scalar.value
            case 1: values.1 = scalar.value
            case 2: values.2 = scalar.value
            default: values.3 = scalar.value
            }
        }
        return values
    }

    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.scalars.0 == rhs.scalars.0 && lhs.scalars.1 == rhs.scalars.1 && lhs.scalars.2 == rhs.scalars.2
            && lhs.scalars.3 == rhs.scalars.3 && lhs.packedStyle == rhs.packedStyle
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(scalars.0)
        hasher.combine(scalars.1)
        hasher.combine(scalars.2)
        hasher.combine(scalars.3)
        hasher.combine(packedStyle)
    }
}
