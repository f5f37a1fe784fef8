import Foundation
import Testing
import Yams
@testable import FleetExport

/// Follows a Kustomize tree inside a bundle the way `kubectl kustomize` would load it.
enum KustomizeTree {
    /// Records an issue for every `resources` entry of `kustomization` (and of the
    /// kustomizations it includes) that is absolute, leaves the bundle, or names neither a
    /// file of the bundle nor a directory with its own `kustomization.yaml`.
    static func checkReferences(from kustomization: String, in bundle: DesignBundle, depth: Int = 0) throws {
        #expect(depth < 8, "kustomization cycle through \(kustomization)")
        guard depth < 8 else { return }
        let text = try #require(BundleFixtures.text(bundle, kustomization))
        let root = try #require(try Yams.compose(yaml: text))
        let directory = (kustomization as NSString).deletingLastPathComponent
        for entry in root["resources"]?.sequence ?? [] {
            let reference = try #require(entry.string)
            #expect(!reference.hasPrefix("/"), "\(kustomization): \(reference) is absolute")
            guard let resolved = resolve(reference, from: directory) else {
                Issue.record("\(kustomization): \(reference) leaves the bundle")
                continue
            }
            if bundle.files[resolved] != nil {
                // A file must sit in or below the kustomization's own directory (the default load restrictor).
                #expect(resolved.hasPrefix(directory + "/"), "\(kustomization): file \(reference) is outside its root")
            } else if bundle.files["\(resolved)/kustomization.yaml"] != nil {
                try checkReferences(from: "\(resolved)/kustomization.yaml", in: bundle, depth: depth + 1)
            } else {
                Issue.record("\(kustomization): \(reference) is neither a file nor a kustomization in the bundle")
            }
        }
    }

    /// `reference` relative to `directory`, normalised; `nil` when it climbs above the bundle root.
    static func resolve(_ reference: String, from directory: String) -> String? {
        var parts = directory.split(separator: "/").map(String.init)
        for component in reference.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
