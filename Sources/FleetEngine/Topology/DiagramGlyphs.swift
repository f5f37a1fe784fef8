/// The characters a text diagram is drawn with: Unicode box drawing, or plain ASCII for
/// terminals and logs that cannot show it.
public struct DiagramGlyphs: Sendable, Equatable {
    /// Corners (top-left, top-right, bottom-left, bottom-right), horizontal and vertical
    /// lines of a region box.
    public var region: BoxGlyphs
    /// The same for a cluster box.
    public var cluster: BoxGlyphs
    /// Marks text cut short to fit; the full text is listed under the diagram.
    public var ellipsis: String
    /// Between a remote and the primary it follows.
    public var arrow: String
    /// Between two peer primaries.
    public var bothWays: String
    /// Between two facts on one line, such as role and environment.
    public var separator: String

    /// Double lines for regions, light lines for clusters, `…`, `→`, `↔` and `·`.
    public static let unicode = DiagramGlyphs(
        region: BoxGlyphs(corners: ["╔", "╗", "╚", "╝"], horizontal: "═", vertical: "║"),
        cluster: BoxGlyphs(corners: ["┌", "┐", "└", "┘"], horizontal: "─", vertical: "│"),
        ellipsis: "…", arrow: "→", bothWays: "↔", separator: "·"
    )

    /// `+`, `=`, `-`, `|`, `...`, `->`, `<->` and `/`: seven-bit ASCII only.
    public static let ascii = DiagramGlyphs(
        region: BoxGlyphs(corners: ["+", "+", "+", "+"], horizontal: "=", vertical: "|"),
        cluster: BoxGlyphs(corners: ["+", "+", "+", "+"], horizontal: "-", vertical: "|"),
        ellipsis: "...", arrow: "->", bothWays: "<->", separator: "/"
    )
}

/// The six pieces of one box outline.
public struct BoxGlyphs: Sendable, Equatable {
    /// Top-left, top-right, bottom-left, bottom-right.
    public var corners: [String]
    /// The line along the top and bottom.
    public var horizontal: String
    /// The line down the sides.
    public var vertical: String

    /// A box outline from its pieces; `corners` must hold four strings.
    public init(corners: [String], horizontal: String, vertical: String) {
        self.corners = corners
        self.horizontal = horizontal
        self.vertical = vertical
    }

    /// `╔═ title ═══╗` (or a plain top line when `title` is empty), `width` columns wide.
    func top(width: Int, title: String = "") -> String {
        let inner = width - 2
        if title.isEmpty {
            return corners[0] + String(repeating: horizontal, count: inner) + corners[1]
        }
        let label = horizontal + " " + title + " "
        let rest = max(inner - TextWidth.of(label), 0)
        return corners[0] + label + String(repeating: horizontal, count: rest) + corners[1]
    }

    /// `╚════╝`, `width` columns wide.
    func bottom(width: Int) -> String {
        corners[2] + String(repeating: horizontal, count: width - 2) + corners[3]
    }

    /// `║ text   ║`: `text` padded to `width` columns with one space either side.
    func row(_ text: String, width: Int) -> String {
        vertical + " " + TextWidth.padded(text, to: width - 4) + " " + vertical
    }
}
