#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of adjacent cells on one row that changed since the previous frame.
public struct CellRun: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }
}

extension CellBuffer {
    /// The runs of cells that differ from `previous`, row by row, left to right.
    ///
    /// With no previous frame, or one of another size, every row is one run. A run never
    /// starts on a continuation cell: it is widened to include the wide character's
    /// first half, so a backend can draw each run from its start.
    ///
    /// - Complexity: O(*w*·*h*).
    public func changes(from previous: CellBuffer?) -> [CellRun] {
        guard let previous, previous.width == width, previous.height == height else {
            return (0..<height).compactMap { y in
                width == 0 ? nil : CellRun(x: 0, y: y, cells: Array(cells[(y * width)..<((y + 1) * width)]))
            }
        }
        var runs: [CellRun] = []
        // Rows that did not change are skipped with one byte comparison (`Cell` has no padding).
        let rowBytes = width * MemoryLayout<Cell>.stride
        let changedRows = cells.withUnsafeBytes { new in
            previous.cells.withUnsafeBytes { old in
                (0..<height).filter { y in
                    memcmp(new.baseAddress! + y * rowBytes, old.baseAddress! + y * rowBytes, rowBytes) != 0
                }
            }
        }
        for y in changedRows {
            let base = y * width
            var x = 0
            while x < width {
                if cells[base + x] == previous.cells[base + x] { x += 1; continue }
                var start = x
                if cells[base + start].isContinuation, start > 0 { start -= 1 }
                var end = x + 1
                // Extend over changed cells and the continuation halves that follow them.
                while end < width, cells[base + end] != previous.cells[base + end] || cells[base + end].isContinuation {
                    end += 1
                }
                if let last = runs.last, last.y == y, last.x + last.cells.count >= start {
                    runs[runs.count - 1].cells += Array(cells[(base + last.x + last.cells.count)..<(base + end)])
                } else {
                    runs.append(CellRun(x: start, y: y, cells: Array(cells[(base + start)..<(base + end)])))
                }
                x = end
            }
        }
        return runs
    }
}
