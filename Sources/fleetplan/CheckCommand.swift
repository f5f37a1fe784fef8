import ArgumentParser
import FleetEngine
import FleetModel
import FleetStore
import Foundation

/// `fleetplan check FILE`: reads, validates and lints a project.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a project file and report every finding.",
        discussion: "Exits 0 when there are no errors, 1 when the design has errors, 65 when the file is not a valid project."
    )

    @Argument(help: "The project file.")
    var file: String

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let input: (data: Data, size: Int)
        do {
            input = try InputFile.read(file, limit: ProjectReader.maxBytes + 1)
        } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
        let result = ProjectReader().read(input.data, file: file, size: input.size)
        var findings = result.findings
        if let project = result.project {
            findings += result.sourceMap.locate(Lint.findings(for: project), in: file)
        }
        print(render(findings), terminator: "")
        if result.project == nil { throw ExitCode(65) }
        if findings.contains(where: { $0.finding.severity == .error }) { throw ExitCode(1) }
    }

    func render(_ findings: [LocatedFinding]) -> String {
        switch format {
        case .json: return FindingReport.json(findings, file: file).rendered()
        case .text: return FindingReport.text(findings, file: file)
        }
    }
}

/// How a command prints its result.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
