import TerminalCore

/// The help overlay and the keys document, both generated from the binding tables.
public enum HelpView {
    /// The help sections: the focused pane's table first, then every other table, then the
    /// text-editing keys; disabled bindings carry their reason for the current state.
    public static func sections(_ state: AppState) -> [HelpSection] {
        let focused = Keymap.table(for: state.focus)
        let others = Keymap.allTables.filter { $0.title != focused.title }
        var sections = ([focused] + others).map { table in
            HelpSection(title: table.title, entries: table.bindings.map {
                HelpEntry(keys: $0.keyText, help: $0.help, disabledReason: $0.disabledReason(state) ?? "")
            })
        }
        sections.append(HelpSection(title: "Text editing (fields, command line, filter)",
                                    entries: Keymap.textEditing.map { HelpEntry(keys: $0.keys, help: $0.help) }))
        sections.append(HelpSection(title: "Commands (after :)", entries: Keymap.commands.map { HelpEntry(keys: $0.command, help: $0.help) }))
        return sections
    }

    static func overlay(_ state: AppState, context: ViewContext, scroll: Int) -> HelpOverlay {
        HelpOverlay(sections: sections(state), scroll: scroll, borders: context.borders,
                    borderStyle: context.style(.dialogBorder), style: context.style(.dialog),
                    keyStyle: context.style(.helpKey), sectionStyle: context.style(.helpSection),
                    disabledStyle: context.style(.helpDisabled))
    }

    /// `docs/keys.md`: every binding table as a Markdown table.
    public static func keysDocument() -> String {
        var text = "# Keys\n\n"
        text += "Generated from the binding tables in `Sources/FleetTUI/Keymap.swift`; "
        text += "`swift test` fails when this file is out of date (re-record with `RECORD_SNAPSHOTS=1 swift test --filter KeysDocumentTests`).\n"
        text += "Key names: `C-x` is Ctrl+x, `M-x` is Alt+x, `S-Tab` is Shift+Tab. Press `?` in the workbench for the same list.\n"
        for table in Keymap.allTables {
            text += "\n## \(table.title)\n\n| Keys | Action |\n|---|---|\n"
            for binding in table.bindings {
                let keys = binding.keys.map { "`\($0.notation == "|" ? "\\|" : $0.notation)`" }.joined(separator: ", ")
                text += "| \(keys) | \(binding.help) |\n"
            }
        }
        text += "\n## Text editing (fields, command line, filter)\n\n| Keys | Action |\n|---|---|\n"
        for entry in Keymap.textEditing { text += "| \(entry.keys) | \(entry.help) |\n" }
        text += "\n## Commands\n\n| Command | Action |\n|---|---|\n"
        for entry in Keymap.commands { text += "| `\(entry.command)` | \(entry.help) |\n" }
        return text
    }
}
