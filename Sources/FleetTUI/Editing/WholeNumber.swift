/// Reads a whole number typed into a field, and says what is wrong when it is not one.
enum WholeNumber {
    /// The number, or the problem: not a number at all, or a number too large (or too small)
    /// for any field, with the field's bound when it has one. Long input is shortened in the
    /// message so the reason stays in view.
    static func parse(_ text: String, range: ClosedRange<Int>?) -> Result<Int, WholeNumberProblem> {
        if let number = Int(text) { return .success(number) }
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let shown = text.count > 12 ? "\(text.prefix(6))…(\(text.count) digits)" : text
        if !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) {
            if text.hasPrefix("-") {
                return .failure(WholeNumberProblem("too small (\(shown)): the smallest allowed is \(range?.lowerBound ?? Int.min)"))
            }
            return .failure(WholeNumberProblem("too large (\(shown)): the largest allowed is \(range?.upperBound ?? Int.max)"))
        }
        return .failure(WholeNumberProblem("not a whole number: \"\(shown)\""))
    }
}

struct WholeNumberProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
