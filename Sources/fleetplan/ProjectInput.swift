import ArgumentParser
import FleetModel
import FleetStore

/// The project file argument shared by the commands that read one.
struct ProjectInput: ParsableArguments {
    @Argument(help: "The project file (*.fleet.yaml).")
    var file: String

    /// The loaded project; on failure prints every problem to stderr and exits 65 or 66.
    func load() throws -> ProjectFile.Loaded {
        do {
            return try ProjectFile.load(file)
        } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}

/// Where commands print: results to stdout, problems to stderr.
enum Output {
    /// Prints a problem; control characters (in a file name, a quoted value) are escaped so
    /// they cannot drive the terminal.
    static func error(_ text: String) {
        var stream = StandardError()
        print(text.terminalSafe, to: &stream)
    }

    struct StandardError: TextOutputStream {
        mutating func write(_ string: String) {
            FileHandleOutput.writeToStandardError(string)
        }
    }
}
