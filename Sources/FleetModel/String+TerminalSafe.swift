extension String {
    /// The text with every control character (C0 but tab and newline, DEL, C1) written as
    /// `\u{1B}`, so a name or message printed to a terminal cannot move the cursor, change
    /// colours or send an escape sequence.
    ///
    /// ```swift
    /// "prod\u{1B}[2J".terminalSafe   // "prod\\u{1B}[2J"
    /// "line\nbreak".terminalSafe     // unchanged
    /// ```
    ///
    /// - Complexity: O(*n*).
    public var terminalSafe: String {
        guard unicodeScalars.contains(where: \.isControlCharacter) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if scalar.isControlCharacter {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Like ``terminalSafe`` but newlines too are escaped: for a value quoted on one line.
    public var singleLineSafe: String {
        terminalSafe.replacingNewlines()
    }

    private func replacingNewlines() -> String {
        guard contains("\n") || contains("\r") else { return self }
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// C0 controls but tab and newline, DEL, and the C1 controls (U+0080–U+009F, which some
    /// terminals read as escape sequences).
    public var isControlCharacter: Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
    }
}
