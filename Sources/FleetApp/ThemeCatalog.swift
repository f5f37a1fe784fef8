import Foundation
import TerminalCore

/// The themes a user can pick: the built-in ones, with the user's theme files layered over.
///
/// User themes live in `$XDG_CONFIG_HOME/fleetplan/themes/*.yaml` (or
/// `~/.config/fleetplan/themes/` when `XDG_CONFIG_HOME` is unset or relative, as the XDG
/// spec asks). A user file names only the roles it changes; the rest come from `default`.
/// A user file named like a built-in theme replaces it the same way. A broken file is
/// reported (file and line) and skipped, so the program still starts.
public struct ThemeCatalog: Sendable {
    /// Where a theme came from, for `fleetplan themes`.
    public enum Origin: Sendable, Equatable {
        case builtIn
        case file(String)
    }

    /// A theme and its origin.
    ///
    /// Built-in themes are parsed when first asked for, so starting the workbench only
    /// parses the theme it draws with.
    public struct Entry: Sendable {
        public var origin: Origin
        private var parsed: Theme?
        private var builtInSource: (name: String, text: String)?

        init(theme: Theme, origin: Origin) {
            self.origin = origin
            self.parsed = theme
        }

        init(builtIn name: String, text: String) {
            self.origin = .builtIn
            self.builtInSource = (name, text)
        }

        public var theme: Theme {
            if let parsed { return parsed }
            guard let source = builtInSource else { return Theme.fallback }
            // The built-in sources are tested to parse; the fallback keeps a typo from being fatal.
            return (try? Theme.parse(yaml: source.text, source: "themes/\(source.name).yaml", name: source.name))
                ?? Theme(name: source.name, summary: "built-in", styles: Theme.fallback.styles)
        }
    }

    /// The themes by name.
    public private(set) var entries: [String: Entry]
    /// Problems with theme files, one line each (`FILE:LINE: message`).
    public private(set) var problems: [String]
    /// Names of user themes whose files could not be used.
    public private(set) var brokenNames: Set<String> = []

    /// The built-in themes only.
    public static func builtIn() -> ThemeCatalog {
        var entries: [String: Entry] = [:]
        for source in BuiltinThemes.sources {
            entries[source.name] = Entry(builtIn: source.name, text: source.text)
        }
        return ThemeCatalog(entries: entries, problems: [])
    }

    /// The user's theme directory for an environment.
    public static func userDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/fleetplan/themes" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/fleetplan/themes"
    }

    /// The built-in themes plus the user's theme files.
    public static func load(environment: [String: String]) -> ThemeCatalog {
        var catalog = builtIn()
        guard let directory = userDirectory(environment: environment),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return catalog }
        for file in names.sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
            let path = directory + "/" + file
            let name = String(file.prefix { $0 != "." })
            catalog.addUserTheme(path: path, name: name)
        }
        return catalog
    }

    /// Reads one user theme file and layers it over the built-in theme of the same name
    /// (or `default`); a problem is recorded instead when the file cannot be used.
    public mutating func addUserTheme(path: String, name: String) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            problems.append("\(path): cannot read the theme file")
            brokenNames.insert(name)
            return
        }
        do {
            let theme = try Theme.parse(yaml: text, source: path, name: name)
            let base = entries[name]?.theme ?? entries["default"]?.theme ?? Theme.fallback
            var layered = theme.layered(over: base)
            layered.name = name
            entries[name] = Entry(theme: layered, origin: .file(path))
        } catch let error as ThemeError {
            problems.append("\(error.description) (theme skipped)")
            brokenNames.insert(name)
        } catch {
            problems.append("\(path): \(error) (theme skipped)")
            brokenNames.insert(name)
        }
    }

    /// Theme names, sorted.
    public var names: [String] { entries.keys.sorted() }

    /// The theme to draw with: `name` (or `default`), without colours when `noColor`.
    public func theme(named name: String, noColor: Bool) -> Theme {
        let theme = entries[name]?.theme ?? entries["default"]?.theme ?? Theme.fallback
        return noColor ? theme.withoutColor : theme
    }

    /// True when `NO_COLOR` is set to a non-empty value (https://no-color.org).
    public static func noColorRequested(environment: [String: String]) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }
}
