import FleetEngine
import FleetModel
import Foundation
import Testing
@testable import FleetExport

/// Hostile names travel through the whole builder and writer; nothing may land outside the bundle.
@Suite struct BundlePathSafetyTests {
    static let hostile = ["../../x", "a/b", "nul\u{0}name", "new\nline", String(repeating: "c", count: 300), "..", ".", "/etc", "x\\y"]

    func hostileProject(platform: PlatformID = .kubernetes) -> Project {
        let profiles = Self.hostile.map { ClusterProfile(name: $0, mesh: MeshLoad(enabled: true)) }
        let clusters = Self.hostile.enumerated().map { index, name in
            Cluster(name: name, environment: "prod", region: Self.hostile[(index + 1) % Self.hostile.count],
                    profile: name, network: "../net\(index)", meshRole: .primary)
        }
        return Project(
            metadata: Metadata(name: "../../project"),
            kubernetesVersion: KubernetesVersion(minor: 34),
            requirements: Requirements(regions: Self.hostile, mtlsRequired: true),
            profiles: profiles,
            matrix: Matrix(decision: DecisionInfo(platform: platform)),
            topology: Topology(mesh: MeshSettings(model: .multiPrimary, meshID: "m", eastWestGateways: ["../net0"]),
                               clusters: clusters))
    }

    @Test(arguments: PlatformID.allCases)
    func everyPathIsSafeAndEveryClusterHasItsOwnDirectory(platform: PlatformID) throws {
        let bundle = BundleBuilder(catalog: try Catalog.bundled()).build(project: hostileProject(platform: platform), projectFile: "x\n")
        for path in bundle.paths {
            #expect(BundlePath.isSafe(path), "\(path)")
            #expect(path.split(separator: "/").allSatisfy { $0.utf8.count <= 255 }, "\(path) has a component too long for a file system")
        }
        if platform == .kubernetes {
            let directories = Set(bundle.paths.filter { $0.hasPrefix("gitops/clusters/") }.map { $0.split(separator: "/")[2] })
            #expect(directories.count == Self.hostile.count, "distinct names never share a directory")
        } else if platform == .ecs || platform == .dockerSwarm {
            // One directory per region of the design: hostile region names stay distinct components.
            let directories = Set(bundle.paths.filter { $0.hasPrefix("platforms/\(platform.rawValue)/") && $0.split(separator: "/").count > 3 }
                .map { $0.split(separator: "/")[2] })
            #expect(directories.count == Self.hostile.count, "\(directories.sorted())")
        }
    }

    @Test func nothingIsWrittenOutsideTheOutputDirectory() throws {
        let bundle = BundleBuilder(catalog: try Catalog.bundled()).build(project: hostileProject(), projectFile: "x\n")
        let root = try BundleFixtures.temporaryDirectory()
        let output = "\(root)/deep/bundle"
        try BundleWriter().write(bundle, to: output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["deep"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(root)/deep") == ["bundle"])
        #expect(BundleFixtures.files(in: output) == [".fleetplan-manifest"] + bundle.paths, "the bundle and its manifest, nothing else")
    }

    @Test func componentsOfHostileNamesAreDNSLabels() {
        for name in Self.hostile {
            let component = BundlePath.component(name)
            #expect(DNSLabel.problem(with: component) == nil, "\(name.debugDescription) → \(component)")
        }
        #expect(Set(Self.hostile.map(BundlePath.component)).count == Self.hostile.count)
    }
}
