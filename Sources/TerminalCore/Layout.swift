/// How much room one part of a split takes.
public enum Constraint: Sendable, Hashable {
    /// Exactly this many cells (less if there is not enough room).
    case length(Int)
    /// This percentage of the whole, rounded down.
    case percentage(Int)
    /// At least this many cells; takes a share of the leftover like `fill(1)`.
    case min(Int)
    /// A share of the leftover room, proportional to the weight.
    case fill(Int)
}

/// The direction a ``Layout`` splits in.
public enum Axis: Sendable, Hashable {
    /// Side by side (columns).
    case horizontal
    /// One above the other (rows).
    case vertical
}

/// Splits a rectangle into parts along one axis, following a list of constraints.
///
/// ```swift
/// let parts = Layout.split(area, .vertical, [.length(1), .fill(1), .length(1)])
/// // tabs row, body, status row
/// ```
/// Fixed parts (`length`, `percentage`, `min`) are served first, in order; if they do not
/// fit, the later ones shrink (never below zero). The leftover goes to `fill` and `min`
/// parts by weight, the rounding remainder to the last of them. The parts always tile the
/// rectangle exactly, in order.
public enum Layout {
    /// The parts of `rect`, one per constraint.
    ///
    /// - Complexity: O(*n*) in the number of constraints.
    public static func split(_ rect: Rect, _ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
        let total = axis == .horizontal ? rect.width : rect.height
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let cells): Swift.max(0, cells)
            case .percentage(let percent): total * Swift.min(100, Swift.max(0, percent)) / 100
            case .min(let cells): Swift.max(0, cells)
            case .fill: 0
            }
        }
        var remaining = total
        for index in sizes.indices {
            sizes[index] = Swift.min(sizes[index], remaining)
            remaining -= sizes[index]
        }
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fill(let weight): Swift.max(0, weight)
            case .min: 1
            default: 0
            }
        }
        let weightSum = weights.reduce(0, +)
        if weightSum > 0, remaining > 0 {
            var handedOut = 0
            var last = 0
            for index in sizes.indices where weights[index] > 0 {
                let share = remaining * weights[index] / weightSum
                sizes[index] += share
                handedOut += share
                last = index
            }
            sizes[last] += remaining - handedOut
        }
        var offset = axis == .horizontal ? rect.x : rect.y
        return sizes.map { size in
            defer { offset += size }
            return axis == .horizontal
                ? Rect(x: offset, y: rect.y, width: size, height: rect.height)
                : Rect(x: rect.x, y: offset, width: rect.width, height: size)
        }
    }
}
