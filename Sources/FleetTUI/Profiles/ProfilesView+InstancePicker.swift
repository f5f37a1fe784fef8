import FleetEngine
import FleetModel
import TerminalCore

extension ProfilesView {
    /// Draws the instance-type picker over the pane: the filters, the matching types with
    /// their shape, GPUs, pod limit and price, and the key hint. Returns the name filter's
    /// cursor while it has the focus.
    ///
    /// Only the visible rows are formatted, so a frame costs the same whatever the catalog holds.
    static func renderInstancePicker(_ picker: InstancePicker, state: AppState, context: ViewContext, in area: Rect,
                                     into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        let box = area.centered(width: min(area.width, 96), height: min(area.height, 24))
        guard box.width >= 20, box.height >= 6 else { return nil }
        let style = context.style(.dialog)
        buffer.fill(box, with: Cell(" ", style: style))
        let name = state.project.profiles.indices.contains(picker.profile) ? state.project.profiles[picker.profile].name : "profile"
        Block(title: "Instance type for \(name)", borders: context.borders, borderStyle: context.style(.dialogBorder),
              titleStyle: context.style(.dialogBorder)).render(in: box, into: &buffer)
        let inner = box.inset(horizontal: 2, vertical: 1)
        guard let catalog = try? InstanceCatalog.bundled() else {
            buffer.write("The instance catalog does not load.", x: inner.x, y: inner.y, maxWidth: inner.width, style: style)
            return nil
        }
        let cursor = renderPickerFilters(picker, context: context, in: inner.row(0), into: &buffer)
        let entries = picker.entries(in: catalog)
        let (tableArea, hintArea) = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1).splitBottom(1)
        let selected = min(max(0, picker.selected), entries.count)
        let first = ListView.offset(selected: selected, count: entries.count + 1, height: max(1, tableArea.height - 1))
        let visible = first..<min(entries.count + 1, first + max(0, tableArea.height - 1))
        let rows = visible.map { row -> [String] in
            row == 0 ? ["none (typed shape)", "", "", "", "", "", ""] : pickerRow(entries[row - 1], picker: picker, catalog: catalog)
        }
        let columns = [
            TableColumn("TYPE", width: .fill(1)), TableColumn("CLOUD", width: .length(5)), TableColumn("vCPU", width: .length(4)),
            TableColumn("GiB", width: .length(4)), TableColumn("GPU", width: .length(8)), TableColumn("PODS", width: .length(7)),
            TableColumn("USD/h", width: .length(24)),
        ]
        Table(columns: columns, rows: rows, selected: selected - first, style: style,
              headerStyle: context.style(.dialog).adding(.bold), selectedStyle: context.style(.listSelected))
            .render(in: tableArea, into: &buffer)
        let count = entries.count == 1 ? "1 type" : "\(entries.count) types"
        let hint = "\(count)   Enter pick   Tab filter   \(context.unicode ? "←→" : "Left/Right") step   Esc cancel"
        buffer.write(TextWidth.truncate(hint, to: hintArea.width), x: hintArea.x, y: hintArea.y, maxWidth: hintArea.width,
                     style: context.style(.dialogHint))
        return cursor
    }

    /// One listed type: name, provider, vCPU, GiB, GPUs, pod limit (AWS: ENI limit, with prefix
    /// delegation after the slash; elsewhere the provider ceiling) and price with its region.
    static func pickerRow(_ entry: InstanceType, picker: InstancePicker, catalog: InstanceCatalog) -> [String] {
        let gpu = entry.hasGPU ? [entry.gpus, entry.gpuModel.map { $0.replacingOccurrences(of: "nvidia-", with: "") }]
            .compactMap { $0 }.joined(separator: " ") : ""
        let pods = entry.eni.map { "\($0.maxPods)/\($0.limit(prefixDelegation: true))" }
            ?? catalog.podLimit(entry.provider)?.maxPods.map(String.init) ?? "-"
        let price = picker.price(of: entry).map { "\($0.usdPerHour) \($0.region)" } ?? "no price"
        return [entry.name, entry.provider.rawValue, "\(entry.vcpu)", "\(entry.memoryGiB)", gpu, pods, price]
    }

    /// The filter line: `name [m6i_]  provider aws  vCPU ≥ 8  GiB ≥ 0  GPU any`, the focused
    /// filter highlighted; returns the name cursor while the name filter has the focus.
    static func renderPickerFilters(_ picker: InstancePicker, context: ViewContext, in area: Rect,
                                    into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        let style = context.style(.dialog)
        let focused = context.style(.formFocused)
        var x = area.x
        var cursor: (x: Int, y: Int)?
        for filter in InstancePicker.Filter.allCases {
            guard x < area.right else { break }
            let label = filter == .vcpu || filter == .memory ? (context.unicode ? filter.label : filter.label.replacingOccurrences(of: "≥", with: ">="))
                : filter.label
            x += buffer.write(label + " ", x: x, y: area.y, maxWidth: area.right - x, style: style)
            let value: String
            switch filter {
            case .name: value = picker.query.text
            case .provider: value = picker.provider?.rawValue ?? "any"
            case .vcpu: value = "\(picker.minVCPU)"
            case .memory: value = "\(picker.minMemoryGiB)"
            case .gpu: value = picker.gpuOnly ? "only" : "any"
            }
            let width = filter == .name ? max(8, TextWidth.of(value) + 1) : TextWidth.of(value)
            let field = Rect(x: x, y: area.y, width: max(0, min(width, area.right - x)), height: 1)
            let valueStyle = picker.focus == filter ? focused : style.adding(.underline)
            if filter == .name {
                let text = TextField(input: picker.query, style: valueStyle)
                text.render(in: field, into: &buffer)
                if picker.focus == .name { cursor = text.cursorPosition(in: field) }
            } else {
                buffer.write(value, x: x, y: area.y, maxWidth: field.width, style: valueStyle)
            }
            x += field.width + 2
        }
        return cursor
    }
}
