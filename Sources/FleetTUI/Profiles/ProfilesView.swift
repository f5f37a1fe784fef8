import FleetModel
import TerminalCore

/// The Profiles pane: the list of profiles, the form of the selected one and, beside or
/// instead of it, the derived panel (tuned settings, capacity bars and plan, findings).
///
/// At 110 columns of pane and more the three regions stand side by side. Narrower, the
/// list keeps its column and the right column shows the form, or the derived panel while
/// it has the keyboard (`]`), with a one-line capacity summary under the form. Only the
/// selected profile is planned, so a frame costs the same with 1 or 200 profiles.
enum ProfilesView {
    /// The pane width from which the three regions stand side by side.
    static let threeColumnWidth = 110

    /// Renders the pane and returns the cursor position while something is typed.
    static func render(_ state: AppState, context: ViewContext, in area: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        let profiles = state.project.profiles
        let block = Block(title: "Profiles: \(profiles.count)", borders: context.borders,
                          borderStyle: context.style(.paneBorderFocused), titleStyle: context.style(.paneTitleFocused))
        block.render(in: area, into: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return nil }
        var cursor: (x: Int, y: Int)?
        let pane = state.profiles
        let wide = inner.width >= threeColumnWidth
        let listWidth = wide ? 22 : min(18, max(8, inner.width / 4))
        let listArea = Rect(x: inner.x, y: inner.y, width: listWidth, height: inner.height)
        renderList(state, context: context, in: listArea, into: &buffer)
        let rest = Rect(x: listArea.right + 1, y: inner.y, width: inner.width - listWidth - 1, height: inner.height)
        guard let profile = state.selectedProfile else {
            buffer.write("No profile yet: press a to add one.", x: rest.x, y: rest.y, maxWidth: rest.width,
                         style: context.style(.formLabel))
            return overlay(state, context: context, in: area, into: &buffer)
        }
        let index = pane.selectedIndex(count: profiles.count)
        if wide {
            let formArea = Rect(x: rest.x, y: rest.y, width: 44, height: rest.height)
            let derivedArea = Rect(x: formArea.right + 1, y: rest.y, width: rest.right - formArea.right - 1, height: rest.height)
            cursor = renderForm(state, profile: profile, index: index, context: context, in: formArea, into: &buffer)
            ProfilesDerivedView.render(state, profile: profile, index: index, context: context, in: derivedArea, into: &buffer)
        } else if pane.region == .derived {
            ProfilesDerivedView.render(state, profile: profile, index: index, context: context, in: rest, into: &buffer)
        } else {
            let (formArea, summaryArea) = rest.splitBottom(rest.height >= 8 ? 1 : 0)
            cursor = renderForm(state, profile: profile, index: index, context: context, in: formArea, into: &buffer)
            ProfilesDerivedView.renderSummary(state, index: index, context: context, in: summaryArea, into: &buffer)
        }
        return overlay(state, context: context, in: area, into: &buffer) ?? cursor
    }

    /// The mark before the heading of the region that has the keyboard.
    static func marker(_ context: ViewContext) -> String { context.unicode ? "▸ " : "> " }

    /// A region's heading, highlighted while the region has the keyboard.
    static func heading(_ text: String, focused: Bool, context: ViewContext, in area: Rect, into buffer: inout CellBuffer) {
        buffer.write(TextWidth.truncate(text, to: area.width), x: area.x, y: area.y, maxWidth: area.width,
                     style: context.style(focused ? .paneTitleFocused : .paneTitle).adding(focused ? .bold : []))
    }

    static func renderList(_ state: AppState, context: ViewContext, in area: Rect, into buffer: inout CellBuffer) {
        let focused = state.profiles.region == .list
        heading((focused ? marker(context) : "") + "Profiles", focused: focused, context: context, in: area.row(0), into: &buffer)
        let (_, listArea) = area.splitTop(1)
        let profiles = state.project.profiles
        // Only the visible rows are built; cluster counts are computed once per project change.
        let selected = profiles.isEmpty ? nil : state.profiles.selectedIndex(count: profiles.count)
        let first = ListView.offset(selected: selected, count: profiles.count, height: listArea.height)
        let used = state.clusterCountsByProfile
        let lines = profiles[first..<min(profiles.count, first + listArea.height)].map { profile in
            used[profile.name].map { "\(profile.name) (\($0))" } ?? profile.name
        }
        let selectedStyle = focused ? context.style(.listSelected) : context.style(.formFocused).adding(.dim)
        ListView(lines: lines, selected: selected.map { $0 - first },
                 style: context.style(.formValue), selectedStyle: selectedStyle, placeholder: "none: press a")
            .render(in: listArea, into: &buffer)
    }

    static func renderForm(_ state: AppState, profile: ClusterProfile, index: Int, context: ViewContext, in area: Rect,
                           into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        let focused = state.profiles.region == .form
        heading((focused ? ProfilesView.marker(context) : "") + "Profile \(profile.name)", focused: focused, context: context, in: area.row(0), into: &buffer)
        let (_, formArea) = area.splitTop(1)
        let fields = ProfileField.allCases
        let selected = fields.firstIndex(of: state.profiles.field) ?? 0
        let first = ListView.offset(selected: selected, count: fields.count, height: formArea.height)
        var cursor: (x: Int, y: Int)?
        for row in 0..<min(formArea.height, max(0, fields.count - first)) {
            let field = fields[first + row]
            let rowArea = formArea.row(row)
            let widget = formField(field, state: state, profile: profile, index: index, context: context,
                                   selected: focused && first + row == selected)
            widget.render(in: rowArea, into: &buffer)
            if let position = widget.cursorPosition(in: rowArea) { cursor = position }
        }
        return cursor
    }

    static func formField(_ field: ProfileField, state: AppState, profile: ClusterProfile, index: Int, context: ViewContext,
                          selected: Bool) -> FormField {
        var editing: TextInput?
        if case .editing(let edited, let input)? = state.profiles.overlay, edited == field { editing = input }
        let value: FormValue
        switch field.kind {
        case .text, .quantity:
            value = .text(field.text(in: profile), editing: editing)
        case .number where field == .nodeMonthlyCostUSD && profile.nodeMonthlyCostUSD == nil && editing == nil:
            // Unset: the estimate uses the instance type's list price, if the catalog has one.
            value = .text(ProfileField.instanceEntry(of: profile)?.prices.isEmpty == false ? "list price" : "not set", editing: nil)
        case .number(let range):
            value = .number(Int(field.text(in: profile)) ?? 0, range: range, editing: editing)
        case .picker:
            value = .text(profile.instanceType ?? "none", editing: nil)
        case .toggle:
            value = .toggle(field.isOn(in: profile))
        case .choice(let options):
            value = .choice(options, selected: options.firstIndex(of: field.text(in: profile)) ?? 0)
        }
        let path = field.path(profile: index).components
        let finding = state.findings.first { $0.path.components.starts(with: path) }
        let messageRole: ThemeRole = switch finding?.severity {
        case .error?: .findingError
        case .warning?: .findingWarning
        default: .findingInfo
        }
        return FormField(label: field.label, value: value, labelWidth: 18, focused: selected || editing != nil,
                         message: finding.map { "\($0.code) \($0.message)" } ?? "",
                         style: context.style(.formValue), labelStyle: context.style(selected ? .formFocused : .formLabel),
                         focusedStyle: context.style(.formFocused), editingStyle: context.style(.formEditing),
                         messageStyle: context.style(messageRole), unicode: context.unicode)
    }
}
