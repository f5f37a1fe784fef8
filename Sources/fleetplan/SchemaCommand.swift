import ArgumentParser
import FleetModel
import FleetStore

/// `fleetplan schema`: prints the JSON Schema of the project file.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the project file format."
    )

    func run() {
        print(JSONSchema.document().rendered(), terminator: "")
    }
}
