import ArgumentParser
import FleetEngine
import FleetModel
import FleetStore

/// `fleetplan score FILE`: scores the platform matrix and prints the recommendation.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score the platform matrix: ranking, eliminations, sensitivity and migration roadmap.",
        discussion: """
            Weights come from the requirements unless matrix.weights sets them; see docs/scoring.md. \
            Exits 0 with a recommendation, 1 when the design has errors or every platform is eliminated, \
            64 on a usage error, 65 when the file is not a valid project, 66 when it cannot be read.
            """
    )

    /// How `score` prints its report.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @OptionGroup var input: ProjectInput

    @Option(help: "text, json or csv.")
    var format: Format = .text

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("Compare two platforms side by side.", valueName: "platform"))
    var compare: [String] = []

    func validate() throws {
        guard compare.isEmpty || compare.count == 2 else {
            throw ValidationError("--compare takes exactly two platforms, got \(compare.count)")
        }
        for id in compare where PlatformID(rawValue: id) == nil {
            throw ValidationError("unknown platform '\(id)' for --compare; use one of: \(PlatformID.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let loaded = try input.load()
        let structural = loaded.project.validate()
        if structural.hasErrors {
            let located = loaded.sourceMap.locate(Lint.sorted(structural), in: input.file)
            Output.error(FindingReport.text(located, file: input.file).trimmingTrailingNewline())
            throw ExitCode(1)
        }
        let catalog: Catalog
        do {
            catalog = try Catalog.bundled()
        } catch {
            Output.error(error.description)
            throw ExitCode(1)
        }
        let pair = compare.count == 2 ? (PlatformID(rawValue: compare[0])!, PlatformID(rawValue: compare[1])!) : nil
        let report = ScoreReport(project: loaded.project, catalog: catalog, compare: pair)
        switch format {
        case .text: print(report.text(), terminator: "")
        case .json: print(report.json(), terminator: "")
        case .csv: print(report.csv(), terminator: "")
        }
        if report.evaluation.winner == nil { throw ExitCode(1) }
    }
}

extension String {
    /// The string without one final newline (for `print`, which adds its own).
    func trimmingTrailingNewline() -> String {
        hasSuffix("\n") ? String(dropLast()) : self
    }
}
