import FleetEngine
import FleetModel
import TerminalCore
@testable import FleetTUI

/// A workbench focused on the Matrix pane of `project`.
func matrixState(_ project: Project = cleanProject(), width: Int = 120, height: Int = 40) -> AppState {
    var s = state(project)
    s.width = width
    s.height = height
    press(&s, String(PaneID.matrix.digit))
    return s
}

/// The bundled catalog, for computing expectations independently of the pane.
func bundledCatalog() -> Catalog {
    try! Catalog.bundled()
}

/// The engine's evaluation of a project, computed without the pane.
func evaluation(of project: Project) -> MatrixEvaluation {
    MatrixEvaluation.evaluate(project, catalog: bundledCatalog())
}

/// A project whose requirements rule out some platforms (on-premises).
func onPremisesProject() -> Project {
    var project = cleanProject()
    project.requirements.onPremises = true
    return project
}

/// The bundled catalog with every platform unable to run Windows containers, so a
/// project that needs them has no platform left.
func catalogWithoutWindows() -> Catalog {
    var catalog = bundledCatalog()
    for platform in catalog.platforms.indices {
        for capability in catalog.platforms[platform].facts.capabilities.indices
        where catalog.platforms[platform].facts.capabilities[capability].capability == .windows {
            catalog.platforms[platform].facts.capabilities[capability].support = .no
        }
    }
    return catalog
}

/// A Matrix pane state where the requirements eliminate every platform.
func everyPlatformEliminatedState(width: Int = 120, height: Int = 40) -> AppState {
    var project = cleanProject()
    project.requirements.windows = true
    var s = matrixState(project, width: width, height: height)
    s.matrixPane.setCatalog(.success(catalogWithoutWindows()))
    return s
}
