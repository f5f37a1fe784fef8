import FleetModel
import Foundation
import Testing
@testable import FleetExport

/// The whole bundle of two projects, file by file, against `Golden/<name>/`.
///
/// Re-record on purpose only: `RECORD_SNAPSHOTS=1 swift test --filter GoldenBundleTests`,
/// then review the diff.
@Suite struct GoldenBundleTests {
    static let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"

    func compare(_ bundle: DesignBundle, golden name: String) throws {
        let directory = BundleFixtures.testsDirectory.appendingPathComponent("Golden/\(name)").path
        if Self.recording {
            try? FileManager.default.removeItem(atPath: directory)
            for path in bundle.paths {
                let url = URL(fileURLWithPath: "\(directory)/\(path)")
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bundle.files[path]!.write(to: url)
            }
            return
        }
        let recorded = BundleFixtures.files(in: directory)
        #expect(recorded == bundle.paths, "the bundle's file list changed; re-record with RECORD_SNAPSHOTS=1 if intended")
        for path in bundle.paths where recorded.contains(path) {
            let expected = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(path)"))
            #expect(bundle.files[path] == expected, "\(path) differs from Golden/\(name)/\(path)")
        }
    }

    @Test func paymentsExample() throws {
        try compare(BundleFixtures.bundle(BundleFixtures.payments()), golden: "payments")
    }

    @Test func aProjectWhoseWinnerIsNotKubernetes() throws {
        let bundle = try BundleFixtures.bundle(BundleFixtures.smallShop())
        #expect(bundle.paths.contains { $0.hasPrefix("platforms/cloud-run/") })
        try compare(bundle, golden: "small-shop")
    }
}
