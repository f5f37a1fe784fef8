import FleetModel

/// The whole-profile edits of the Profiles pane, each one project change.
extension Project {
    /// Why `name` cannot name a new or renamed profile (`except` is the profile being renamed).
    public func profileNameProblem(_ name: String, except: String? = nil) -> String? {
        if let problem = DNSLabel.problem(with: name) { return "profile name \"\(name)\" \(problem)" }
        if name != except, profile(named: name) != nil { return "a profile named \"\(name)\" already exists" }
        return nil
    }

    /// The names of the clusters whose `profile` is `name`, in topology order.
    public func clusters(usingProfile name: String) -> [String] {
        topology.clusters.filter { $0.profile == name }.map(\.name)
    }

    /// Renames a profile and every cluster reference to it, in one edit.
    ///
    /// - Returns: false when there is no profile named `old`.
    @discardableResult
    public mutating func renameProfile(_ old: String, to new: String) -> Bool {
        guard let index = profiles.firstIndex(where: { $0.name == old }) else { return false }
        profiles[index].name = new
        for position in topology.clusters.indices where topology.clusters[position].profile == old {
            topology.clusters[position].profile = new
        }
        return true
    }

    /// Inserts a copy of the profile `source` named `name` just after it.
    ///
    /// - Returns: the new profile's index, or `nil` when there is no profile `source`.
    @discardableResult
    public mutating func duplicateProfile(_ source: String, as name: String) -> Int? {
        guard let index = profiles.firstIndex(where: { $0.name == source }) else { return nil }
        var copy = profiles[index]
        copy.name = name
        profiles.insert(copy, at: index + 1)
        return index + 1
    }

    /// Removes the profile `name` (clusters that used it are left for the Topology pane,
    /// and FP013 names them).
    ///
    /// - Returns: false when there is no such profile.
    @discardableResult
    public mutating func deleteProfile(_ name: String) -> Bool {
        guard let index = profiles.firstIndex(where: { $0.name == name }) else { return false }
        profiles.remove(at: index)
        return true
    }
}
