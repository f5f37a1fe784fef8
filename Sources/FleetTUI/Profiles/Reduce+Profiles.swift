import Foundation
import FleetEngine
import FleetModel
import TerminalCore

extension AppState {
    /// Messages for the Profiles pane: move between profiles, fields and derived values,
    /// edit the selected profile, add, duplicate, rename, delete, and explain a value.
    mutating func reduceProfiles(_ msg: ProfilesMsg) -> [Effect] {
        switch msg {
        case .moveCursor(let delta): moveProfilesCursor(to: { $0 + delta })
        case .moveToFirst: moveProfilesCursor(to: { _ in 0 })
        case .moveToLast: moveProfilesCursor(to: { _ in Int.max })
        case .focusNextRegion, .focusPreviousRegion:
            let regions = ProfilesPaneState.Region.allCases
            let index = regions.firstIndex(of: profiles.region) ?? 0
            let step = msg == .focusNextRegion ? 1 : regions.count - 1
            profiles.region = regions[(index + step) % regions.count]
            message = nil
        case .activate:
            activateProfiles()
        case .adjust(let delta):
            guard profiles.region == .form else {
                message = .error("h/l step a form field: press ] to reach the form")
                return []
            }
            if let profile = selectedProfile, let reason = profiles.field.lockReason(in: profile) {
                message = .error(reason)
                return []
            }
            if !stepProfileField(by: delta) {
                message = .error(profiles.field.kind == .picker
                    ? "\(profiles.field.label) is chosen from a list: press Enter to open it"
                    : "\(profiles.field.label) is typed: press Enter to edit it")
            }
        case .add:
            profiles.overlay = .naming(.add, TextInput(freeProfileName("profile")))
        case .duplicate, .rename, .delete:
            guard let profile = selectedProfile else {
                message = .error("no profile selected: press a to add one")
                return []
            }
            switch msg {
            case .duplicate: profiles.overlay = .naming(.duplicate(profile.name), TextInput(freeProfileName(profile.name + "-copy")))
            case .rename: profiles.overlay = .naming(.rename(profile.name), TextInput(profile.name))
            default: profiles.overlay = .confirmDelete(name: profile.name, clusters: project.clusters(usingProfile: profile.name))
            }
        case .explainWhy:
            explainDerivedValue()
        case .typeKey(let key):
            switch profiles.overlay {
            case .editing(let field, var input)?:
                input.apply(key)
                profiles.overlay = .editing(field, input)
            case .naming(let purpose, var input)?:
                input.apply(key)
                profiles.overlay = .naming(purpose, input)
            case .pickingInstance(var picker)?:
                guard let catalog = try? InstanceCatalog.bundled() else { break }
                if !picker.type(key, in: catalog) {
                    message = .error("\(key.notation) does nothing here: type a name, Tab for the filters, Enter picks")
                }
                profiles.overlay = .pickingInstance(picker)
            default: break
            }
        case .submitInput, .submitAndAdvance:
            submitProfilesInput(advance: msg == .submitAndAdvance)
        case .cancelInput:
            switch profiles.overlay {
            case .editing(let field, _)?: message = StatusMessage("edit of \(field.label) discarded")
            case .pickingInstance?: message = StatusMessage("instance type unchanged")
            default: break
            }
            profiles.overlay = nil
        case .confirmDelete(let confirmed):
            guard case .confirmDelete(let name, _)? = profiles.overlay else { return [] }
            profiles.overlay = nil
            guard confirmed else {
                message = StatusMessage("\(name) kept")
                return []
            }
            var edited = project
            let index = profiles.selectedIndex(count: project.profiles.count)
            // The selected one, even when a broken file repeats the name (FP011).
            if project.profiles.indices.contains(index), project.profiles[index].name == name {
                edited.profiles.remove(at: index)
            } else {
                edited.deleteProfile(name)
            }
            apply(edited, label: "delete profile \(name)")
            profiles.selected = profiles.selectedIndex(count: project.profiles.count)
            message = StatusMessage("deleted profile \(name)")
        case .closeDialog:
            profiles.overlay = nil
        case .pickerMove, .pickerFocusFilter, .pickerStep, .pickerPick:
            reduceInstancePicker(msg)
        }
        return []
    }

    /// The instance-type picker's messages: move, change the filters, pick.
    private mutating func reduceInstancePicker(_ msg: ProfilesMsg) {
        guard case .pickingInstance(var picker)? = profiles.overlay else { return }
        guard let catalog = try? InstanceCatalog.bundled() else {
            profiles.overlay = nil
            message = .error("the instance catalog does not load: reinstall Fleetplan")
            return
        }
        switch msg {
        case .pickerMove(let delta):
            picker.move(by: delta, in: catalog)
        case .pickerFocusFilter(let delta):
            picker.focusFilter(by: delta)
            message = StatusMessage(picker.focus == .name ? "filter by name: type part of a type or family name"
                : "filter \(picker.focus.label): Left and Right change it")
        case .pickerStep(let delta):
            if picker.focus == .name {
                picker.query.apply(KeyEvent(delta > 0 ? .right : .left))
            } else if let reading = picker.stepFocused(by: delta) {
                let count = picker.entries(in: catalog).count
                message = StatusMessage("\(reading): \(count) type\(count == 1 ? "" : "s")")
            } else {
                message = .error("filter \(picker.focus.label) is at its \(delta > 0 ? "highest" : "lowest") step")
            }
        case .pickerPick:
            pickInstance(picker, catalog: catalog)
            return
        default:
            break
        }
        profiles.overlay = .pickingInstance(picker)
    }

    /// Gives the picker's profile the selected type, or clears the type on "none".
    private mutating func pickInstance(_ picker: InstancePicker, catalog: InstanceCatalog) {
        profiles.overlay = nil
        guard project.profiles.indices.contains(picker.profile) else { return }
        profiles.selected = picker.profile
        let profile = project.profiles[picker.profile]
        guard let entry = picker.selectedEntry(in: catalog) else {
            guard let old = profile.instanceType else {
                message = StatusMessage("no instance type: the node shape is typed by hand")
                return
            }
            var cleared = profile
            cleared.instanceType = nil
            cleared.node = ProfileField.shape(of: profile)
            replaceSelectedProfile(with: cleared, label: "clear \(profile.name) instance type")
            message = StatusMessage("\(old) cleared: \(cleared.node.vcpu) vCPU, \(cleared.node.memoryGiB) GiB now typed by hand")
            return
        }
        guard entry.name != profile.instanceType || entry.provider != profile.provider else {
            message = StatusMessage("\(profile.name) already runs on \(entry.name)")
            return
        }
        let picked = profile.picking(entry)
        replaceSelectedProfile(with: picked, label: "set \(profile.name) instance type to \(entry.name)")
        var parts = ["\(entry.name): \(entry.vcpu) vCPU, \(entry.memoryGiB) GiB"]
        if picked.provider != profile.provider { parts.append("provider now \(picked.provider.rawValue)") }
        if let limit = picked.eniPodLimit(in: catalog) {
            parts.append("VPC CNI allows \(limit) pods per node" + (picked.maxPodsPerNode > limit ? " (FP141: lower max pods)" : ""))
        }
        if let price = picker.price(of: entry) { parts.append("USD \(price.usdPerHour)/h in \(price.region)") }
        message = StatusMessage(parts.joined(separator: "; "))
    }

    /// The shared movement messages (the mouse wheel sends these) applied to the Profiles pane.
    mutating func reduceProfiles(shared msg: Msg) -> [Effect] {
        switch msg {
        case .moveSelection(let delta): reduceProfiles(.moveCursor(delta))
        case .moveToFirst: reduceProfiles(.moveToFirst)
        case .moveToLast: reduceProfiles(.moveToLast)
        case .activateField: reduceProfiles(.activate)
        case .adjustField(let delta): reduceProfiles(.adjust(delta))
        default: []
        }
    }

    /// Focuses the Profiles pane on the profile (and form field) a finding's path points
    /// into, such as `spec.profiles[1].node.vcpu`; false when the path is not in a profile.
    mutating func showProfileField(at path: FieldPath) -> Bool {
        let prefix = FieldPath.spec.key("profiles").components
        guard path.components.starts(with: prefix), path.components.count > prefix.count,
              case .index(let index) = path.components[prefix.count], project.profiles.indices.contains(index) else { return false }
        focus = .profiles
        profiles.selected = index
        profiles.overlay = nil
        if let field = ProfileField.field(for: path, profile: index) {
            profiles.field = field
            profiles.region = .form
        } else {
            profiles.region = .list
        }
        return true
    }

    /// The selected profile, if the project has any.
    var selectedProfile: ClusterProfile? {
        project.profiles.isEmpty ? nil : project.profiles[profiles.selectedIndex(count: project.profiles.count)]
    }

    /// The derived rows of the selected profile: only that profile is planned.
    var selectedProfileDerivedRows: [ProfileDerivedRow] {
        guard !project.profiles.isEmpty,
              let plan = plan(forProfile: profiles.selectedIndex(count: project.profiles.count)) else { return [] }
        return ProfileDerivedRow.rows(for: plan)
    }

    private mutating func moveProfilesCursor(to target: (Int) -> Int) {
        switch profiles.region {
        case .list:
            let count = project.profiles.count
            profiles.selected = min(max(target(profiles.selectedIndex(count: count)), 0), max(0, count - 1))
            profiles.derivedRow = 0
        case .form:
            let fields = ProfileField.allCases
            let index = fields.firstIndex(of: profiles.field) ?? 0
            profiles.field = fields[min(max(target(index), 0), fields.count - 1)]
        case .derived:
            let count = selectedProfileDerivedRows.count
            profiles.derivedRow = min(max(target(min(profiles.derivedRow, max(0, count - 1))), 0), max(0, count - 1))
        }
    }

    private mutating func activateProfiles() {
        switch profiles.region {
        case .list:
            guard selectedProfile != nil else {
                message = .error("no profile yet: press a to add one")
                return
            }
            profiles.region = .form
        case .form:
            guard let profile = selectedProfile else { return }
            if let reason = profiles.field.lockReason(in: profile) {
                message = .error(reason)
                return
            }
            switch profiles.field.kind {
            case .picker:
                guard let catalog = try? InstanceCatalog.bundled() else {
                    message = .error("the instance catalog does not load: reinstall Fleetplan")
                    return
                }
                let index = profiles.selectedIndex(count: project.profiles.count)
                let regions = project.topology.clusters.filter { $0.profile == profile.name }.map(\.region)
                profiles.overlay = .pickingInstance(.opening(for: profile, at: index, regions: regions, catalog: catalog))
                message = StatusMessage("type to filter, Tab for provider, vCPU, memory and GPU, Enter picks, Esc cancels")
            case .text, .quantity, .number:
                profiles.overlay = .editing(profiles.field, TextInput(profiles.field.text(in: profile), prefilled: true))
                message = StatusMessage("editing \(profiles.field.label): Enter keeps, Esc discards")
            case .toggle, .choice:
                stepProfileField(by: 1)
            }
        case .derived:
            explainDerivedValue()
        }
    }

    @discardableResult
    private mutating func stepProfileField(by delta: Int) -> Bool {
        guard let profile = selectedProfile else { return true }
        var changed = profile
        guard profiles.field.step(by: delta, in: &changed) else { return false }
        let repeats: Bool = if case .number = profiles.field.kind { true } else { false }
        replaceSelectedProfile(with: changed, label: "set \(profile.name) \(profiles.field.rawValue) to \(profiles.field.text(in: changed))",
                               coalescing: repeats ? "profiles.\(profile.name).\(profiles.field.rawValue).step" : nil)
        message = StatusMessage("\(profiles.field.label): \(profiles.field.text(in: changed))")
        return true
    }

    private mutating func replaceSelectedProfile(with profile: ClusterProfile, label: String, coalescing: String? = nil) {
        var edited = project
        edited.profiles[profiles.selectedIndex(count: project.profiles.count)] = profile
        apply(edited, label: label, coalescing: coalescing)
    }

    private mutating func explainDerivedValue() {
        guard profiles.region == .derived else {
            message = .error("w explains a derived value: press ] to reach the derived panel")
            return
        }
        let rows = selectedProfileDerivedRows
        guard !rows.isEmpty else {
            message = .error("no profile selected: press a to add one")
            return
        }
        profiles.overlay = .why(rows[min(profiles.derivedRow, rows.count - 1)])
    }

    private mutating func submitProfilesInput(advance: Bool) {
        switch profiles.overlay {
        case .editing(let field, let input)?:
            guard let profile = selectedProfile else { profiles.overlay = nil; return }
            var changed = profile
            if let problem = field.set(input.text, in: &changed) {
                message = .error("\(field.label): \(problem)")
                return
            }
            replaceSelectedProfile(with: changed, label: "set \(profile.name) \(field.rawValue) to \(field.text(in: changed))")
            profiles.overlay = nil
            let index = profiles.selectedIndex(count: project.profiles.count)
            let path = field.path(profile: index).components
            message = findings.first { $0.path.components.starts(with: path) }.map { .error("\(field.label): \($0.message)") }
                ?? StatusMessage("\(field.label) set")
            guard advance else { return }
            let fields = ProfileField.allCases
            profiles.field = fields[((fields.firstIndex(of: field) ?? 0) + 1) % fields.count]
            switch profiles.field.kind {
            case .text, .quantity, .number where profiles.field.lockReason(in: changed) == nil:
                profiles.overlay = .editing(profiles.field, TextInput(profiles.field.text(in: changed), prefilled: true))
            case .text, .quantity, .number, .toggle, .choice, .picker: break
            }
        case .naming(let purpose, let input)?:
            let name = input.text.trimmingCharacters(in: .whitespaces)
            var except: String?
            if case .rename(let old) = purpose { except = old }
            if let problem = project.profileNameProblem(name, except: except) {
                message = .error(problem)
                return
            }
            var edited = project
            let label: String
            switch purpose {
            case .add:
                edited.profiles.append(ClusterProfile(name: name))
                profiles.selected = edited.profiles.count - 1
                message = StatusMessage("added profile \(name)")
                label = "add profile \(name)"
            case .duplicate(let source):
                profiles.selected = edited.duplicateProfile(source, as: name) ?? profiles.selected
                message = StatusMessage("copied \(source) to \(name)")
                label = "duplicate \(source) as \(name)"
            case .rename(let old):
                let clusters = edited.clusters(usingProfile: old)
                edited.renameProfile(old, to: name)
                message = StatusMessage(clusters.isEmpty ? "renamed \(old) to \(name)"
                    : "renamed \(old) to \(name) and in \(clusters.count) cluster(s): \(clusters.joined(separator: ", "))")
                label = "rename profile \(old) to \(name)"
            }
            apply(edited, label: label)
            profiles.overlay = nil
        default:
            break
        }
    }

    private func freeProfileName(_ base: String) -> String {
        let stem = DNSLabel.sanitized(base)
        if project.profile(named: stem) == nil { return stem }
        var number = 2
        while project.profile(named: "\(stem)-\(number)") != nil { number += 1 }
        return "\(stem)-\(number)"
    }
}
