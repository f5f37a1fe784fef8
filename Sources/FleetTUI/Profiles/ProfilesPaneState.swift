import FleetModel
import TerminalCore

/// Everything the Profiles pane remembers: the selected profile, which of its three
/// regions has the keyboard, the selected form field and derived value, and the input or
/// dialog open over the pane.
///
/// Stored in ``AppState/profiles``; changed only by the Profiles reducer.
public struct ProfilesPaneState: Sendable, Equatable {
    /// The three regions of the pane, in the order `]` visits them.
    public enum Region: String, Sendable, CaseIterable, Hashable {
        /// The list of profiles.
        case list
        /// The form of the selected profile.
        case form
        /// The derived settings and capacity numbers of the selected profile.
        case derived
    }

    /// What a name prompt creates or changes.
    public enum NamePurpose: Sendable, Equatable {
        /// A new profile with the default settings.
        case add
        /// A copy of the named profile.
        case duplicate(String)
        /// A new name for the named profile (clusters follow it).
        case rename(String)
    }

    /// The input or dialog open over the pane; keys go to it first.
    public enum Overlay: Sendable, Equatable {
        /// Typing a new value for a form field.
        case editing(ProfileField, TextInput)
        /// Typing a profile name.
        case naming(NamePurpose, TextInput)
        /// Asking before deleting a profile; `clusters` are the clusters that use it.
        case confirmDelete(name: String, clusters: [String])
        /// The reason and source of a derived value.
        case why(ProfileDerivedRow)
        /// Choosing the profile's instance type from the bundled catalog.
        case pickingInstance(InstancePicker)
    }

    /// The selected profile's index in `spec.profiles` (clamped on use).
    public var selected: Int
    /// The region that receives the movement keys.
    public var region: Region
    /// The selected form field.
    public var field: ProfileField
    /// The selected row of the derived panel (clamped on use).
    public var derivedRow: Int
    /// The open input or dialog, if any.
    public var overlay: Overlay?

    public init(selected: Int = 0, region: Region = .list, field: ProfileField = .vcpu, derivedRow: Int = 0,
                overlay: Overlay? = nil) {
        self.selected = selected
        self.region = region
        self.field = field
        self.derivedRow = derivedRow
        self.overlay = overlay
    }

    /// The selected index kept inside `0..<count` (0 when there is no profile).
    public func selectedIndex(count: Int) -> Int {
        min(max(0, selected), max(0, count - 1))
    }

    /// Keeps the selected profile inside a list of `profileCount` profiles (after a delete or an undo).
    public mutating func clamp(profileCount: Int) {
        selected = selectedIndex(count: profileCount)
    }
}
