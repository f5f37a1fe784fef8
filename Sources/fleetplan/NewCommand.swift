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

    /// The schema file written beside a new project, which its modeline names.
    static let schemaFile = "fleetplan.schema.json"

    /// The first line of a new project: editors with the YAML language server complete and
    /// check the file against the schema beside it.
    static let modeline = "# yaml-language-server: $schema=\(schemaFile)"

    func run() throws {
        let project = template.project(named: Self.projectName(for: file))
        let schemaPath = FilePathParts(file).sibling(named: Self.schemaFile)
        do {
            try ProjectFile.save(project, to: file, replacing: force, header: Self.modeline)
        } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
        // The schema beside the file: written when absent, left alone when it is already there
        // (a newer or edited schema is the team's, and the modeline still finds it).
        let schema = Data(JSONSchema.document().rendered().utf8)
        var note = ""
        if FileStat.of(schemaPath) == nil {
            do {
                try AtomicFile.write(schema, to: schemaPath, replacing: false, newMode: 0o666)
                note = " and \(schemaPath) (its schema, for editor completion)"
            } catch {
                Output.error("\(schemaPath): not written (\(error.description)); editors will not find the schema the modeline names")
            }
        }
        print("Created \(file)\(note) from the \(template.rawValue) template. Check it with: fleetplan check \(file)")
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
