import Yams

extension Theme {
    /// Reads a theme from the text of a theme file.
    ///
    /// The file is a mapping with optional `name` and `description` and a `roles` mapping
    /// from role names to `{fg, bg, attrs}`:
    /// ```yaml
    /// name: light
    /// description: Dark text for light backgrounds.
    /// roles:
    ///   pane.border.focused: { fg: blue, attrs: [bold] }
    ///   list.selected: { fg: white, bg: blue }
    /// ```
    /// Colours are those of ``Color/init(name:)``; attributes are `bold`, `dim`, `reverse`,
    /// `underline`, `italic`. Unknown roles are accepted (a newer theme may name roles this
    /// build does not draw); unknown keys, colours and attributes are errors.
    ///
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - source: the file's path, used in error messages.
    ///   - name: the theme's name when the file does not give one.
    /// - Throws: ``ThemeError`` naming `source` and the line.
    public static func parse(yaml: String, source: String, name: String = "") throws -> Theme {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw ThemeError.invalid(source: source, line: 1, message: "the file is empty")
            }
            root = node
        } catch let error as ThemeError {
            throw error
        } catch let error as YamlError {
            throw Self.syntaxError(error, source: source)
        }
        guard let mapping = root.mapping else {
            throw ThemeError.invalid(source: source, line: line(of: root), message: "a theme file is a mapping with a `roles` key")
        }
        var theme = Theme(name: name)
        for (keyNode, value) in mapping {
            switch keyNode.string ?? "" {
            case "name": theme.name = value.string ?? theme.name
            case "description": theme.summary = value.string ?? ""
            case "roles":
                guard let roles = value.mapping else {
                    throw ThemeError.invalid(source: source, line: line(of: value), message: "`roles` must be a mapping")
                }
                for (roleNode, styleNode) in roles {
                    theme.styles[ThemeRole(rawValue: roleNode.string ?? "")] = try style(styleNode, source: source)
                }
            default:
                throw ThemeError.invalid(source: source, line: line(of: keyNode),
                                         message: "unknown key `\(keyNode.string ?? "?")` (expected name, description, roles)")
            }
        }
        return theme
    }

    private static func style(_ node: Node, source: String) throws -> Style {
        guard let mapping = node.mapping else {
            throw ThemeError.invalid(source: source, line: line(of: node), message: "a role's style is a mapping {fg, bg, attrs}")
        }
        var style = Style()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "fg", "bg":
                guard let text = value.string, let color = Color(name: text) else {
                    throw ThemeError.invalid(source: source, line: line(of: value),
                                             message: "unknown colour `\(value.string ?? "?")` (use a name, colorN or #rrggbb)")
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "attrs":
                let names = value.sequence?.compactMap(\.string) ?? value.string.map { [$0] } ?? []
                for name in names {
                    guard let attribute = TextAttributes.named.first(where: { $0.0 == name })?.1 else {
                        throw ThemeError.invalid(source: source, line: line(of: value),
                                                 message: "unknown attribute `\(name)` (bold, dim, reverse, underline, italic)")
                    }
                    style.attributes.insert(attribute)
                }
            default:
                throw ThemeError.invalid(source: source, line: line(of: keyNode),
                                         message: "unknown style key `\(key)` (expected fg, bg, attrs)")
            }
        }
        return style
    }

    private static func line(of node: Node) -> Int { node.mark?.line ?? 1 }

    private static func syntaxError(_ error: YamlError, source: String) -> ThemeError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return .syntax(source: source, line: mark.line, message: problem)
        default:
            return .syntax(source: source, line: 1, message: "\(error)")
        }
    }
}
