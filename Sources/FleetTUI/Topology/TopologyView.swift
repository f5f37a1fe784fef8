import FleetEngine
import FleetModel
import TerminalCore

/// The Topology pane: the region/cluster tree on the left (findings marked with `!`),
/// the diagram on the right (scrolled with H/J/K/L), details of the selected row and its
/// findings underneath, and the open dialog over it all.
///
/// Only what is visible is drawn: the tree draws the rows in its window, the diagram the
/// lines and columns in its window, both from data memoized per project.
enum TopologyView {
    /// Rows under the tree and diagram for the selected row's details and findings.
    static let detailRows = 4

    /// The tree's width inside a pane whose inside is `innerWidth` columns wide.
    static func treeWidth(forInnerWidth innerWidth: Int) -> Int {
        min(44, max(24, innerWidth * 2 / 5))
    }

    /// The diagram's width for a terminal (and so pane) `paneWidth` columns wide.
    static func diagramWidth(forPaneWidth paneWidth: Int) -> Int {
        let inner = max(0, paneWidth - 2)
        return max(0, inner - treeWidth(forInnerWidth: inner) - 1)
    }

    /// The narrowest the diagram is drawn: two regions side by side. A narrower window
    /// shows part of it and scrolls sideways.
    static let minimumDiagramWidth = 72

    /// The width the diagram is drawn at for a terminal `paneWidth` columns wide: the
    /// window's width, or ``minimumDiagramWidth`` when the window is narrower.
    static func diagramDrawingWidth(forPaneWidth paneWidth: Int) -> Int {
        max(minimumDiagramWidth, diagramWidth(forPaneWidth: paneWidth))
    }

    /// The diagram's visible lines and columns on a terminal `width`×`height`: the pane
    /// (below the tabs, above the status and message lines) less its border, the details
    /// rows and the diagram's caption line.
    static func diagramWindow(width: Int, height: Int) -> (columns: Int, lines: Int) {
        (diagramWidth(forPaneWidth: width), max(0, height - 3 - 2 - detailRows - 1))
    }

    /// Renders the pane and returns the cursor position while a form field is typed into.
    static func render(_ state: AppState, context: ViewContext, in area: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        let project = state.project
        let outline = state.topologyOutline
        let regionCount = outline.rows.count { if case .region = $0 { true } else { false } }
        let total = state.fleetPlan.total
        let title = "Topology: \(project.topology.clusters.count) cluster(s) in \(regionCount) region(s), mesh \(project.topology.mesh.model.rawValue)"
            + " \(context.unicode ? "·" : "-") fleet \(total.nodes) nodes, \(total.vcpu) vCPU, \(total.memoryGiB) GiB, \(total.pods) pods"
        let block = Block(title: title, borders: context.borders, borderStyle: context.style(.paneBorderFocused),
                          titleStyle: context.style(.paneTitleFocused))
        block.render(in: area, into: &buffer)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return nil }
        let (upper, details) = inner.splitBottom(detailRows)
        let treeWidth = treeWidth(forInnerWidth: inner.width)
        let treeArea = Rect(x: upper.x, y: upper.y, width: min(treeWidth, upper.width), height: upper.height)
        let diagramArea = Rect(x: treeArea.right + 1, y: upper.y, width: upper.right - treeArea.right - 1, height: upper.height)
        for y in upper.y..<upper.bottom where treeArea.right < upper.right {
            buffer.write(context.borders.vertical, x: treeArea.right, y: y, style: context.style(.paneBorder))
        }
        renderTree(state, outline: outline, context: context, in: treeArea, into: &buffer)
        renderDiagram(state, context: context, in: diagramArea, into: &buffer)
        renderDetails(state, outline: outline, context: context, in: details, into: &buffer)
        guard let dialog = state.topology.dialog else { return nil }
        return renderDialog(dialog, state: state, context: context, in: area, into: &buffer)
    }

    static func renderTree(_ state: AppState, outline: TopologyOutline, context: ViewContext, in area: Rect,
                           into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let fleet = state.fleetPlan
        let selected = min(state.topology.selectedRow, outline.rows.count - 1)
        let first = ListView.offset(selected: selected, count: outline.rows.count, height: area.height)
        for line in 0..<min(area.height, outline.rows.count - first) {
            let index = first + line
            let row = outline.rows[index]
            let rowArea = area.row(line)
            let isSelected = index == selected
            let style = context.style(isSelected ? .listSelected : .formValue)
            buffer.fill(rowArea, with: Cell(" ", style: style))
            let findings = outline.findings(for: row)
            if let worst = findings.map(\.severity).min() {
                buffer.write("!", x: rowArea.x, y: rowArea.y, style: isSelected ? style : context.style(findingRole(worst)))
            }
            buffer.write(text(for: row, project: state.project, unicode: context.unicode), x: rowArea.x + 2, y: rowArea.y,
                         maxWidth: max(0, rowArea.width - 2), style: style)
            if case .cluster(let position) = row, let nodes = plannedNodes(ofCluster: position, in: fleet) {
                // The planned nodes, right-aligned, over the end of the row text.
                let label = " \(nodes)n"
                let width = TerminalCore.TextWidth.of(label)
                if rowArea.width > width + 12 {
                    buffer.write(label, x: rowArea.right - width, y: rowArea.y, style: style)
                }
            }
        }
    }

    /// The text of a tree row (after the finding mark).
    static func text(for row: TopologyOutline.Row, project: Project, unicode: Bool) -> String {
        switch row {
        case .mesh:
            let mesh = project.topology.mesh
            return "mesh: \(mesh.model.rawValue)" + (mesh.meshID.isEmpty ? "" : " (\(mesh.meshID))")
        case .region(let name, let required, let clusters):
            return "\(unicode ? "▾" : "-") \(name) (\(clusters)\(required ? "" : ", not required"))"
        case .cluster(let position):
            let cluster = project.topology.clusters[position]
            let mesh = cluster.meshRole.map { " \($0.rawValue)" } ?? ""
            return "  \(cluster.name)  \(cluster.role.rawValue) \(cluster.environment)\(mesh)"
        }
    }

    /// The planned worker nodes of the cluster at `position`; `nil` when it is not sized.
    static func plannedNodes(ofCluster position: Int, in fleet: FleetPlan) -> Int? {
        fleet.sizing(at: position)?.plannedNodes
    }

    static func findingRole(_ severity: Finding.Severity) -> ThemeRole {
        switch severity {
        case .error: .findingError
        case .warning: .findingWarning
        case .info: .findingInfo
        }
    }

    static func renderDiagram(_ state: AppState, context: ViewContext, in area: Rect, into buffer: inout CellBuffer) {
        guard area.height >= 2, area.width >= 1 else { return }
        let (header, body) = area.splitTop(1)
        let diagram = state.topologyDiagram(width: diagramDrawingWidth(forPaneWidth: state.width), ascii: !context.unicode)
        let firstLine = min(state.topology.scrollLine, max(0, diagram.lines.count - body.height))
        let firstColumn = min(state.topology.scrollColumn, max(0, diagram.columns - body.width))
        let lastLine = min(diagram.lines.count, firstLine + body.height)
        var caption = "Diagram"
        if diagram.lines.count > body.height || diagram.columns > body.width || firstLine > 0 || firstColumn > 0 {
            caption += " lines \(firstLine + 1)-\(lastLine) of \(diagram.lines.count)"
            if firstColumn > 0 || diagram.columns > body.width { caption += ", column \(firstColumn + 1)" }
            caption += " (H J K L scroll)"
        }
        buffer.write(caption, x: header.x, y: header.y, maxWidth: header.width, style: context.style(.tableHeader))
        for (offset, index) in (firstLine..<lastLine).enumerated() {
            let shown = columns(of: diagram.lines[index], from: firstColumn, width: body.width)
            buffer.write(shown, x: body.x, y: body.y + offset, maxWidth: body.width, style: context.style(.formValue))
        }
    }

    /// The part of `line` from display column `start`, at most `width` columns wide.
    ///
    /// - Complexity: O(*c*) for the *c* characters up to the end of the window.
    static func columns(of line: String, from start: Int, width: Int) -> String {
        var column = 0
        var index = line.startIndex
        while index < line.endIndex, column < start {
            let character: Character = line[index]
            column += TerminalCore.TextWidth.of(character)
            index = line.index(after: index)
        }
        return String(TerminalCore.TextWidth.prefix(String(line[index...]), fitting: width))
    }

    static func renderDetails(_ state: AppState, outline: TopologyOutline, context: ViewContext, in area: Rect,
                              into buffer: inout CellBuffer) {
        guard !area.isEmpty, let row = outline.row(at: min(state.topology.selectedRow, outline.rows.count - 1)) else { return }
        let project = state.project
        let summary: String
        var plan: String?
        switch row {
        case .mesh:
            let mesh = project.topology.mesh
            summary = "mesh \(mesh.model.rawValue), ID \(mesh.meshID.isEmpty ? "(none)" : mesh.meshID), trust domain \(mesh.trustDomain)"
                + (mesh.eastWestGateways.isEmpty ? "" : ", gateways on \(mesh.eastWestGateways.joined(separator: ", "))")
            plan = fleetLine(state.fleetPlan) + (state.fleetCost.map { ", " + costLine($0) } ?? "")
        case .region(let name, let required, let clusters):
            summary = "region \(name): \(required ? "required" : "not in the requirements"), \(clusters) cluster(s)"
        case .cluster(let position):
            let cluster = project.topology.clusters[position]
            let zones = cluster.zones.map(String.init) ?? "\(project.requirements.zonesPerRegion) (default)"
            var text = "\(cluster.name): \(cluster.role.rawValue), \(cluster.environment), \(cluster.region), profile \(cluster.profile), "
                + "network \(cluster.network), zones \(zones)"
            if let meshRole = cluster.meshRole {
                text += ", mesh \(meshRole.rawValue)" + (cluster.primary.map { " of \($0)" } ?? "")
            }
            summary = text
            plan = clusterLine(position, fleet: state.fleetPlan)
        }
        buffer.write(summary, x: area.x, y: area.y, maxWidth: area.width, style: context.style(.formLabel))
        var used = 1
        if let plan, area.height > 1 {
            buffer.write(plan, x: area.x, y: area.y + 1, maxWidth: area.width, style: context.style(.formValue))
            used = 2
        }
        // The bundle is for another platform: the topology as a whole says what it becomes there.
        if case .mesh = row, area.height > used,
           let target = project.matrix.decision.platform ?? state.matrixDerived.evaluation?.winner,
           let mapping = PlatformMapping.short(target) {
            buffer.write("Bundle for \(target.displayName): \(mapping)", x: area.x, y: area.y + used, maxWidth: area.width,
                         style: context.style(.formLabel))
            used += 1
        }
        let findings = outline.findings(for: row)
        let room = area.height - used
        for (offset, finding) in findings.prefix(room).enumerated() {
            var text = "! \(finding.code) \(finding.message)"
            if offset == room - 1, findings.count > room {
                text = "+\(findings.count - room + 1) more: press \(PaneID.findings.digit) for Findings"
            }
            buffer.write(text, x: area.x, y: area.y + used + offset, maxWidth: area.width,
                         style: context.style(findingRole(finding.severity)))
        }
    }

    /// The plan line of a cluster: pods, nodes and ranges.
    static func clusterLine(_ position: Int, fleet: FleetPlan) -> String? {
        guard let sizing = fleet.sizing(at: position), let ranges = fleet.allocation.clusters.first(where: { $0.index == position })
        else { return nil }
        func range(_ kind: AddressKind) -> String {
            guard let assignment = ranges[kind], let block = assignment.range else { return "none" }
            return block.description + (assignment.pinned ? " pinned" : "")
        }
        let workload = sizing.cluster.workload.map { workload -> String in
            [workload.pods.map { "\($0)" }, workload.percent.map { "\($0)%" }].compactMap { $0 }.joined(separator: " at ")
        }
        let required = sizing.capacity.nodesRequired.map(String.init) ?? "no pod fits a node"
        return "\(sizing.pods) pods" + (workload.map { " (own: \($0))" } ?? "")
            + ", \(required) nodes required, \(sizing.plannedNodes) planned; pods \(range(.pod)), services \(range(.service)), nodes \(range(.node))"
    }

    /// The fleet's monthly estimate, with the count of parts it leaves out.
    static func costLine(_ cost: FleetCost) -> String {
        "\(cost.knownMonthlyUSD.dollars) USD/month" + (cost.isComplete ? "" : " + \(cost.unknowns.count) unpriced part(s)")
    }

    /// The fleet line of the mesh row: the totals per environment.
    static func fleetLine(_ fleet: FleetPlan) -> String {
        let environments = fleet.byEnvironment.map { "\($0.key) \($0.value.nodes)" }.joined(separator: ", ")
        return "fleet: \(fleet.total.clusters) cluster(s), \(fleet.total.nodes) nodes" + (environments.isEmpty ? "" : " (\(environments))")
            + ", \(fleet.total.controlPlaneNodes) control-plane"
    }
}
