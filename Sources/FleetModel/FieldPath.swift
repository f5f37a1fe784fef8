/// The location of a field inside a project, such as `spec.profiles[0].node.vcpu`.
///
/// Findings carry a path rather than a line number: the model knows nothing of files.
/// `FleetStore` keeps a map from paths to the line and column where each field was read,
/// so that every finding can be printed as `FILE:LINE:COLUMN: path: message`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// One step into a mapping (by key) or a sequence (by index).
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// Parses the printed form: `spec.profiles[0].node`.
    public init(stringLiteral text: String) {
        var components: [Component] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: true) {
            var rest = Substring(part)
            if let bracket = rest.firstIndex(of: "[") {
                components.append(.key(String(rest[..<bracket])))
                rest = rest[bracket...]
                while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                    if let index = Int(rest[rest.index(after: rest.startIndex)..<close]) {
                        components.append(.index(index))
                    }
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                components.append(.key(String(rest)))
            }
        }
        self.components = components
    }

    /// The path of the project's `spec`.
    public static let spec = FieldPath([.key("spec")])

    /// This path extended by a key.
    public func key(_ name: String) -> FieldPath { FieldPath(components + [.key(name)]) }

    /// This path extended by a sequence index.
    public func index(_ position: Int) -> FieldPath { FieldPath(components + [.index(position)]) }

    /// The enclosing path, or `nil` at the root.
    public var parent: FieldPath? {
        components.isEmpty ? nil : FieldPath(Array(components.dropLast()))
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let name):
                if !text.isEmpty { text += "." }
                text += name
            case .index(let position):
                text += "[\(position)]"
            }
        }
        return text
    }
}
