import FleetEngine
import FleetModel
import TerminalCore

/// The derived panel of the Profiles pane: a node's CPU and memory as stacked bars with a
/// legend, the capacity numbers and tuned settings (one selectable row each, for `w`), and
/// the profile's findings.
enum ProfilesDerivedView {
    /// Renders the panel for the selected profile (planned here, and only this one).
    static func render(_ state: AppState, profile: ClusterProfile, index: Int, context: ViewContext, in area: Rect,
                       into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let focused = state.profiles.region == .derived
        guard let plan = state.plan(forProfile: index) else { return }
        ProfilesView.heading((focused ? ProfilesView.marker(context) : "") + "Derived: \(profile.name)", focused: focused, context: context,
                             in: area.row(0), into: &buffer)
        var rest = area.splitTop(1).rest
        let breakdowns = [NodeBreakdown(.cpu, of: plan.capacity), NodeBreakdown(.memory, of: plan.capacity)]
        // The full legend when there is room for it and a few values; else one line of names.
        let fullRows = 2 + legendRows(width: rest.width)
        let compact = rest.height < fullRows + 5
        let barRows = compact ? (rest.height >= 6 ? 3 : 0) : fullRows
        if barRows > 0 {
            let (bars, below) = rest.splitTop(barRows)
            CapacityBars(breakdowns: breakdowns, compactLegend: compact, unicode: context.unicode, theme: context.theme)
                .render(in: bars, into: &buffer)
            rest = below
        }
        let profileFindings = findings(of: state, profile: index)
        let findingRows = rest.height >= 6 ? min(3, max(1, profileFindings.count)) + 1 : 0
        let (rowsArea, findingsArea) = rest.splitBottom(findingRows)
        renderRows(ProfileDerivedRow.rows(for: plan), selected: focused ? state.profiles.derivedRow : nil,
                   context: context, in: rowsArea, into: &buffer)
        renderFindings(profileFindings, context: context, in: findingsArea, into: &buffer)
    }

    /// One line under the form in the narrow layout: pods per node and node counts.
    static func renderSummary(_ state: AppState, index: Int, context: ViewContext, in area: Rect,
                              into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        guard let capacity = state.plan(forProfile: index)?.capacity else { return }
        func count(_ value: Int?) -> String { value.map(String.init) ?? "impossible" }
        let zoneLoss = capacity.zones > 1 ? count(capacity.nodesToSurviveZoneLoss) : "n/a"
        let text = "pods/node \(capacity.podsPerNode) (\(NodeBreakdown.factorName(capacity.limitingFactor)))  "
            + "nodes \(count(capacity.nodesRequired))  N+1 \(count(capacity.nodesToSurviveNodeLoss))  zone loss \(zoneLoss)"
        buffer.write(TerminalCore.TextWidth.truncate(text, to: area.width), x: area.x, y: area.y, maxWidth: area.width,
                     style: context.style(.formLabel))
    }

    /// The rows the legend needs at a width (entries of 26 columns side by side).
    static func legendRows(width: Int) -> Int {
        let perRow = max(1, width / CapacityBars.legendEntryWidth)
        return (NodeBreakdown.Segment.allCases.count + perRow - 1) / perRow
    }

    /// The findings about one profile (its `spec.profiles[i]` subtree), as the Findings pane lists them.
    static func findings(of state: AppState, profile index: Int) -> [Finding] {
        let prefix = FieldPath.spec.key("profiles").index(index).components
        return state.findings.filter { $0.path.components.starts(with: prefix) }
    }

    static func renderRows(_ rows: [ProfileDerivedRow], selected: Int?, context: ViewContext, in area: Rect,
                           into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        // Section headings are lines too; they scroll with the rows but cannot be selected.
        var lines: [(text: String, row: Int?)] = []
        for (index, row) in rows.enumerated() {
            if index == 0 || rows[index - 1].section != row.section { lines.append((row.section, nil)) }
            lines.append((row.label, index))
        }
        let clamped = selected.map { min(max(0, $0), rows.count - 1) }
        let selectedLine = clamped.flatMap { target in lines.firstIndex { $0.row == target } }
        let first = ListView.offset(selected: selectedLine, count: lines.count, height: area.height)
        let labelWidth = min(32, max(8, area.width * 11 / 20))
        for offset in 0..<min(area.height, lines.count - first) {
            let line = lines[first + offset]
            let y = area.y + offset
            guard let rowIndex = line.row else {
                buffer.write(TerminalCore.TextWidth.truncate(line.text, to: area.width), x: area.x, y: y, maxWidth: area.width,
                             style: context.style(.tableHeader))
                continue
            }
            let isSelected = rowIndex == clamped
            let style = context.style(isSelected ? .listSelected : .formValue)
            if isSelected { buffer.fill(area.row(offset), with: Cell(" ", style: style)) }
            let label = TerminalCore.TextWidth.pad(TerminalCore.TextWidth.truncate(" " + line.text, to: labelWidth - 1), to: labelWidth)
            buffer.write(label, x: area.x, y: y, maxWidth: area.width, style: isSelected ? style : context.style(.formLabel))
            buffer.write(TerminalCore.TextWidth.truncate(rows[rowIndex].value, to: max(0, area.width - labelWidth)), x: area.x + labelWidth,
                         y: y, maxWidth: max(0, area.width - labelWidth), style: style)
        }
    }

    static func renderFindings(_ findings: [Finding], context: ViewContext, in area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        buffer.write("Findings", x: area.x, y: area.y, maxWidth: area.width, style: context.style(.tableHeader))
        guard !findings.isEmpty else {
            buffer.write(" none", x: area.x, y: area.y + 1, maxWidth: area.width, style: context.style(.formLabel))
            return
        }
        for (offset, finding) in findings.prefix(area.height - 1).enumerated() {
            let role: ThemeRole = switch finding.severity {
            case .error: .findingError
            case .warning: .findingWarning
            case .info: .findingInfo
            }
            let text = " \(finding.code) \(finding.message)"
            buffer.write(TerminalCore.TextWidth.truncate(text, to: area.width), x: area.x, y: area.y + 1 + offset, maxWidth: area.width,
                         style: context.style(role))
        }
    }
}
