import FleetModel
import TerminalCore

/// A question the Matrix pane asks in a dialog: a weight, or an override's score then note.
public struct MatrixPrompt: Sendable, Equatable {
    /// What is being asked.
    public enum Kind: Sendable, Equatable {
        /// A weight 0–10 for a criterion.
        case weight(Criterion)
        /// The first step of an override: a score 1–5.
        case score(PlatformID, Criterion)
        /// The second step: the note explaining the score (required).
        case note(PlatformID, Criterion, score: Int)
    }

    public var kind: Kind
    public var input: TextInput
    /// Why the last Enter was refused, shown in the dialog until the next key.
    public var problem: String?

    public init(_ kind: Kind, text: String = "", problem: String? = nil) {
        self.kind = kind
        self.input = TextInput(text, prefilled: true)
        self.problem = problem
    }

    /// The typed text as a whole number in `range`, or `nil`.
    func number(in range: ClosedRange<Int>) -> Int? {
        Int(input.text.trimmingCharacters(in: .whitespaces)).flatMap { range.contains($0) ? $0 : nil }
    }

    /// The project as it would be if the prompt were submitted now (for the live ranking);
    /// `nil` while the text is not a valid number or the step changes no score.
    func preview(of project: Project) -> Project? {
        var edited = project
        switch kind {
        case .weight(let criterion):
            guard let weight = number(in: 0...10) else { return nil }
            edited.matrix.weights[criterion] = weight
        case .score(let platform, let criterion):
            guard let score = number(in: 1...5) else { return nil }
            edited.matrix.setOverride(ScoreOverride(platform: platform, criterion: criterion, score: score, note: ""))
        case .note(let platform, let criterion, let score):
            edited.matrix.setOverride(ScoreOverride(platform: platform, criterion: criterion, score: score, note: input.text))
        }
        return edited
    }
}
