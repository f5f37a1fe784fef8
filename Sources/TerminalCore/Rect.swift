/// A rectangle of cells: column `x`, row `y`, `width` columns and `height` rows.
///
/// Sizes are never negative: every operation clamps, so layout code can subtract freely
/// on a terminal of any size (including 0×0) without crashing.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int = 0, y: Int = 0, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// True when the rectangle holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// One past the last column.
    public var right: Int { x + width }
    /// One past the last row.
    public var bottom: Int { y + height }
    public var area: Int { width * height }

    /// The rectangle shrunk by `horizontal` columns on each side and `vertical` rows at top and bottom.
    public func inset(horizontal: Int = 1, vertical: Int = 1) -> Rect {
        Rect(x: x + horizontal, y: y + vertical, width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// The cells both rectangles contain.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        return Rect(x: left, y: top, width: min(right, other.right) - left, height: min(bottom, other.bottom) - top)
    }

    /// A rectangle of at most the given size, centred in this one.
    public func centered(width requestedWidth: Int, height requestedHeight: Int) -> Rect {
        let w = min(width, max(0, requestedWidth))
        let h = min(height, max(0, requestedHeight))
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// The single row `offset` rows from the top (empty when outside).
    public func row(_ offset: Int) -> Rect {
        guard offset >= 0, offset < height else { return Rect(x: x, y: y + offset, width: 0, height: 0) }
        return Rect(x: x, y: y + offset, width: width, height: 1)
    }

    /// The top `count` rows, and the rest below them.
    public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
        let top = min(height, max(0, count))
        return (Rect(x: x, y: y, width: width, height: top), Rect(x: x, y: y + top, width: width, height: height - top))
    }

    /// The bottom `count` rows, and the rest above them.
    public func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
        let bottomRows = min(height, max(0, count))
        return (Rect(x: x, y: y, width: width, height: height - bottomRows),
                Rect(x: x, y: y + height - bottomRows, width: width, height: bottomRows))
    }

    public var description: String { "\(width)x\(height)+\(x)+\(y)" }
}
