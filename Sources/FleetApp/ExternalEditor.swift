import Foundation

/// The user's editor, run on the project file at a line: `$VISUAL`, else `$EDITOR`, else `vi`,
/// as `EDITOR +LINE FILE` (the form vi, vim, nano, emacs and micro accept). The variable may
/// carry arguments (`code --wait`); it is run through `/bin/sh` like git runs it.
public enum ExternalEditor {
    /// The command the environment names.
    public static func command(environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// Runs the editor on `file` at `line` and waits for it; the exit status, or `nil` when it
    /// could not be started.
    @discardableResult
    public static func run(file: String, line: Int, environment: [String: String]) -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(command(environment: environment)) \"$@\"", "fleetplan-editor", "+\(max(1, line))", file]
        process.environment = environment
        do {
            try process.run()
        } catch {
            return nil
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
