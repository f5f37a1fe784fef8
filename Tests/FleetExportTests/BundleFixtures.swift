import FleetEngine
import FleetModel
import FleetStore
import Foundation
@testable import FleetExport

/// Projects and bundles the export tests share.
enum BundleFixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    /// The canonical example, `docs/examples/payments.fleet.yaml`.
    static func payments() throws -> Project {
        try ProjectFile.load(packageRoot.appendingPathComponent("docs/examples/payments.fleet.yaml").path).project
    }

    /// `project` with every profile's control plane self-managed: kubeadm files for every cluster.
    static func selfManaged(_ project: Project) -> Project {
        var project = project
        for index in project.profiles.indices { project.profiles[index].controlPlane = .selfManaged }
        return project
    }

    /// A small team whose matrix recommends Cloud Run.
    static func smallShop() throws -> Project {
        try ProjectFile.load(testsDirectory.appendingPathComponent("Fixtures/small-shop.fleet.yaml").path).project
    }

    /// The sealed bundle of `project`, built as the CLI builds it.
    static func bundle(_ project: Project) throws -> DesignBundle {
        BundleBuilder(catalog: try Catalog.bundled()).build(project: project, projectFile: ProjectWriter().text(for: project))
    }

    static func text(_ bundle: DesignBundle, _ path: String) -> String? {
        bundle.files[path].map { String(decoding: $0, as: UTF8.self) }
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fleetplan-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Every regular file under `directory`, relative, sorted.
    static func files(in directory: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory)!
        return (enumerator.allObjects as! [String]).filter { path in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: "\(directory)/\(path)", isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
