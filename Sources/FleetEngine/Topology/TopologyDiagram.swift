import FleetModel

/// The topology drawn as text for a terminal: regions as boxes side by side, clusters as
/// boxes inside them, and the mesh, links, networks and failover listed underneath.
///
/// Every line fits `width` columns (measured with `TextWidth`, never `String.count`).
/// Regions that do not fit beside each other wrap into further rows. Text too wide for
/// its box is cut with an ellipsis, and the full text is listed under "Cut short", so no
/// name is ever lost. The output is an array of lines so the TUI can draw and scroll it;
/// `topology --format text` joins them with LF.
///
/// ```swift
/// let lines = TopologyDiagram(width: 100).lines(for: project)
/// ```
///
/// Edge cases: widths below `minimumWidth` are drawn at `minimumWidth`; a required region
/// without clusters is drawn empty; an empty topology draws the required regions only.
public struct TopologyDiagram: Sendable {
    /// The narrowest width drawn; a region box needs room for a cluster box inside it.
    public static let minimumWidth = 24

    /// Columns available, at least `minimumWidth`.
    public let width: Int
    /// The characters the boxes, arrows and ellipses are drawn with.
    public let glyphs: DiagramGlyphs

    /// A diagram `width` columns wide, in Unicode box drawing or (`ascii`) plain ASCII.
    public init(width: Int = 100, ascii: Bool = false) {
        self.width = max(width, Self.minimumWidth)
        self.glyphs = ascii ? .ascii : .unicode
    }

    /// The diagram of `project`'s topology, one string per line, no line endings.
    ///
    /// - Complexity: O(*n* + *l*) for *n* clusters and *l* mesh links.
    public func lines(for project: Project) -> [String] {
        var cut = CutText()
        let boxes = TopologyRegion.regions(of: project).map { regionBox($0, project: project, cut: &cut) }
        var lines = pack(boxes)
        let legend = legendLines(for: project, cut: cut)
        if !legend.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += legend
        }
        return lines
    }

    /// Region boxes placed left to right, wrapping to a new row when the next would pass
    /// `width`; boxes of one row are stretched to the same height; rows are separated by
    /// a blank line.
    func pack(_ boxes: [[String]]) -> [String] {
        var rows: [[[String]]] = []
        var used = 0
        for box in boxes {
            let boxWidth = TextWidth.of(box[0])
            if let last = rows.indices.last, used + 1 + boxWidth <= width {
                rows[last].append(box)
                used += 1 + boxWidth
            } else {
                rows.append([box])
                used = boxWidth
            }
        }
        var lines: [String] = []
        for (number, row) in rows.enumerated() {
            if number > 0 { lines.append("") }
            let height = row.map(\.count).max() ?? 0
            let stretched = row.map { stretch($0, to: height) }
            for line in 0..<height {
                lines.append(stretched.map { $0[line] }.joined(separator: " "))
            }
        }
        return lines
    }

    /// `box` with empty rows inserted above its bottom line until it is `height` lines tall.
    func stretch(_ box: [String], to height: Int) -> [String] {
        guard box.count < height else { return box }
        let filler = glyphs.region.row("", width: TextWidth.of(box[0]))
        return box.dropLast() + Array(repeating: filler, count: height - box.count) + [box[box.count - 1]]
    }

    /// A region's box: the name in the top border, one cluster box per cluster.
    func regionBox(_ region: TopologyRegion, project: Project, cut: inout CutText) -> [String] {
        let title = region.required ? region.name : "\(region.name) (not required)"
        let gateways = Set(project.topology.mesh.eastWestGateways)
        let contents = region.clusters.map {
            DiagramLabel.lines(for: $0, project: project, gateways: gateways, glyphs: glyphs)
        }
        let empty = "(no clusters)"
        let natural = max(
            contents.joined().map { TextWidth.of($0) }.max().map { $0 + 8 } ?? TextWidth.of(empty) + 4,
            TextWidth.of(title) + 6
        )
        let boxWidth = min(natural, width)
        let shownTitle = cut.fit(title, to: boxWidth - 6, glyphs: glyphs)
        var lines = [glyphs.region.top(width: boxWidth, title: shownTitle)]
        if contents.isEmpty {
            lines.append(glyphs.region.row(empty, width: boxWidth))
        }
        let clusterWidth = boxWidth - 4
        for content in contents {
            lines.append(glyphs.region.row(glyphs.cluster.top(width: clusterWidth), width: boxWidth))
            for text in content {
                let shown = cut.fit(text, to: clusterWidth - 4, glyphs: glyphs)
                lines.append(glyphs.region.row(glyphs.cluster.row(shown, width: clusterWidth), width: boxWidth))
            }
            lines.append(glyphs.region.row(glyphs.cluster.bottom(width: clusterWidth), width: boxWidth))
        }
        lines.append(glyphs.region.bottom(width: boxWidth))
        return lines
    }
}

/// Text shown cut short in a diagram, with its full form, in order of first cut.
struct CutText {
    private(set) var entries: [(shown: String, full: String)] = []
    private var seen: Set<String> = []

    /// `text` if it fits `width` columns; otherwise its cut form, remembered for the legend.
    mutating func fit(_ text: String, to width: Int, glyphs: DiagramGlyphs) -> String {
        let shown = TextWidth.truncated(text, to: width, ellipsis: glyphs.ellipsis)
        if shown != text, seen.insert(text).inserted {
            entries.append((shown, text))
        }
        return shown
    }
}
