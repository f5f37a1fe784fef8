/// Why a recovery copy found at start-up is not offered: it is left where it is, untouched.
public struct RecoveryCopyProblem: Error, Equatable, Sendable {
    public var copy: String
    public var reason: String

    public init(copy: String, reason: String) {
        self.copy = copy
        self.reason = reason
    }

    /// For the message line: names the copy, the reason and that nothing was done to it.
    public var message: String {
        "recovery copy \(copy) not offered: \(reason); it was left as it is"
    }
}
