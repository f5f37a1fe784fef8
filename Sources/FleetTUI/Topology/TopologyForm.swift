import FleetModel
import Foundation
import TerminalCore

/// A form over the Topology pane: the cluster form (add or edit) or the mesh form.
///
/// Each field holds its text in a `TextInput`. A text field takes typed keys; a choice
/// field steps through its options with Left/Right; a combo field does both (the options
/// are suggestions, and typing a new value is allowed — a new region, say).
public struct TopologyForm: Sendable, Equatable {
    /// What applying the form does.
    public enum Purpose: Sendable, Equatable {
        case addCluster
        /// Edit the cluster at this position of `spec.topology.clusters`.
        case editCluster(Int)
        case mesh
    }

    /// How a field is edited.
    public enum Kind: Sendable, Equatable {
        case text
        /// One of the options only.
        case choice([String])
        /// One of the options, or typed text.
        case combo([String])

        var options: [String] {
            switch self {
            case .text: []
            case .choice(let options), .combo(let options): options
            }
        }
    }

    /// One labelled field.
    public struct Entry: Sendable, Equatable {
        /// The field's identifier (a ``ClusterFormField`` raw value, or a mesh setting).
        public var key: String
        /// The label shown before the value.
        public var label: String
        /// How the value is edited.
        public var kind: Kind
        /// The value, with the cursor where typing goes.
        public var input: TextInput

        /// A field showing `value`, the cursor at its end; the first typed character replaces it.
        public init(key: String, label: String, kind: Kind, value: String) {
            self.key = key
            self.label = label
            self.kind = kind
            self.input = TextInput(value, prefilled: true)
        }

        /// True when typed keys change the value.
        public var acceptsTyping: Bool {
            if case .choice = kind { return false }
            return true
        }
    }

    /// What applying the form does.
    public var purpose: Purpose
    /// The fields, top to bottom.
    public var entries: [Entry]
    /// The position of the field keys go to.
    public var focused: Int
    /// Why the last attempt to apply failed; shown in the form.
    public var problem: String?
    /// The network a region's clusters use, for the default of a cluster placed there.
    public var regionNetworks: [String: String] = [:]

    /// A form over `entries`, the focus on the field at `focused` (clamped).
    public init(purpose: Purpose, entries: [Entry], focused: Int = 0) {
        self.purpose = purpose
        self.entries = entries
        self.focused = min(max(0, focused), max(0, entries.count - 1))
        self.problem = nil
    }

    /// The dialog title.
    public var title: String {
        switch purpose {
        case .addCluster: "Add a cluster"
        case .editCluster: "Edit cluster"
        case .mesh: "Mesh settings"
        }
    }

    /// The trimmed text of the field with `key`.
    public func value(_ key: String) -> String {
        (entries.first { $0.key == key }?.input.text ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// Moves the focus by `delta` fields, wrapping around.
    public mutating func moveFocus(_ delta: Int) {
        guard !entries.isEmpty else { return }
        focused = ((focused + delta) % entries.count + entries.count) % entries.count
    }

    /// Steps the focused choice or combo by `delta` options (wrapping); in a text field,
    /// moves the cursor instead.
    public mutating func step(_ delta: Int) {
        guard entries.indices.contains(focused) else { return }
        let options = entries[focused].kind.options
        guard !options.isEmpty else {
            entries[focused].input.apply(KeyEvent(delta < 0 ? .left : .right))
            return
        }
        let current = options.firstIndex(of: entries[focused].input.text)
        let next = current.map { (($0 + delta) % options.count + options.count) % options.count } ?? (delta < 0 ? options.count - 1 : 0)
        let previous = entries[focused].input.text
        entries[focused].input = TextInput(options[next])
        problem = nil
        networkFollowsRegion(from: previous)
    }

    /// Types a key into the focused field when it takes text.
    public mutating func type(_ key: KeyEvent) {
        guard entries.indices.contains(focused), entries[focused].acceptsTyping else { return }
        let previous = entries[focused].input.text
        entries[focused].input.apply(key)
        problem = nil
        networkFollowsRegion(from: previous)
    }

    /// After the region changes, a network that was the previous region's default (the network
    /// its clusters use, else `net-<region>`) becomes the new region's; a network the user chose
    /// stays.
    private mutating func networkFollowsRegion(from previous: String) {
        guard entries[focused].key == ClusterFormField.region.rawValue,
              let network = entries.firstIndex(where: { $0.key == ClusterFormField.network.rawValue }),
              entries[network].input.text == defaultNetwork(for: previous) else { return }
        entries[network].input = TextInput(defaultNetwork(for: entries[focused].input.text), prefilled: true)
    }

    /// The network a cluster placed in `region` gets unless the user chooses one: for a new
    /// cluster the one the region's clusters use; an edited cluster's network was chosen, and
    /// only the conventional `net-<region>` follows its region.
    func defaultNetwork(for region: String) -> String {
        if case .addCluster = purpose, let network = regionNetworks[region] { return network }
        return DNSLabel.sanitized("net-\(region)")
    }
}
