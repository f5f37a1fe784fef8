import Foundation
import Testing
@testable import FleetStore

@Suite struct BundleManifestTests {
    @Test func listsEveryFileInByteOrderAndReadsBack() throws {
        let manifest = BundleManifest(files: ["b.md": Data("b".utf8), "a/x.yaml": Data(), "B": Data("B".utf8)])
        let lines = manifest.text.split(separator: "\n")
        #expect(lines.first == "# fleetplan bundle manifest 1")
        #expect(lines.dropFirst().map { $0.dropFirst(66) } == ["B", "a/x.yaml", "b.md"])
        #expect(lines[2].hasPrefix(SHA256.hex(of: []) + "  "))
        #expect(BundleManifest.parse(manifest.text) == manifest)
    }

    @Test func anEmptyManifestIsStillOne() {
        #expect(BundleManifest.parse(BundleManifest(digests: [:]).text) == BundleManifest(digests: [:]))
    }

    @Test(arguments: [
        "", "SHA256SUMS\n", "# fleetplan bundle manifest 2\n", "# fleetplan bundle manifest 1",
        "# fleetplan bundle manifest 1\nnot a line\n",
        "# fleetplan bundle manifest 1\n\(String(repeating: "0", count: 64))  ../escape\n",
        "# fleetplan bundle manifest 1\n\(String(repeating: "0", count: 64))  /etc/passwd\n",
        "# fleetplan bundle manifest 1\n\(String(repeating: "g", count: 64))  a\n",
    ])
    func anythingElseIsNotAManifest(_ text: String) {
        #expect(BundleManifest.parse(text) == nil)
    }
}
