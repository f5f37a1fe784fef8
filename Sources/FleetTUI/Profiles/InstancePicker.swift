import Foundation
import FleetEngine
import FleetModel
import TerminalCore

/// The instance-type picker of the Profiles form: the bundled catalog filtered by provider,
/// least vCPU, least memory, GPU and a name fragment, with one row selected.
///
/// Typing goes to the name filter; Tab moves between the filters, `h`/`l` (or Left/Right)
/// step the focused one, Up/Down move the selection, Enter picks, Esc cancels. The first
/// row is always "none", which clears the instance type and keeps the node shape typed by
/// hand (bare metal, unlisted types).
public struct InstancePicker: Sendable, Equatable {
    /// The filter that receives Left/Right (and, for the name, typing).
    public enum Filter: String, Sendable, CaseIterable, Hashable {
        case name, provider, vcpu, memory, gpu

        /// The label the filter line shows.
        public var label: String {
            switch self {
            case .name: "name"
            case .provider: "provider"
            case .vcpu: "vCPU ≥"
            case .memory: "GiB ≥"
            case .gpu: "GPU"
            }
        }
    }

    /// The least-vCPU steps Left/Right walk through.
    public static let vcpuSteps = [0, 2, 4, 8, 16, 32, 48, 64, 96, 128, 192]
    /// The least-memory steps (GiB) Left/Right walk through.
    public static let memorySteps = [0, 4, 8, 16, 32, 64, 128, 256, 384, 512, 768]

    /// The profile the pick goes to (its index in `spec.profiles` when the picker opened).
    public var profile: Int
    /// `nil` lists every cloud provider's types.
    public var provider: Provider?
    public var minVCPU: Int
    public var minMemoryGiB: Int
    public var gpuOnly: Bool
    /// A fragment of the type or family name, matched without regard to case.
    public var query: TextInput
    public var focus: Filter
    /// The selected row: 0 is "none", 1… are the listed types.
    public var selected: Int
    /// The regions of the clusters that use the profile, sorted: prices are shown for the
    /// first of them the catalog prices (else for the type's first listed region).
    public var regions: [String]

    public init(profile: Int, provider: Provider?, minVCPU: Int = 0, minMemoryGiB: Int = 0, gpuOnly: Bool = false,
                query: TextInput = TextInput(), focus: Filter = .name, selected: Int = 0, regions: [String] = []) {
        self.profile = profile
        self.provider = provider
        self.minVCPU = minVCPU
        self.minMemoryGiB = minMemoryGiB
        self.gpuOnly = gpuOnly
        self.query = query
        self.focus = focus
        self.selected = selected
        self.regions = regions
    }

    /// A picker for `profile` that starts on its current type (or on "none").
    ///
    /// A bare-metal profile starts on every cloud provider's types, since picking a cloud
    /// type moves the profile to that cloud.
    public static func opening(for profile: ClusterProfile, at index: Int, regions: [String] = [],
                               catalog: InstanceCatalog) -> InstancePicker {
        var picker = InstancePicker(profile: index, provider: profile.provider == .bareMetal ? nil : profile.provider,
                                    regions: Array(Set(regions)).sorted())
        if let current = profile.instanceType,
           let row = picker.entries(in: catalog).firstIndex(where: { $0.name == current }) {
            picker.selected = row + 1
        }
        return picker
    }

    /// The catalog filter the picker applies (the name fragment aside).
    public var filter: InstanceFilter {
        InstanceFilter(provider: provider, minVCPU: minVCPU, minMemoryGiB: minMemoryGiB, gpuOnly: gpuOnly)
    }

    /// The types that pass every filter, in catalog order.
    ///
    /// - Complexity: O(*n*) for *n* catalog entries.
    public func entries(in catalog: InstanceCatalog) -> [InstanceType] {
        let fragment = query.text.trimmingCharacters(in: .whitespaces).lowercased()
        return filter.apply(to: catalog).filter { entry in
            fragment.isEmpty || entry.name.lowercased().contains(fragment) || entry.family.lowercased().contains(fragment)
        }
    }

    /// The type on the selected row; `nil` on "none" (or when the filters leave nothing).
    public func selectedEntry(in catalog: InstanceCatalog) -> InstanceType? {
        let entries = entries(in: catalog)
        let row = min(max(0, selected), entries.count)
        return row == 0 ? nil : entries[row - 1]
    }

    /// The price to show for `entry`: in the first of ``regions`` the catalog prices, else
    /// the first listed; `nil` when the catalog has none.
    public func price(of entry: InstanceType) -> RegionalPrice? {
        regions.lazy.compactMap { entry.price(in: $0) }.first ?? entry.prices.first
    }

    /// Moves the selection by `delta` rows, within "none" and the listed types.
    public mutating func move(by delta: Int, in catalog: InstanceCatalog) {
        let count = entries(in: catalog).count
        let current = min(max(0, selected), count)
        selected = min(max(0, current.addingReportingOverflow(delta).partialValue), count)
    }

    /// Steps the focused filter by `delta` (the name filter has no step).
    ///
    /// - Returns: what the filter now reads, for the status line; `nil` when the focused
    ///   filter has no step, or the step stopped at an end of its range.
    public mutating func stepFocused(by delta: Int) -> String? {
        switch focus {
        case .name:
            return nil
        case .provider:
            let options: [Provider?] = [nil] + Provider.allCases.filter { $0 != .bareMetal }
            let index = options.firstIndex(of: provider) ?? 0
            provider = options[((index + delta) % options.count + options.count) % options.count]
            selected = 0
            return "provider: \(provider?.rawValue ?? "any cloud")"
        case .vcpu:
            guard let next = Self.step(minVCPU, through: Self.vcpuSteps, by: delta) else { return nil }
            minVCPU = next
            selected = 0
            return "at least \(next) vCPU"
        case .memory:
            guard let next = Self.step(minMemoryGiB, through: Self.memorySteps, by: delta) else { return nil }
            minMemoryGiB = next
            selected = 0
            return "at least \(next) GiB"
        case .gpu:
            gpuOnly.toggle()
            selected = 0
            return gpuOnly ? "GPU types only" : "GPU or not"
        }
    }

    /// The next value of `steps` after (or before) `value`; `nil` past either end.
    static func step(_ value: Int, through steps: [Int], by delta: Int) -> Int? {
        if delta > 0 { return steps.first { $0 > value } }
        return steps.last { $0 < value }
    }

    /// Focuses the next (or, with a negative `delta`, previous) filter.
    public mutating func focusFilter(by delta: Int) {
        let filters = Filter.allCases
        let index = filters.firstIndex(of: focus) ?? 0
        focus = filters[((index + delta) % filters.count + filters.count) % filters.count]
    }

    /// A key typed while the picker is open: edits the name filter (from any filter, since
    /// only the name takes text) and starts the list again at its first type.
    ///
    /// - Returns: false when the key is not text editing.
    public mutating func type(_ key: KeyEvent, in catalog: InstanceCatalog) -> Bool {
        let before = query.text
        guard query.apply(key) else { return false }
        focus = .name
        if query.text != before {
            selected = entries(in: catalog).isEmpty ? 0 : 1
        }
        return true
    }
}

extension ClusterProfile {
    /// The profile running on `entry`: its provider, instance type and the node shape the
    /// type gives (kept so that the form and a later "none" show the real shape).
    public func picking(_ entry: InstanceType) -> ClusterProfile {
        var picked = self
        if picked.provider != entry.provider {
            picked.provider = entry.provider
            // A control plane written for the old provider may not exist on the new one.
            if picked.controlPlane == entry.provider.defaultControlPlane { picked.controlPlane = nil }
        }
        picked.instanceType = entry.name
        picked.node = entry.shape
        if entry.provider != .aws { picked.prefixDelegation = false }
        return picked
    }
}
