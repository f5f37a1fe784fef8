import ArgumentParser
import FleetModel
import FleetStore
import Foundation

/// `fleetplan new FILE`: writes a valid starting project.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new project file from a template."
    )

    @Argument(help: "The project file to create, e.g. payments.fleet.yaml.")
    var file: String

    @Option(help: "The starting point: \(ProjectTemplate.allCases.map(\.rawValue).joined(separator: " or ")).")
    var template: ProjectTemplate = .minimal

    @Flag(help: "Overwrite the file if it exists and is a regular, writable file (never a device, FIFO or directory).")
    var force = false

    func run() throws {
        let project = template.project(named: Self.projectName(for: file))
        do {
            try ProjectFile.save(project, to: file, replacing: force)
        } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
        print("Created \(file) from the \(template.rawValue) template. Check it with: fleetplan check \(file)")
    }

    /// A DNS-1123 project name from a file name: `Payments.fleet.yaml` → `payments`.
    static func projectName(for file: String) -> String {
        var base = FilePathParts(file).name
        for suffix in [".yaml", ".yml", ".fleet"] where base.hasSuffix(suffix) {
            base = String(base.dropLast(suffix.count))
        }
        return DNSLabel.sanitized(base)
    }
}

extension ProjectTemplate: ExpressibleByArgument {}
