/// Identifiers for diagram nodes: letters, digits and `_` only, unique, and stable for
/// the same input.
///
/// Mermaid and Graphviz both accept such identifiers unquoted. Every identifier starts with
/// a prefix (`c_` for clusters, `r_` for regions), so none is a keyword such as Mermaid's
/// `end` or Graphviz's `node`, and none starts with a digit.
struct DiagramIdentifiers {
    private var used: Set<String> = []
    private var byName: [String: String] = [:]
    let prefix: String

    init(prefix: String) {
        self.prefix = prefix
    }

    /// The identifier of `name`, created on first use: `prod-eu` becomes `c_prod_eu`, and a
    /// second name that sanitises the same way gets `_2`, `_3`, ….
    mutating func id(for name: String) -> String {
        if let known = byName[name] { return known }
        var base = prefix
        for scalar in name.unicodeScalars {
            let keep = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
            base.unicodeScalars.append(keep ? scalar : "_")
        }
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)_\(counter)"
            counter += 1
        }
        used.insert(candidate)
        byName[name] = candidate
        return candidate
    }
}
