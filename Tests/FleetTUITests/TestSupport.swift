import FleetModel
import TerminalCore
@testable import FleetTUI

/// A clean project (no findings) from the minimal template.
func cleanProject(_ name: String = "payments") -> Project {
    ProjectTemplate.minimal.project(named: name)
}

/// A project with two structural errors: a bad environment name and too many zones.
func brokenProject() -> Project {
    var project = cleanProject()
    project.requirements.environments = ["dev", "Bad_Env"]
    project.requirements.zonesPerRegion = 9
    return project
}

func state(_ project: Project = cleanProject(), file: String? = "p.fleet.yaml") -> AppState {
    AppState(project: project, filePath: file, themeName: "default", themeNames: ["default", "light", "monochrome"],
             width: 100, height: 30)
}

/// Presses keys (in key notation) through the keymap and the reducer; returns every effect.
@discardableResult
func press(_ state: inout AppState, _ keys: String...) -> [Effect] {
    press(&state, keys)
}

/// Presses a list of keys (in key notation); returns every effect.
@discardableResult
func press(_ state: inout AppState, _ keys: [String]) -> [Effect] {
    var effects: [Effect] = []
    for notation in keys {
        let key = KeyEvent(notation: notation)!
        if let msg = Keymap.message(for: key, in: state) { effects += reduce(&state, msg) }
    }
    return effects
}

/// Types text into the active input, one key per character.
func type(_ state: inout AppState, _ text: String) {
    for character in text {
        if let msg = Keymap.message(for: .char(character), in: state) { _ = reduce(&state, msg) }
    }
}

/// Renders the state with the fallback theme and Unicode borders.
func render(_ state: AppState, unicode: Bool = true) -> Frame {
    Screen.render(state, context: ViewContext(theme: .fallback, unicode: unicode))
}

/// The key that focuses the Findings pane (its digit follows the panes before it).
let findingsKey = String(PaneID.findings.digit)
