import Foundation
import Testing

/// `kubectl kustomize gitops/clusters/<cluster>` builds for every cluster of an exported
/// bundle, as Argo CD or Flux would build it. Runs wherever kubectl is installed, and
/// fails in CI when it is not, so the check is never silently skipped there.
@Suite(.serialized) struct KustomizeBuildTests {
    static func kubectl() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/kubectl" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func everyClusterKustomizationBuilds() throws {
        guard let kubectl = Self.kubectl() else {
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "kubectl is missing in CI: .ci/run must install it")
            return
        }
        let directory = try CLI.temporaryDirectory()
        let bundle = directory.appendingPathComponent("bundle")
        let export = try CLI.run(["export", "docs/examples/payments.fleet.yaml", "--output", bundle.path])
        #expect(export.status == 0, "\(export.stderr)")
        let clusters = try FileManager.default.contentsOfDirectory(atPath: bundle.appendingPathComponent("gitops/clusters").path).sorted()
        #expect(clusters == ["dev-eu", "mgmt", "prod-eu", "prod-us", "staging-eu"])
        for cluster in clusters {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: kubectl)
            process.arguments = ["kustomize", "gitops/clusters/\(cluster)"]
            process.currentDirectoryURL = bundle
            let output = Pipe(), errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            let built = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(cluster): \(problems)")
            #expect(built.contains("name: fleetplan-cluster-design"), "\(cluster) builds the cluster's design ConfigMap")
            if cluster != "mgmt" {
                #expect(built.contains("kind: PeerAuthentication"), "\(cluster) carries the mesh resources")
            }
        }
        try? FileManager.default.removeItem(at: directory)
    }
}
