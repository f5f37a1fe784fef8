/// The message line: the result of the last action, or an error to act on.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }

    /// An error message.
    public static func error(_ text: String) -> StatusMessage { StatusMessage(text, isError: true) }
}
