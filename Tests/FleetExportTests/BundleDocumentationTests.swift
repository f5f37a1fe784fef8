import FleetModel
import Foundation
import Testing
@testable import FleetExport

/// `docs/export-bundle.md` must describe every file a bundle can hold.
@Suite struct BundleDocumentationTests {
    static let document = (try? String(
        contentsOf: BundleFixtures.packageRoot.appendingPathComponent("docs/export-bundle.md"), encoding: .utf8)) ?? ""

    /// The documented form of a bundle path: names replaced by `<cluster>`, `<region>`, `<service>`.
    static func pattern(_ path: String) -> String {
        var parts = path.split(separator: "/").map(String.init)
        switch parts.first {
        case "clusters" where parts.count > 2: parts[1] = "<cluster>"
        case "gitops" where parts.count > 3: parts[2] = "<cluster>"
        case "platforms" where parts.count > 2:
            parts.removeFirst()
            switch parts[0] {
            case "nomad", "docker-swarm":
                parts[1] = "<region>"
                if parts.count > 2, parts[2].hasSuffix(".nomad.hcl") { parts[2] = "<service>.nomad.hcl" }
            case "ecs":
                parts[1] = "<region>"
                if parts.count > 3 { parts[2] = "<service>" }
            case "cloud-run":
                parts[1] = "<region>"
                parts[2] = "<service>"
            default: break
            }
        default: break
        }
        return parts.joined(separator: "/")
    }

    @Test func everyFileOfTheExamplesIsDocumented() throws {
        #expect(!Self.document.isEmpty)
        for project in [try BundleFixtures.payments(), try BundleFixtures.smallShop()] {
            for path in try BundleFixtures.bundle(project).paths {
                #expect(Self.document.contains("`\(Self.pattern(path))`"), "\(path) as `\(Self.pattern(path))`")
            }
        }
    }

    @Test func everyStarterFileIsDocumented() throws {
        let project = try BundleFixtures.smallShop()
        for platform in PlatformID.allCases {
            for file in PlatformStarter.files(for: platform, project: project) {
                let path = "platforms/\(platform.rawValue)/\(file.path)"
                #expect(Self.document.contains("`\(Self.pattern(path))`"), "\(path)")
            }
        }
    }
}
