import FleetModel

extension AppState {
    /// Messages for the Matrix pane's prompt: typing, Enter (validate, next step, commit), Esc.
    mutating func reduceMatrixPrompt(_ msg: MatrixMsg) {
        guard var prompt = matrixPane.prompt else { return }
        switch msg {
        case .typeKey(let key):
            prompt.input.apply(key)
            prompt.problem = nil
            matrixPane.prompt = prompt
        case .cancelPrompt:
            matrixPane.prompt = nil
            message = StatusMessage("nothing changed")
        case .submitPrompt:
            submit(prompt)
        default:
            break
        }
    }

    private mutating func submit(_ prompt: MatrixPrompt) {
        switch prompt.kind {
        case .weight(let criterion):
            guard let weight = prompt.number(in: 0...10) else {
                matrixPane.prompt?.problem = "a weight is a whole number from 0 to 10"
                return
            }
            matrixPane.prompt = nil
            setWeight(weight, for: criterion)
        case .score(let platform, let criterion):
            guard let score = prompt.number(in: 1...5) else {
                matrixPane.prompt?.problem = "a score is a whole number from 1 to 5"
                return
            }
            let note = project.matrix.override(platform, criterion)?.note ?? ""
            matrixPane.prompt = MatrixPrompt(.note(platform, criterion, score: score), text: note)
            message = StatusMessage("why does \(platform.displayName) score \(score) on \(criterion.label)? (required)")
        case .note(let platform, let criterion, let score):
            let note = prompt.input.text.trimmingCharacters(in: .whitespaces)
            guard !note.isEmpty else {
                matrixPane.prompt?.problem = "the note is required: say why the score differs"
                return
            }
            matrixPane.prompt = nil
            let before = matrixDerived.evaluation?.winner
            var edited = project
            edited.matrix.setOverride(ScoreOverride(platform: platform, criterion: criterion, score: score, note: note))
            apply(edited, label: "override \(platform.displayName) on \(criterion.label) with \(score)")
            reportMatrixChange("\(platform.displayName) scores \(score) on \(criterion.label)", winnerBefore: before)
        }
    }
}
