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
            return quitEffects()
        case .confirmQuit(let quit):
            mode = .normal
            guard quit else {
                message = StatusMessage("not quitting: :w saves, :q! quits without saving")
                return []
            }
            return quitEffects()
        case .saveFinished(let path, let error, let stamp):
            let saved = pendingSave
            pendingSave = nil
            if let error {
                quitAfterSave = false
                message = .error("could not save \(path): \(error)")
                return []
            }
            var effects: [Effect] = []
            if autosave.recoveryOnDisk, let old = filePath {
                effects.append(.removeRecovery(path: old))
                autosave.recoveryOnDisk = false
            }
            filePath = path
            diskStamp = stamp
            if let saved { baseline = saved }
            if !isModified { autosave.pendingSince = nil }
            message = StatusMessage("saved \(path)")
            if quitAfterSave {
                finished = true
                return effects + [.quit]
            }
            return effects
        case .saveConflicted(let path):
            pendingSave = nil
            mode = .confirmOverwrite(path: path)
            message = .error("\(path) changed on disk since it was opened")
            return []
        case .saveNeedsRewrite(let path, let reason):
            pendingSave = nil
            mode = .confirmRewrite(path: path, reason: reason)
            message = .error("\(path) cannot keep its layout: \(reason)")
            return []
        case .resolveRewrite(let rewrite):
            guard case .confirmRewrite(let path, _) = mode else { return [] }
            mode = .normal
            guard rewrite else {
                quitAfterSave = false
                message = StatusMessage("not saved: \(path) keeps its layout; :w again after undoing the edit, or answer y to rewrite")
                return []
            }
            pendingSave = project
            return [.save(project, path: path, canonical: true)]
        case .resolveConflict(let choice):
            guard case .confirmOverwrite(let path) = mode else { return [] }
            mode = .normal
            switch choice {
            case .overwrite:
                pendingSave = project
                return [.save(project, path: path)]
            case .cancel:
                quitAfterSave = false
                message = StatusMessage("not saved: \(path) keeps the other change")
                return []
            case .reload:
                quitAfterSave = false
                return [.load(path: path)]
            }
        case .loadFinished(let path, let box, let error, let stamp):
            guard let box else {
                message = .error("could not open \(path): \(error ?? "unknown error")")
                return []
            }
            var effects: [Effect] = []
            if autosave.recoveryOnDisk, let old = filePath {
                effects.append(.removeRecovery(path: old))
            }
            resetProject(box.project)
            baseline = box.project
            autosave = AutosaveState(interval: autosave.interval)
            diskStamp = stamp
            filePath = path
            selectedFinding = 0
            findingsFilter = ""
            message = StatusMessage(error ?? "opened \(path)")
            return effects
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
        return [.save(project, path: path, expecting: path == filePath ? diskStamp : nil)]
    }

    /// Ends the program; a recovery copy of changes the user chose not to save goes too.
    private mutating func quitEffects() -> [Effect] {
        finished = true
        if autosave.recoveryOnDisk, let filePath {
            autosave.recoveryOnDisk = false
            return [.removeRecovery(path: filePath), .quit]
        }
        return [.quit]
    }

    private mutating func run(_ command: Command) -> [Effect] {
        switch command {
        case .write(let path):
            return save(to: path ?? filePath)
        case .writeQuit:
            if case .confirmQuit = mode { mode = .normal }   // `s` in the quit question
            quitAfterSave = true
            return save(to: filePath)
        case .edit(let path, let force):
            if isModified, !force {
                message = .error("unsaved changes: :w first, or :e! \(path) to discard them")
                return []
            }
            return [.load(path: path)]
        case .editExternally:
            guard let path = filePath else {
                message = .error("no file yet: :w FILE first, then :edit")
                return []
            }
            if isModified {
                message = .error("unsaved changes: :w first (the editor changes the file on disk), or u to undo them")
                return []
            }
            let field = focus == .findings && findings.indices.contains(selectedFinding) ? findings[selectedFinding].path : nil
            return [.openEditor(path: path, field: field)]
        case .quit(let force):
            if force { return quitEffects() }
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
        case .export(let directory):
            return prepareExport(to: directory ?? defaultExportDirectory)
        }
    }
}
