import FleetModel

extension AppState {
    /// Messages about files and quitting: save, commands, quit confirmation, effect results.
    mutating func reduceFiles(_ msg: Msg) -> [Effect] {
        switch msg {
        case .save:
            return save(to: filePath)
        case .runCommand(let line):
            switch Command.parse(line) {
            case .failure(let error):
                message = .error(error.message)
                return []
            case .success(let command):
                return run(command)
            }
        case .requestQuit:
            if isModified {
                mode = .confirmQuit
                message = nil
                return []
            }
            finished = true
            return [.quit]
        case .confirmQuit(let quit):
            mode = .normal
            guard quit else {
                message = StatusMessage("not quitting: :w saves, :q! quits without saving")
                return []
            }
            finished = true
            return [.quit]
        case .saveFinished(let path, let error):
            let saved = pendingSave
            pendingSave = nil
            if let error {
                quitAfterSave = false
                message = .error("could not save \(path): \(error)")
                return []
            }
            filePath = path
            if let saved { baseline = saved }
            message = StatusMessage("saved \(path)")
            if quitAfterSave {
                finished = true
                return [.quit]
            }
            return []
        case .loadFinished(let path, let box, let error):
            guard let box else {
                message = .error("could not open \(path): \(error ?? "unknown error")")
                return []
            }
            resetProject(box.project)
            baseline = box.project
            filePath = path
            selectedFinding = 0
            findingsFilter = ""
            message = StatusMessage(error ?? "opened \(path)")
            return []
        default:
            return []
        }
    }

    private mutating func save(to path: String?) -> [Effect] {
        guard let path else {
            message = .error("no file name: use :w FILE")
            quitAfterSave = false
            return []
        }
        pendingSave = project
        return [.save(project, path: path)]
    }

    private mutating func run(_ command: Command) -> [Effect] {
        switch command {
        case .write(let path):
            return save(to: path ?? filePath)
        case .writeQuit:
            quitAfterSave = true
            return save(to: filePath)
        case .edit(let path, let force):
            if isModified, !force {
                message = .error("unsaved changes: :w first, or :e! \(path) to discard them")
                return []
            }
            return [.load(path: path)]
        case .quit(let force):
            if force {
                finished = true
                return [.quit]
            }
            return reduceFiles(.requestQuit)
        case .theme(let name):
            guard themeNames.contains(name) else {
                message = .error("no theme \"\(name)\" (\(themeNames.sorted().joined(separator: ", ")))")
                return []
            }
            themeName = name
            message = StatusMessage("theme \(name)")
            return []
        case .help:
            mode = .help(scroll: 0)
            return []
        }
    }
}
