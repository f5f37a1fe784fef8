#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CursesBackend
import FleetModel
import FleetStore
import FleetTUI
import Foundation

/// Starts the interactive workbench on the real terminal: `fleetplan [FILE]`.
public enum WorkbenchLauncher {
    /// What the command line asked for.
    public struct Options: Sendable {
        /// The project file; `nil` for a new untitled project.
        public var file: String?
        /// The theme name; `nil` for `default`.
        public var theme: String?
        /// Report mouse clicks and the wheel.
        public var mouse: Bool
        /// ASCII line drawing even in a UTF-8 locale.
        public var ascii: Bool

        public init(file: String? = nil, theme: String? = nil, mouse: Bool = false, ascii: Bool = false) {
            self.file = file
            self.theme = theme
            self.mouse = mouse
            self.ascii = ascii
        }
    }

    /// Runs the workbench and returns the exit status.
    ///
    /// Everything that can fail is checked before the terminal is taken over, so errors
    /// print normally: not a terminal (64), `TERM` unset, `dumb` or unknown to terminfo (64),
    /// unknown theme (64), a missing project file (66). A file that does not load opens on the
    /// problems screen (``ProblemsScreen``): fixed in the editor, it opens; quitting there
    /// prints every problem and exits 65. A file that does not exist yet is a new project,
    /// written there on the first save.
    public static func run(_ options: Options, environment: [String: String]) -> Int32 {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError("fleetplan: the workbench needs a terminal on stdin and stdout; "
                       + "for scripts use the subcommands (fleetplan check FILE, fleetplan --help)")
            return 64
        }
        let terminalType = environment["TERM"] ?? ""
        guard !terminalType.isEmpty, terminalType != "dumb" else {
            printError("fleetplan: TERM is \(terminalType.isEmpty ? "not set" : "dumb"); the workbench needs a terminal type "
                       + "such as xterm-256color (for scripts use the subcommands: fleetplan --help)")
            return 64
        }
        guard CursesTerminal.knowsTerminal(terminalType) else {
            printError("fleetplan: unknown terminal type TERM=\(terminalType.singleLineSafe): no terminfo entry describes it; "
                       + "set TERM to one that exists (e.g. xterm-256color) or install its terminfo entry")
            return 64
        }
        let catalog = ThemeCatalog.load(environment: environment)
        var themeName = options.theme ?? "default"
        if !catalog.names.contains(themeName), catalog.brokenNames.contains(themeName) {
            themeName = "default"   // the problem is shown on the message line; start anyway
        }
        guard catalog.names.contains(themeName) else {
            printError("fleetplan: no theme \"\(themeName)\" (available: \(catalog.names.joined(separator: ", ")); see fleetplan themes)")
            return 64
        }
        var notice: String?
        let project: Project
        var openTerminal: CursesTerminal?
        if let file = options.file {
            if FileManager.default.fileExists(atPath: file) {
                do {
                    project = try ProjectFile.load(file).project
                } catch {
                    guard case .invalid(_, let findings) = error else {
                        printError(error.description)
                        return error.exitCode
                    }
                    // A file that does not load opens on its problems, with the editor a key away.
                    let terminal = CursesTerminal(options: CursesTerminal.Options(mouse: options.mouse, ascii: options.ascii))
                    switch ProblemsScreen(file: file, findings: findings, backend: terminal, environment: environment).run() {
                    case .loaded(let repaired):
                        project = repaired
                        notice = "\(file) reads again: opened"
                        openTerminal = terminal
                    case .quit(let remaining):
                        terminal.shutdown()
                        let stillBroken = StoreError.invalid(file: file, findings: remaining)
                        printError(stillBroken.description)
                        return stillBroken.exitCode
                    }
                }
            } else {
                project = ProjectTemplate.minimal.project(named: ProjectName.from(path: file))
                notice = "new file \(file): written on the first save (:w or C-s)"
            }
        } else {
            project = ProjectTemplate.minimal.project(named: "untitled")
            notice = "untitled project: :w FILE saves it"
        }
        var state = AppState(project: project, filePath: options.file, themeName: themeName, themeNames: catalog.names)
        prepareFileSafety(&state, environment: environment)
        if let problem = catalog.problems.first {
            state.message = .error(problem + (catalog.problems.count > 1 ? " (+\(catalog.problems.count - 1) more)" : ""))
        } else if let notice, state.message == nil {
            state.message = StatusMessage(notice)
        }
        let terminal = openTerminal ?? CursesTerminal(options: CursesTerminal.Options(mouse: options.mouse, ascii: options.ascii))
        let workbench = Workbench(state: state, backend: terminal, storage: DiskStorage(), themes: catalog,
                                  noColor: ThemeCatalog.noColorRequested(environment: environment), background: true,
                                  environment: environment, unsavedWork: armEmergencyCopy)
        workbench.run()
        terminal.shutdown()
        for problem in catalog.problems { printError("fleetplan: \(problem)") }
        return 0
    }

    /// Sets up what protects the user's work before the first frame: the autosave interval
    /// (`FLEETPLAN_AUTOSAVE_SECONDS`, default 30), the file's stamp for the changed-on-disk
    /// check, and the offer of a pending recovery copy.
    static func prepareFileSafety(_ state: inout AppState, environment: [String: String], storage: ProjectStorage = DiskStorage()) {
        if let seconds = environment["FLEETPLAN_AUTOSAVE_SECONDS"].flatMap(Double.init), seconds >= 0 {
            state.autosave = AutosaveState(interval: seconds)
        }
        guard let file = state.filePath else { return }
        StaleTemporaries.remove(for: file)
        state.diskStamp = storage.stamp(file)
        switch recoveryOffer(for: file) {
        case .success(let offer?): state.mode = .offerRecovery(offer)
        case .success(nil): break
        case .failure(let problem): state.message = .error(problem.message)
        }
    }

    /// The recovery copy of `file` to offer at start-up: newer than the file (or the file
    /// is missing), complete (its checksum line matches) and a valid project; a copy that
    /// is not is named with its reason and left alone.
    static func recoveryOffer(for file: String) -> Result<RecoveryOffer?, RecoveryCopyProblem> {
        guard let copy = RecoveryCopy.pending(for: file) else { return .success(nil) }
        return RecoveryCopy.read(copy).map { project in
            RecoveryOffer(path: file, recoveryPath: copy, project: ProjectBox(project),
                          fileMissing: !FileManager.default.fileExists(atPath: file))
        }
    }

    /// Keeps the copy a terminating signal writes in step with the unsaved work: armed with
    /// the project's bytes (mode as the recovery copy) while there are unsaved changes to a
    /// named file, disarmed otherwise and on quit, where the user's choice stands.
    static func armEmergencyCopy(_ state: AppState) {
        guard !state.finished, state.isModified, let file = state.filePath else {
            EmergencyCopy.disarm()
            return
        }
        let path = RecoveryCopy.path(for: file)
        guard (try? OutputRule().fileTarget(path, replacing: true)) != nil else {
            EmergencyCopy.disarm()
            return
        }
        EmergencyCopy.arm(path: path, bytes: Array(RecoveryCopy.text(for: state.project).utf8),
                          mode: UInt32(RecoveryCopy.mode(for: file)))
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
