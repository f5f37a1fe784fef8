import ArgumentParser
import FleetModel
import FleetStore
import Foundation

/// `fleetplan fmt FILE [--check]`: the canonical layout, comments kept where they have a place.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite a project file in the canonical layout, keeping its comments.",
        discussion: """
            Keys in the canonical order and indentation, lists and maps in the canonical style, \
            comments kept on the key or list item they belong to. With --check nothing is written \
            and the exit status is 1 when the file is not formatted (for CI). Exit 65 when the \
            file is not a valid project, 66 when it cannot be read, 73 when it cannot be written.
            """
    )

    @Argument(help: "The project file.")
    var file: String

    @Flag(help: "Only check: exit 1 when the file is not in the canonical layout; write nothing.")
    var check = false

    func run() throws {
        let loaded: ProjectFile.Loaded
        do {
            loaded = try ProjectFile.load(file)
        } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
        guard let text = String(data: loaded.bytes, encoding: .utf8) else { throw ExitCode(65) }
        let result = ProjectFormatter().format(text, project: loaded.project)
        if result.text == text {
            if !check { print("\(file): already formatted") }
            return
        }
        if check {
            print("\(file): not formatted (run fleetplan fmt \(file))")
            throw ExitCode(1)
        }
        for comment in result.dropped {
            Output.error("\(file):\(comment.line): comment dropped, its field is not written in the canonical layout: \(comment.text)")
        }
        do {
            try ProjectFile.writeText(result.text, to: file)
        } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
        print("\(file): formatted")
    }
}
