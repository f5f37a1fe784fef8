import Foundation

/// A command typed after `:`.
public enum Command: Sendable, Equatable {
    /// `:w` (to the current file) or `:w FILE`.
    case write(String?)
    /// `:wq`: save, then quit once saved.
    case writeQuit
    /// `:e FILE`; `force` (`:e!`) discards unsaved changes.
    case edit(String, force: Bool)
    /// `:q` (asks when there are unsaved changes) or `:q!`.
    case quit(force: Bool)
    /// `:edit` with no file: the project file in `$VISUAL`/`$EDITOR`, then read again.
    case editExternally
    /// `:theme NAME`.
    case theme(String)
    /// `:help`.
    case help
    /// `:export [DIR]`: preview the design bundle, then write it to `DIR` (default `NAME-bundle`).
    case export(String?)

    /// Command names, for completion and help.
    public static let names = ["e", "e!", "edit", "export", "help", "q", "q!", "theme", "w", "wq"]

    /// Reads a command line (without the colon).
    ///
    /// - Returns: the command, or a message saying what is wrong.
    public static func parse(_ line: String) -> Result<Command, CommandError> {
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = words.first else { return .failure(CommandError("type a command, e.g. :w or :q")) }
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "w", "write": return .success(.write(argument.isEmpty ? nil : argument))
        case "wq", "x": return argument.isEmpty ? .success(.writeQuit) : .failure(CommandError(":\(name) takes no file"))
        case "edit" where argument.isEmpty:
            return .success(.editExternally)
        case "e", "edit", "e!":
            guard !argument.isEmpty else { return .failure(CommandError(":\(name) needs a file name (:edit alone opens this file in your editor)")) }
            return .success(.edit(argument, force: name == "e!"))
        case "q", "quit": return .success(.quit(force: false))
        case "q!", "quit!": return .success(.quit(force: true))
        case "theme":
            guard !argument.isEmpty else { return .failure(CommandError(":theme needs a theme name")) }
            return .success(.theme(argument))
        case "help", "h": return .success(.help)
        case "export": return .success(.export(argument.isEmpty ? nil : argument))
        default: return .failure(CommandError("unknown command :\(name) (try :help)"))
        }
    }

    /// Completes a partial command line.
    ///
    /// The first word completes against the command names, the argument of `:theme`
    /// against `themes`. Returns the completed line (extended to the longest common
    /// prefix) and the candidates when there is more than one.
    public static func complete(_ line: String, themes: [String]) -> (line: String, candidates: [String]) {
        let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count <= 1 {
            let candidates = names.filter { $0.hasPrefix(line) }
            return (completion(line, candidates), candidates.count > 1 ? candidates : [])
        }
        guard parts[0] == "theme" else { return (line, []) }
        let candidates = themes.sorted().filter { $0.hasPrefix(parts[1]) }
        return ("theme " + completion(parts[1], candidates), candidates.count > 1 ? candidates : [])
    }

    private static func completion(_ typed: String, _ candidates: [String]) -> String {
        guard var prefix = candidates.first else { return typed }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        if candidates.count == 1, prefix == "theme" { return prefix + " " }
        return prefix.count > typed.count ? prefix : typed
    }
}

/// Why a command line could not be run.
public struct CommandError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
