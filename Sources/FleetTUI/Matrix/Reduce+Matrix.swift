import FleetEngine
import FleetModel

extension AppState {
    /// Messages for the Matrix pane: the cursor, weights, overrides, picks and pages.
    ///
    /// Every change to the project goes through ``apply(_:label:coalescing:)``; weights write
    /// `matrix.weights` (only the criteria set here), overrides write `matrix.overrides`.
    mutating func reduceMatrix(_ msg: MatrixMsg) -> [Effect] {
        switch msg {
        case .typeKey, .submitPrompt, .cancelPrompt:
            reduceMatrixPrompt(msg)
        case .moveRow(let delta):
            if matrixPane.page == .grid {
                moveCriterion(to: (Criterion.allCases.firstIndex(of: matrixPane.criterion) ?? 0) + delta)
            } else {
                scrollMatrixPage(to: matrixPane.scroll + delta)
            }
        case .moveToFirst:
            if matrixPane.page == .grid { moveCriterion(to: 0) } else { matrixPane.scroll = 0 }
        case .moveToLast:
            if matrixPane.page == .grid { moveCriterion(to: Criterion.allCases.count - 1) } else { scrollMatrixPage(to: .max) }
        case .moveColumn(let delta):
            matrixPane.column = min(max(matrixPane.column + delta, 0), MatrixPaneState.columnCount - 1)
        case .adjustWeight(let delta):
            guard let weight = currentWeight(matrixPane.criterion) else { return [] }
            let stepped = min(10, max(0, weight + delta))
            guard stepped != weight else {
                message = StatusMessage("\(matrixPane.criterion.label) weight is already \(weight), the \(delta > 0 ? "most" : "least") it can be")
                return []
            }
            setWeight(stepped, for: matrixPane.criterion, coalescing: "matrix.weight.\(matrixPane.criterion.rawValue).step")
        case .promptWeight:
            let weight = currentWeight(matrixPane.criterion).map(String.init) ?? ""
            matrixPane.prompt = MatrixPrompt(.weight(matrixPane.criterion), text: weight)
            message = StatusMessage("weight of \(matrixPane.criterion.label): 0 to 10, Enter keeps, Esc cancels")
        case .activateCell:
            return reduceMatrix(matrixPane.platform == nil ? .promptWeight : .promptOverride)
        case .promptOverride:
            openOverridePrompt()
        case .clearCell:
            clearMatrixCell()
        case .toggleContributions:
            matrixPane.showContributions.toggle()
            message = StatusMessage(matrixPane.showContributions ? "showing weighted contributions" : "showing scores only")
        case .pickPlatform:
            pickMatrixPlatform()
        case .showSideBySide:
            guard matrixPane.picked.count == 2 else {
                message = .error("pick two platforms with Space first")
                return []
            }
            matrixPane.page = .sideBySide
            matrixPane.scroll = 0
        case .showRoadmap:
            guard matrixDerived.evaluation?.winner != nil else {
                message = .error("no roadmap: no platform survives the requirements")
                return []
            }
            matrixPane.page = .roadmap
            matrixPane.scroll = 0
        case .showGrid:
            matrixPane.page = .grid
            matrixPane.scroll = 0
        }
        return []
    }

    /// The shared moves (the mouse wheel sends them) as the Matrix pane's own.
    mutating func reduceMatrix(forwarded msg: Msg) -> [Effect] {
        switch msg {
        case .moveSelection(let delta): reduceMatrix(.moveRow(delta))
        case .moveToFirst: reduceMatrix(.moveToFirst)
        case .moveToLast: reduceMatrix(.moveToLast)
        default: []
        }
    }

    private mutating func moveCriterion(to index: Int) {
        let criteria = Criterion.allCases
        matrixPane.criterion = criteria[min(max(index, 0), criteria.count - 1)]
    }

    private mutating func scrollMatrixPage(to line: Int) {
        let count = MatrixPageText.lines(for: self, width: MatrixView.innerWidth(of: self)).count
        let maximum = max(0, count - MatrixView.pageHeight(of: self))
        matrixPane.scroll = min(max(0, line), maximum)
    }

    /// The weight used for a criterion now (set or derived); `nil` without a catalog.
    func currentWeight(_ criterion: Criterion) -> Int? {
        matrixDerived.evaluation?.weights[criterion]
    }

    /// Writes a weight the user chose into `matrix.weights` and reports the winner. Repeated
    /// `+`/`-` steps on one criterion are one undo step (`coalescing`); a typed weight is
    /// always a step of its own.
    mutating func setWeight(_ weight: Int, for criterion: Criterion, coalescing: String? = nil) {
        let before = matrixDerived.evaluation?.winner
        var edited = project
        edited.matrix.weights[criterion] = weight
        apply(edited, label: "set \(criterion.label) weight to \(weight)", coalescing: coalescing)
        reportMatrixChange("\(criterion.label) weight \(weight)", winnerBefore: before)
    }

    /// Says what changed, and the new winner when the change flipped it.
    ///
    /// When the ranking of the changed project is still being computed off the key loop
    /// (a large project), the message says only the change until the ranking lands, then
    /// ``completeMatrixReport()`` adds the new winner: the message never reports a winner
    /// from before the change.
    mutating func reportMatrixChange(_ change: String, winnerBefore: PlatformID?) {
        let winner = matrixDerived.evaluation?.winner
        matrixPane.pendingReport = nil
        guard derived.contains("matrix.pane.\(matrixPane.catalogGeneration)", for: project) else {
            message = StatusMessage(change)
            matrixPane.pendingReport = PendingMatrixReport(change: change, winnerBefore: winnerBefore,
                                                           projectVersion: projectVersion)
            return
        }
        if winner != winnerBefore, let winner {
            message = StatusMessage("\(change): \(winner.displayName) now ranks first")
        } else {
            message = StatusMessage(change)
        }
    }

    /// Completes the message of a matrix change once its ranking has landed (on
    /// `Msg.derivedDataUpdated`); a report overtaken by another edit is dropped.
    mutating func completeMatrixReport() {
        guard let pending = matrixPane.pendingReport else { return }
        guard pending.projectVersion == projectVersion else {
            matrixPane.pendingReport = nil
            return
        }
        guard derived.contains("matrix.pane.\(matrixPane.catalogGeneration)", for: project) else { return }
        // Only while the message still shows this change: a newer message stays.
        guard message?.text == pending.change else {
            matrixPane.pendingReport = nil
            return
        }
        reportMatrixChange(pending.change, winnerBefore: pending.winnerBefore)
    }

    private mutating func openOverridePrompt() {
        guard let platform = matrixPane.platform else {
            message = .error("move to a platform's score (l) to override it")
            return
        }
        guard matrixDerived.evaluation != nil else {
            message = .error("no catalog: nothing to override")
            return
        }
        let criterion = matrixPane.criterion
        let existing = project.matrix.override(platform, criterion)
        let score = existing?.score ?? matrixDerived.evaluation?[platform].cell(criterion)?.score ?? 1
        matrixPane.prompt = MatrixPrompt(.score(platform, criterion), text: String(score))
        message = StatusMessage("override \(platform.displayName) on \(criterion.label): a score 1 to 5, then a note")
    }

    private mutating func clearMatrixCell() {
        let criterion = matrixPane.criterion
        let before = matrixDerived.evaluation?.winner
        var edited = project
        if let platform = matrixPane.platform {
            guard edited.matrix.override(platform, criterion) != nil else {
                message = .error("\(platform.displayName) has no override on \(criterion.label)")
                return
            }
            edited.matrix.overrides.removeAll { $0.platform == platform && $0.criterion == criterion }
            apply(edited, label: "remove the override of \(platform.displayName) on \(criterion.label)")
            reportMatrixChange("override of \(platform.displayName) on \(criterion.label) removed", winnerBefore: before)
        } else {
            guard edited.matrix.weights[criterion] != nil else {
                message = .error("\(criterion.label) already uses the weight the requirements give")
                return
            }
            edited.matrix.weights[criterion] = nil
            apply(edited, label: "reset \(criterion.label) weight to the requirements'")
            let derivedWeight = currentWeight(criterion).map { " (\($0))" } ?? ""
            reportMatrixChange("\(criterion.label) weight back to the requirements'\(derivedWeight)", winnerBefore: before)
        }
    }

    private mutating func pickMatrixPlatform() {
        guard let platform = matrixPane.platform else {
            message = .error("move to a platform's column (l) to pick it")
            return
        }
        if let index = matrixPane.picked.firstIndex(of: platform) {
            matrixPane.picked.remove(at: index)
            message = StatusMessage("\(platform.displayName) unpicked")
            return
        }
        matrixPane.picked.append(platform)
        if matrixPane.picked.count > 2 { matrixPane.picked.removeFirst() }
        let names = matrixPane.picked.map(\.displayName).joined(separator: " and ")
        message = StatusMessage(matrixPane.picked.count == 2 ? "picked \(names): s shows them side by side" : "picked \(names): pick one more")
    }
}
