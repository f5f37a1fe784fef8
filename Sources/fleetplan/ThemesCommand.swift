import ArgumentParser
import FleetApp
import Foundation

/// `fleetplan themes`: lists the workbench themes, built-in and the user's.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the workbench themes (pick one with --theme NAME or :theme NAME)."
    )

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog.load(environment: environment)
        let width = catalog.names.map(\.count).max() ?? 0
        for name in catalog.names {
            guard let entry = catalog.entries[name] else { continue }
            let origin: String
            switch entry.origin {
            case .builtIn: origin = "built-in"
            case .file(let path): origin = path
            }
            print("\(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(entry.theme.summary) [\(origin)]")
        }
        if let directory = ThemeCatalog.userDirectory(environment: environment) {
            print("User themes: \(directory)/*.yaml")
        }
        for problem in catalog.problems { Output.error("fleetplan: \(problem)") }
        if ThemeCatalog.noColorRequested(environment: environment) {
            print("NO_COLOR is set: themes are drawn without colour.")
        }
    }
}
