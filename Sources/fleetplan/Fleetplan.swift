import ArgumentParser

/// The `fleetplan` command: the workbench and its headless subcommands.
@main
struct Fleetplan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fleetplan",
        abstract: "Design container platforms: cluster profiles, a platform matrix and a multi-cluster topology.",
        discussion: """
            Exit status: 0 fine; 1 the design has error-level findings; 64 usage; 65 the file is not a \
            valid project; 66 the input file is missing or unreadable; 73 an output cannot be created.
            """,
        version: "0.1.0",
        subcommands: [
            WorkbenchCommand.self,
            NewCommand.self,
            FmtCommand.self,
            DiffCommand.self,
            CheckCommand.self,
            PlanCommand.self,
            InstancesCommand.self,
            SchemaCommand.self,
            ScoreCommand.self,
            TopologyCommand.self,
            ExportCommand.self,
            ThemesCommand.self,
        ],
        defaultSubcommand: WorkbenchCommand.self
    )
}
