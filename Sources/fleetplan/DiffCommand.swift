import ArgumentParser
import FleetEngine
import FleetExport
import FleetModel
import FleetStore
import Foundation

/// `fleetplan diff OLD NEW`: what a change to a project file does to the design.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what a change to a project file does to the design.",
        discussion: """
            Findings added and resolved, the recommendation and scores, every cluster's nodes, \
            ranges and cost, and the changed lines of every exported file (both bundles built in \
            memory; nothing is written). OLD is a file, or a git revision of NEW's path \
            (fleetplan diff HEAD~1 payments.fleet.yaml), read through git show. The markdown form \
            is meant for a pull-request comment. Exit 0 whether or not the design changes; 64, 65, \
            66 as the other commands.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "The old project file, or a git revision of NEW (HEAD~1, main).")
    var old: String

    @Argument(help: "The new project file.")
    var new: String

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    func run() throws {
        let newProject = try load(new)
        let oldProject: Project
        let oldLabel: String
        if FileManager.default.fileExists(atPath: old) {
            oldProject = try load(old)
            oldLabel = old
        } else {
            let text = try Self.gitShow(revision: old, path: new)
            let result = ProjectReader().read(Data(text.utf8), file: "\(old):\(new)")
            guard let project = result.project else {
                Output.error(StoreError.invalid(file: "\(old):\(new)", findings: result.findings).description)
                throw ExitCode(65)
            }
            oldProject = project
            oldLabel = "\(old):\(new)"
        }
        let catalog: Catalog
        do { catalog = try Catalog.bundled() } catch {
            Output.error("fleetplan: the bundled catalog does not load: \(error)")
            throw ExitCode(70)
        }
        let diff = DesignDiff(old: oldProject, new: newProject, catalog: catalog)
        switch format {
        case .text: print(diff.text(old: oldLabel, new: new), terminator: "")
        case .markdown: print(diff.markdown(old: oldLabel, new: new), terminator: "")
        case .json: print(diff.json(old: oldLabel, new: new), terminator: "")
        }
    }

    func load(_ path: String) throws -> Project {
        do {
            return try ProjectFile.load(path).project
        } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }

    /// The file at `path` as of `revision`, through `git show REVISION:./NAME` run in the file's
    /// directory (so any path inside the work tree works).
    static func gitShow(revision: String, path: String) throws -> String {
        guard !revision.hasPrefix("-"), !revision.contains(":") else {
            Output.error("fleetplan: \(revision): neither a file nor a git revision")
            throw ExitCode(64)
        }
        let parts = FilePathParts(path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "show", "\(revision):./\(parts.name)"]
        process.currentDirectoryURL = URL(fileURLWithPath: parts.directory)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            Output.error("fleetplan: \(revision): not a file, and git cannot run (\(error))")
            throw ExitCode(66)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Output.error("fleetplan: \(revision): not a file, and git show \(revision):\(path) failed: "
                + problem.trimmingCharacters(in: .whitespacesAndNewlines))
            throw ExitCode(66)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
