extension AppState {
    /// The runtime's clock: writes the recovery copy once `autosave.interval` seconds of
    /// unsaved changes have passed. Untitled projects have no recovery copy.
    mutating func reduceTick(_ seconds: Double) -> [Effect] {
        autosave.lastTick = seconds
        guard isModified, let filePath else {
            autosave.pendingSince = nil
            return []
        }
        guard let since = autosave.pendingSince, seconds - since >= autosave.interval else { return [] }
        autosave.pendingSince = nil
        autosave.recoveryOnDisk = true
        return [.writeRecovery(project, path: filePath)]
    }

    /// Results of recovery-copy effects, and the answer to the start-up recovery offer.
    mutating func reduceRecovery(_ msg: Msg) -> [Effect] {
        switch msg {
        case .recoveryWritten(let path, let error):
            if let error {
                autosave.recoveryOnDisk = false
                message = .error("could not write the recovery copy of \(path): \(error)")
            }
            return []
        case .recoveryKept(let path, let keptAs, let error):
            if let error {
                message = .error("could not keep the recovery copy of \(path): \(error)")
            } else if let keptAs {
                message = StatusMessage("recovery copy kept as \(keptAs)")
            }
            return []
        case .resolveRecovery(let choice):
            guard case .offerRecovery(let offer) = mode else { return [] }
            mode = .normal
            switch choice {
            case .restore:
                apply(offer.project.project, label: "restore the recovery copy")
                autosave.recoveryOnDisk = true
                message = StatusMessage("restored the recovery copy: C-s saves it, u goes back to the file")
                return []
            case .discard:
                message = StatusMessage("recovery copy discarded")
                return [.removeRecovery(path: offer.path)]
            case .keepBoth:
                return [.keepRecovery(path: offer.path)]
            }
        default:
            return []
        }
    }
}
