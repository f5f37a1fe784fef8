/// RFC 1123 label rules, as Kubernetes applies them to names.
public enum DNSLabel {
    /// The longest label Kubernetes accepts.
    public static let maxLength = 63

    /// Why `name` is not a DNS-1123 label, or `nil` when it is one.
    ///
    /// A label is 1–63 characters of lowercase `a-z`, `0-9` and `-`, starting and ending
    /// with a letter or digit.
    public static func problem(with name: String) -> String? {
        if name.isEmpty { return "must not be empty" }
        let scalars = name.unicodeScalars
        if scalars.count > maxLength { return "must be at most \(maxLength) characters (has \(scalars.count))" }
        let allowed = scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !allowed { return "must contain only lowercase letters, digits and '-'" }
        if scalars.first == "-" || scalars.last == "-" { return "must start and end with a letter or digit" }
        return nil
    }

    /// A label made from arbitrary text: lowercased, other characters replaced by `-`, trimmed to 63.
    public static func sanitized(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if keep { result.unicodeScalars.append(scalar) } else if !result.hasSuffix("-") { result += "-" }
        }
        var trimmed = Substring(result.prefix(maxLength))
        while trimmed.hasPrefix("-") { trimmed = trimmed.dropFirst() }
        while trimmed.hasSuffix("-") { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? "unnamed" : String(trimmed)
    }
}
