import Yams

/// Writes YAML scalars so that they read back as the same strings.
enum YAMLText {
    /// `text` as a plain scalar when that reads back as the same string, else double-quoted.
    ///
    /// `inFlow` is set for scalars inside `[...]` or `{...}`, where `,[]{}` end a plain scalar.
    static func scalar(_ text: String, inFlow: Bool = false) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : quoted(text)
    }

    /// `text` in double quotes with YAML escapes.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{0}": result += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" {
                    result += "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { return false }
            if scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" || scalar == "\u{A0}" { return false }
            if inFlow, ",[]{}".unicodeScalars.contains(scalar) { return false }
        }
        // Anything a YAML reader would take for a number, boolean, null or date stays a string only in quotes.
        return Node(text).tag.rawValue == Tag.Name.str.rawValue && !looksLikeNonString(text)
    }

    /// YAML 1.1 words and forms that some readers resolve to non-strings.
    private static func looksLikeNonString(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", ".inf", "-.inf", ".nan"].contains(lowered) { return true }
        if let first = text.unicodeScalars.first, ("0"..."9").contains(first) || first == "." || first == "+" {
            let numeric = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || "._:+-eExXoObB".unicodeScalars.contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
            return numeric
        }
        return false
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
