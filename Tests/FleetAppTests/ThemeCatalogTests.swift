import Foundation
import Testing
import TerminalCore
@testable import FleetApp

@Suite struct ThemeCatalogTests {
    let directory = TemporaryDirectory()

    @Test func builtInThemesAllParse() throws {
        for source in BuiltinThemes.sources {
            let theme = try Theme.parse(yaml: source.text, source: source.name)
            #expect(theme.name == source.name)
            #expect(!theme.summary.isEmpty)
        }
        #expect(ThemeCatalog.builtIn().names == ["default", "high-contrast", "light", "monochrome"])
    }

    @Test func defaultFollowsTheTerminalColours() {
        let theme = ThemeCatalog.builtIn().theme(named: "default", noColor: false)
        #expect(theme.style(.screen) == Style())
        #expect(theme.style(.paneBorderFocused).foreground == .indexed(6))
    }

    @Test func monochromeHasNoColour() {
        let theme = ThemeCatalog.builtIn().theme(named: "monochrome", noColor: false)
        for role in ThemeRole.all {
            #expect(theme.style(role).foreground == .terminalDefault)
            #expect(theme.style(role).background == .terminalDefault)
        }
    }

    @Test func userDirectoryFollowsXDG() {
        #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/fleetplan/themes")
        #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/fleetplan/themes")
        #expect(ThemeCatalog.userDirectory(environment: ["HOME": "/h"]) == "/h/.config/fleetplan/themes")
        #expect(ThemeCatalog.userDirectory(environment: [:]) == nil)
    }

    @Test func userThemesLayerOverDefaultAndBrokenOnesAreReported() throws {
        let themes = directory.path + "/fleetplan/themes"
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try "roles:\n  pane.border.focused: { fg: magenta }\n".write(toFile: themes + "/mine.yaml", atomically: true, encoding: .utf8)
        try "roles:\n  tab.active:\n    fg: chartreuse\n".write(toFile: themes + "/broken.yaml", atomically: true, encoding: .utf8)
        try "roles:\n  list.selected: { bg: red }\n".write(toFile: themes + "/light.yaml", atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog.load(environment: ["XDG_CONFIG_HOME": directory.path])
        #expect(catalog.names == ["default", "high-contrast", "light", "mine", "monochrome"])
        let mine = catalog.theme(named: "mine", noColor: false)
        #expect(mine.style(.paneBorderFocused).foreground == .indexed(5))
        #expect(mine.style(.tabActive) == catalog.theme(named: "default", noColor: false).style(.tabActive))
        let light = catalog.theme(named: "light", noColor: false)
        #expect(light.style(.listSelected).background == .indexed(1))
        #expect(light.style(.paneBorderFocused).foreground == .indexed(4))
        #expect(catalog.problems == ["\(themes)/broken.yaml:3: unknown colour `chartreuse` (use a name, colorN or #rrggbb) (theme skipped)"])
        #expect(catalog.entries["mine"]?.origin == .file(themes + "/mine.yaml"))
        #expect(catalog.brokenNames == ["broken"])
    }

    @Test func noColorIsNonEmptyNoColor() {
        #expect(ThemeCatalog.noColorRequested(environment: ["NO_COLOR": "1"]))
        #expect(!ThemeCatalog.noColorRequested(environment: ["NO_COLOR": ""]))
        #expect(!ThemeCatalog.noColorRequested(environment: [:]))
    }
}

/// `Sources/FleetApp/BuiltinThemes.swift` embeds `themes/*.yaml`; this fails when they differ.
@Suite struct BuiltinThemesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path

    static func generated() throws -> String {
        var text = """
            // The built-in themes, compiled in so the binary works without the repository.
            // This file is generated from themes/*.yaml; BuiltinThemesTests fails when it is out of date
            // (re-record with RECORD_SNAPSHOTS=1 swift test --filter BuiltinThemesTests).

            /// The text of the theme files shipped in `themes/`, by name, in listing order.
            enum BuiltinThemes {
                static let sources: [(name: String, text: String)] = [

            """
        for name in ["default", "light", "high-contrast", "monochrome"] {
            let yaml = try String(contentsOfFile: "\(root)/themes/\(name).yaml", encoding: .utf8)
            text += "        (\"\(name)\", #\"\"\"\n\(yaml)\"\"\"#),\n"
        }
        return text + "    ]\n}\n"
    }

    @Test func embeddedThemesMatchTheThemeFiles() throws {
        let path = Self.root + "/Sources/FleetApp/BuiltinThemes.swift"
        let expected = try Self.generated()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try expected.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected,
                "themes/*.yaml changed: run RECORD_SNAPSHOTS=1 swift test --filter BuiltinThemesTests")
        for source in BuiltinThemes.sources {
            let file = try String(contentsOfFile: "\(Self.root)/themes/\(source.name).yaml", encoding: .utf8)
            #expect(source.text + "\n" == file)
        }
    }
}
