/// A problem, warning or remark about a project, tied to the field it concerns.
///
/// Findings come from three places, all reported through `fleetplan check` in one list:
/// the file reader (syntax, types, unknown keys), the model's `validate()` (ranges, names,
/// references) and the engines' lint rules (the design itself). Codes are stable and
/// documented in `docs/lint-rules.md`: `FP0xx` file and model, `FP1xx` planning,
/// `FP2xx` platform matrix, `FP3xx` topology.
public struct Finding: Sendable, Equatable {
    public enum Severity: String, Sendable, CaseIterable, Comparable {
        case error, warning, info

        private var rank: Int { Self.allCases.firstIndex(of: self)! }
        /// `error` sorts first.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// A stable identifier such as `FP101`.
    public var code: String
    public var path: FieldPath
    public var message: String
    /// How to fix it; empty when there is nothing to add to the message.
    public var hint: String

    public init(_ severity: Severity, _ code: String, at path: FieldPath, _ message: String, hint: String = "") {
        self.severity = severity
        self.code = code
        self.path = path
        self.message = message
        self.hint = hint
    }
}

extension [Finding] {
    /// True when any finding is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
