import ArgumentParser
import FleetApp
import Foundation

/// `fleetplan [FILE]`: the interactive workbench (the default when no subcommand is given).
struct WorkbenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the interactive workbench on a project file (the default command).",
        discussion: "Needs a terminal. Press ? inside for every key; :q quits."
    )

    @Argument(help: "The project file to open (created on the first save if it does not exist). Omit for an untitled project.")
    var file: String?

    @Option(help: "The workbench theme (see `fleetplan themes`).")
    var theme: String?

    @Flag(help: "Let the workbench use the mouse (clicks on tabs, wheel scrolling). Off by default: it takes over copy and paste.")
    var mouse = false

    @Flag(help: "Draw lines with ASCII characters even in a UTF-8 locale.")
    var ascii = false

    func run() throws {
        let options = WorkbenchLauncher.Options(file: file, theme: theme, mouse: mouse, ascii: ascii)
        let status = WorkbenchLauncher.run(options, environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }
}
