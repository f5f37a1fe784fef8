/// The value syntaxes upstream parsers accept, for the field checks.
///
/// Quantities follow `k8s.io/apimachinery/pkg/api/resource` (`ParseQuantity`): a decimal
/// number with an optional binary (`Ki`…`Ei`) or decimal (`m`, `k`, `M`…`E`) suffix.
/// Durations follow Go's `time.ParseDuration`: one or more number–unit pairs with units
/// `ns`, `us`, `µs`, `ms`, `s`, `m`, `h`.
public enum UpstreamFormats {
    private static let quantitySuffixes: Set<String> = [
        "", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "n", "u", "m", "k", "M", "G", "T", "P", "E",
    ]
    private static let durationUnits = ["ns", "us", "µs", "ms", "s", "m", "h"]

    /// True when `text` parses as a Kubernetes resource quantity.
    public static func isQuantity(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("+") || body.hasPrefix("-") { body = body.dropFirst() }
        let number = body.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let suffix = String(body.dropFirst(number.count))
        guard !number.isEmpty, number != ".", number.filter({ $0 == "." }).count <= 1 else { return false }
        return quantitySuffixes.contains(suffix)
    }

    /// True when `text` parses as a Go duration (`"0"` included).
    public static func isDuration(_ text: String) -> Bool {
        if text == "0" { return true }
        var rest = Substring(text)
        if rest.hasPrefix("+") || rest.hasPrefix("-") { rest = rest.dropFirst() }
        guard !rest.isEmpty else { return false }
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !number.isEmpty, number != "." else { return false }
            rest = rest.dropFirst(number.count)
            guard let unit = durationUnits.sorted(by: { $0.count > $1.count }).first(where: { rest.hasPrefix($0) }) else {
                return false
            }
            rest = rest.dropFirst(unit.count)
        }
        return true
    }
}
