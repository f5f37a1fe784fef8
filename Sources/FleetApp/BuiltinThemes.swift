// The built-in themes, compiled in so the binary works without the repository.
// This file is generated from themes/*.yaml; BuiltinThemesTests fails when it is out of date
// (re-record with RECORD_SNAPSHOTS=1 swift test --filter BuiltinThemesTests).

/// The text of the theme files shipped in `themes/`, by name, in listing order.
enum BuiltinThemes {
    static let sources: [(name: String, text: String)] = [
        ("default", #"""
# Fleetplan theme: default
# Follows the terminal's own foreground and background (colour "default" is the
# terminal's colour, ncurses -1), so it reads on dark and light terminals alike.
# Uses only the 8 standard colours, which every terminal and tmux show the same way.
name: default
description: Follows the terminal's own colours; accents from the 8 standard colours.
roles:
  screen: { fg: default, bg: default }
  pane.border: { fg: default }
  pane.border.focused: { fg: cyan }
  pane.title: { fg: default }
  pane.title.focused: { fg: cyan, attrs: [bold] }
  tab: { fg: default }
  tab.active: { fg: cyan, attrs: [bold, reverse] }
  list.selected: { attrs: [reverse] }
  table.header: { attrs: [bold, underline] }
  form.label: { fg: default }
  form.value: { fg: default }
  form.focused: { attrs: [reverse] }
  form.editing: { attrs: [underline] }
  form.error: { fg: red, attrs: [bold] }
  status: { attrs: [reverse] }
  status.key: { fg: cyan, attrs: [reverse, bold] }
  status.modified: { fg: yellow, attrs: [reverse, bold] }
  status.error: { fg: red, attrs: [bold] }
  status.info: { fg: default }
  command.line: { fg: default }
  dialog: { fg: default, bg: default }
  dialog.border: { fg: yellow, attrs: [bold] }
  dialog.hint: { attrs: [dim] }
  help.key: { fg: cyan, attrs: [bold] }
  help.section: { attrs: [bold, underline] }
  help.disabled: { attrs: [dim] }
  finding.error: { fg: red }
  finding.warning: { fg: yellow }
  finding.info: { fg: default }
  matrix.score: { fg: default }
  matrix.score.best: { fg: green, attrs: [bold] }
  profiles.bar.system: { fg: magenta }
  profiles.bar.kube: { fg: blue }
  profiles.bar.eviction: { fg: red }
  profiles.bar.daemonSets: { fg: yellow }
  profiles.bar.pods: { fg: green, attrs: [bold] }
  profiles.bar.unused: { attrs: [dim] }
  matrix.eliminated: { fg: default, attrs: [dim] }
  matrix.override: { fg: yellow }
  matrix.bar: { fg: cyan }
"""#),
        ("light", #"""
# Fleetplan theme: light
# For light terminal backgrounds: dark accents (blue, magenta, dark red) that keep
# their contrast on white; the background stays the terminal's own.
name: light
description: Dark accents for light backgrounds.
roles:
  screen: { fg: default, bg: default }
  pane.border: { fg: black }
  pane.border.focused: { fg: blue }
  pane.title: { fg: black }
  pane.title.focused: { fg: blue, attrs: [bold] }
  tab: { fg: black }
  tab.active: { fg: white, bg: blue, attrs: [bold] }
  list.selected: { fg: white, bg: blue }
  table.header: { fg: black, attrs: [bold, underline] }
  form.label: { fg: black }
  form.value: { fg: black }
  form.focused: { fg: white, bg: blue }
  form.editing: { fg: black, attrs: [underline] }
  form.error: { fg: red, attrs: [bold] }
  status: { fg: white, bg: black }
  status.key: { fg: cyan, bg: black, attrs: [bold] }
  status.modified: { fg: yellow, bg: black, attrs: [bold] }
  status.error: { fg: red, attrs: [bold] }
  status.info: { fg: black }
  command.line: { fg: black }
  dialog: { fg: black, bg: white }
  dialog.border: { fg: magenta, bg: white, attrs: [bold] }
  dialog.hint: { fg: blue, bg: white }
  help.key: { fg: blue, attrs: [bold] }
  help.section: { fg: magenta, attrs: [bold, underline] }
  help.disabled: { attrs: [dim] }
  finding.error: { fg: red }
  finding.warning: { fg: magenta }
  finding.info: { fg: black }
  matrix.score: { fg: black }
  matrix.score.best: { fg: green, attrs: [bold] }
  profiles.bar.system: { fg: magenta }
  profiles.bar.kube: { fg: blue }
  profiles.bar.eviction: { fg: red }
  profiles.bar.daemonSets: { fg: cyan }
  profiles.bar.pods: { fg: green, attrs: [bold] }
  profiles.bar.unused: { fg: black, attrs: [dim] }
  matrix.eliminated: { fg: black, attrs: [dim] }
  matrix.override: { fg: magenta }
  matrix.bar: { fg: blue }
"""#),
        ("high-contrast", #"""
# Fleetplan theme: high-contrast
# Bright colours on black, bold text for everything that matters.
name: high-contrast
description: Bright colours on black with bold accents.
roles:
  screen: { fg: bright-white, bg: black }
  pane.border: { fg: white, bg: black }
  pane.border.focused: { fg: bright-yellow, bg: black, attrs: [bold] }
  pane.title: { fg: bright-white, bg: black }
  pane.title.focused: { fg: bright-yellow, bg: black, attrs: [bold] }
  tab: { fg: bright-white, bg: black }
  tab.active: { fg: black, bg: bright-yellow, attrs: [bold] }
  list.selected: { fg: black, bg: bright-cyan, attrs: [bold] }
  table.header: { fg: bright-white, bg: black, attrs: [bold, underline] }
  form.label: { fg: bright-white, bg: black }
  form.value: { fg: bright-white, bg: black }
  form.focused: { fg: black, bg: bright-cyan, attrs: [bold] }
  form.editing: { fg: bright-white, bg: blue, attrs: [bold] }
  form.error: { fg: bright-red, bg: black, attrs: [bold] }
  status: { fg: black, bg: bright-white }
  status.key: { fg: blue, bg: bright-white, attrs: [bold] }
  status.modified: { fg: red, bg: bright-white, attrs: [bold] }
  status.error: { fg: bright-red, bg: black, attrs: [bold] }
  status.info: { fg: bright-white, bg: black }
  command.line: { fg: bright-white, bg: black, attrs: [bold] }
  dialog: { fg: bright-white, bg: black }
  dialog.border: { fg: bright-yellow, bg: black, attrs: [bold] }
  dialog.hint: { fg: bright-cyan, bg: black }
  help.key: { fg: bright-yellow, bg: black, attrs: [bold] }
  help.section: { fg: bright-cyan, bg: black, attrs: [bold, underline] }
  help.disabled: { fg: white, bg: black, attrs: [dim] }
  finding.error: { fg: bright-red, bg: black, attrs: [bold] }
  finding.warning: { fg: bright-yellow, bg: black, attrs: [bold] }
  finding.info: { fg: bright-white, bg: black }
  matrix.score: { fg: bright-white, bg: black }
  matrix.score.best: { fg: bright-green, bg: black, attrs: [bold] }
  profiles.bar.system: { fg: bright-magenta, bg: black }
  profiles.bar.kube: { fg: bright-blue, bg: black }
  profiles.bar.eviction: { fg: bright-red, bg: black }
  profiles.bar.daemonSets: { fg: bright-yellow, bg: black }
  profiles.bar.pods: { fg: bright-green, bg: black, attrs: [bold] }
  profiles.bar.unused: { fg: white, bg: black, attrs: [dim] }
  matrix.eliminated: { fg: white, bg: black, attrs: [dim] }
  matrix.override: { fg: bright-yellow, bg: black, attrs: [bold] }
  matrix.bar: { fg: bright-cyan, bg: black }
"""#),
        ("monochrome", #"""
# Fleetplan theme: monochrome
# No colour at all: bold, reverse, underline and dim only. NO_COLOR gives the same
# look to any theme by dropping its colours and keeping its attributes.
name: monochrome
description: Attributes only (bold, reverse, underline, dim), no colour.
roles:
  pane.border.focused: { attrs: [bold] }
  pane.title.focused: { attrs: [bold] }
  tab.active: { attrs: [reverse, bold] }
  list.selected: { attrs: [reverse] }
  table.header: { attrs: [bold, underline] }
  form.focused: { attrs: [reverse] }
  form.editing: { attrs: [underline] }
  form.error: { attrs: [bold] }
  status: { attrs: [reverse] }
  status.key: { attrs: [reverse, bold] }
  status.modified: { attrs: [reverse, bold] }
  status.error: { attrs: [bold] }
  dialog.border: { attrs: [bold] }
  dialog.hint: { attrs: [dim] }
  help.key: { attrs: [bold] }
  help.section: { attrs: [bold, underline] }
  help.disabled: { attrs: [dim] }
  finding.error: { attrs: [bold] }
  finding.warning: { attrs: [underline] }
  matrix.score.best: { attrs: [bold] }
  profiles.bar.system: { }
  profiles.bar.kube: { }
  profiles.bar.eviction: { attrs: [underline] }
  profiles.bar.daemonSets: { }
  profiles.bar.pods: { attrs: [bold] }
  profiles.bar.unused: { attrs: [dim] }
  matrix.eliminated: { attrs: [dim] }
  matrix.override: { attrs: [underline] }
  matrix.bar: { attrs: [bold] }
"""#),
    ]
}
