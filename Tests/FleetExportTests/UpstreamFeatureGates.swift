import FleetEngine
import Foundation

/// The upstream lifecycle of the feature gates Fleetplan knows, read from
/// `Upstream/versioned-feature-gates.json` (entries copied from kubernetes/kubernetes
/// `test/compatibility_lifecycle/reference/versioned_feature_list.yaml` at several stored
/// copies). An oracle independent of `FeatureGateTable`: the table test and the bundle checks
/// both ask it.
struct UpstreamFeatureGates {
    /// One `versionedSpecs` entry: from `minor` on, the gate has this default, lock and stage.
    struct Spec: Equatable {
        var minor: Int
        var defaultValue: Bool
        var locked: Bool
        var preRelease: String
    }

    /// One stored copy of the upstream file.
    struct Snapshot {
        var label: String
        var finalThrough: Int
        var gates: [String: [Spec]]
        var absent: Set<String>
    }

    var snapshots: [Snapshot]
    /// Gate → the first release without it, where upstream evidence pins it.
    var removals: [String: Int]

    static func load() throws -> UpstreamFeatureGates {
        let url = BundleFixtures.testsDirectory.appendingPathComponent("Upstream/versioned-feature-gates.json")
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let snapshots = (root["snapshots"] as! [[String: Any]]).map { snapshot in
            let gates = (snapshot["gates"] as! [String: [[Any]]]).mapValues { rows in
                rows.map { row in
                    let version = (row[0] as! String).split(separator: ".")
                    return Spec(minor: Int(version[1])!, defaultValue: row[1] as! Bool, locked: row[2] as! Bool,
                                preRelease: row[3] as! String)
                }
            }
            return Snapshot(label: snapshot["label"] as! String, finalThrough: snapshot["finalThrough"] as! Int,
                            gates: gates, absent: Set(snapshot["absent"] as! [String]))
        }
        var removals: [String: Int] = [:]
        for removal in root["removals"] as! [[String: Any]] {
            removals[removal["gate"] as! String] = removal["removedIn"] as? Int
        }
        return UpstreamFeatureGates(snapshots: snapshots, removals: removals)
    }

    /// The newest copy whose entries are final for `minor` and that lists `gate`.
    func specs(of gate: String, finalAt minor: Int) -> [Spec]? {
        snapshots.filter { $0.finalThrough >= minor }.compactMap { $0.gates[gate] }.first
    }

    /// Upstream's state of `gate` at `minor`: `nil` when the gate does not exist there
    /// (removed, not yet added, or unknown to the data file).
    func spec(of gate: String, at minor: Int) -> Spec? {
        if let removed = removals[gate], minor >= removed { return nil }
        return specs(of: gate, finalAt: minor)?.last { $0.minor <= minor }
    }

    /// The stage name `FeatureGate.Stage` uses for an upstream `preRelease`.
    static func stage(_ preRelease: String) -> FeatureGate.Stage? {
        switch preRelease {
        case "Alpha": .alpha
        case "Beta": .beta
        case "GA": .ga
        case "Deprecated": .deprecated
        default: nil
        }
    }
}
