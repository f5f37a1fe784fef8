/// The characters a border is drawn with.
///
/// ``unicode`` uses box-drawing characters; ``ascii`` (`+`, `-`, `|`) is for terminals whose
/// locale is not UTF-8, where line drawing would come out as `lqqk` or mojibake.
public struct BorderSet: Sendable, Hashable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// Separator between tabs and other inline items.
    public var separator: String

    public init(horizontal: String, vertical: String, topLeft: String, topRight: String,
                bottomLeft: String, bottomRight: String, separator: String) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.separator = separator
    }

    /// Light box-drawing lines.
    public static let unicode = BorderSet(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                          bottomLeft: "└", bottomRight: "┘", separator: "│")
    /// Plain ASCII.
    public static let ascii = BorderSet(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                        bottomLeft: "+", bottomRight: "+", separator: "|")
}
