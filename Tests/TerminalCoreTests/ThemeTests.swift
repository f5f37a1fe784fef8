import Testing
@testable import TerminalCore

@Suite struct ThemeTests {
    let text = """
        name: sample
        description: For tests.
        roles:
          pane.border: { fg: blue }
          pane.border.focused: { fg: bright-cyan, bg: default, attrs: [bold, underline] }
          status.error: { fg: "#ff0000" }
        """

    @Test func parsesRolesColoursAndAttributes() throws {
        let theme = try Theme.parse(yaml: text, source: "sample.yaml")
        #expect(theme.name == "sample")
        #expect(theme.summary == "For tests.")
        #expect(theme.style(.paneBorder) == Style(foreground: .indexed(4)))
        #expect(theme.style(.paneBorderFocused) == Style(foreground: .indexed(14), attributes: [.bold, .underline]))
        #expect(theme.style(.statusError).foreground == .indexed(196))
    }

    @Test func missingRolesFallBackToTheirParentThenPlain() throws {
        let theme = try Theme.parse(yaml: "roles:\n  pane: { attrs: [dim] }\n", source: "x.yaml", name: "x")
        #expect(theme.name == "x")
        #expect(theme.style(.paneBorderFocused) == Style(attributes: .dim))
        #expect(theme.style(.statusError) == .plain)
    }

    @Test func layeringKeepsTheBaseForRolesNotNamed() throws {
        let base = try Theme.parse(yaml: text, source: "base.yaml")
        let user = try Theme.parse(yaml: "roles:\n  pane.border: { fg: red }\n", source: "user.yaml", name: "mine")
        let layered = user.layered(over: base)
        #expect(layered.name == "mine")
        #expect(layered.style(.paneBorder).foreground == .indexed(1))
        #expect(layered.style(.paneBorderFocused).foreground == .indexed(14))
    }

    @Test func withoutColorKeepsAttributesOnly() throws {
        let theme = try Theme.parse(yaml: text, source: "s.yaml").withoutColor
        #expect(theme.style(.paneBorderFocused) == Style(attributes: [.bold, .underline]))
        #expect(theme.style(.paneBorder) == .plain)
    }

    @Test func errorsNameTheFileAndLine() {
        #expect(throws: ThemeError.invalid(source: "t.yaml", line: 3, message: "unknown colour `pink` (use a name, colorN or #rrggbb)")) {
            try Theme.parse(yaml: "roles:\n  pane.border:\n    fg: pink\n", source: "t.yaml")
        }
        #expect(throws: ThemeError.invalid(source: "t.yaml", line: 2, message: "unknown attribute `blink` (bold, dim, reverse, underline, italic)")) {
            try Theme.parse(yaml: "roles:\n  tab: { attrs: [blink] }\n", source: "t.yaml")
        }
        #expect(throws: ThemeError.invalid(source: "t.yaml", line: 1, message: "unknown key `colours` (expected name, description, roles)")) {
            try Theme.parse(yaml: "colours: {}\n", source: "t.yaml")
        }
        do {
            _ = try Theme.parse(yaml: "roles:\n  tab: { fg: [\n", source: "bad.yaml")
            Issue.record("expected a syntax error")
        } catch let error as ThemeError {
            guard case .syntax(let source, let line, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(source == "bad.yaml")
            #expect(line >= 2)
            #expect(error.description.hasPrefix("bad.yaml:\(line): invalid YAML"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite struct ColorTests {
    @Test func names() {
        #expect(Color(name: "default") == .terminalDefault)
        #expect(Color(name: "red") == .indexed(1))
        #expect(Color(name: "bright-white") == .indexed(15))
        #expect(Color(name: "brightblack") == .indexed(8))
        #expect(Color(name: "color208") == .indexed(208))
        #expect(Color(name: "color256") == nil)
        #expect(Color(name: "#000000") == .indexed(16))
        #expect(Color(name: "#ffffff") == .indexed(231))
        #expect(Color(name: "pink") == nil)
    }

    @Test func degradesToTheTerminalsPalette() {
        #expect(Color.indexed(196).degraded(toColors: 256) == .indexed(196))
        #expect(Color.indexed(196).degraded(toColors: 16) == .indexed(9))
        #expect(Color.indexed(9).degraded(toColors: 8) == .indexed(1))
        #expect(Color.indexed(21).degraded(toColors: 16) == .indexed(4))
        #expect(Color.indexed(3).degraded(toColors: 2) == .terminalDefault)
        #expect(Color.terminalDefault.degraded(toColors: 8) == .terminalDefault)
    }
}

@Suite struct ThemeRoleTests {
    @Test func knownRolesCarryTheirOwnOrdinal() {
        #expect(ThemeRole.known.enumerated().allSatisfy { $0.element.ordinal == $0.offset })
        #expect(Set(ThemeRole.known) == Set(ThemeRole.all))
        #expect(ThemeRole(rawValue: "pane.border") == .paneBorder)
        #expect(ThemeRole(rawValue: "pane.border").ordinal == nil)
    }

    @Test func resolvedStylesFollowTheFallbacks() throws {
        let theme = try Theme.parse(yaml: "roles:\n  pane: { attrs: [bold] }\n", source: "t.yaml")
        let resolved = theme.resolvedStyles()
        #expect(resolved[ThemeRole.paneBorderFocused.ordinal!] == Style(attributes: .bold))
        #expect(resolved[ThemeRole.statusError.ordinal!] == .plain)
    }
}
